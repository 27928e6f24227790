package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.matterstandards.core.element.ShantouItems.CITY_TASK;
import static org.matterstandards.core.element.ShantouItems.DISTRICT_TASK;
import static org.matterstandards.core.element.ShantouItems.city;
import static org.matterstandards.core.element.ShantouItems.district;
import static org.matterstandards.core.element.TestRecords.with;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;

class ClaimCheckTest {

    private static final ClaimCheck CHECK = new ClaimCheck(ElementCatalog.builtIn());
    private static final String OTHER_CODE = "440101008000";

    private static List<ClaimCheck.Entry> entries(String file, MatterRecord... records) {
        List<ClaimCheck.Entry> entries = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            entries.add(new ClaimCheck.Entry(new RecordRef(file, i, records[i].recordId()), records[i]));
        }
        return entries;
    }

    private static ImplementationItem cityChange() {
        return with(city(), "taskName", "食品经营许可（变更）", "taskHandleItem", CITY_TASK + "02");
    }

    private static ImplementationItem districtChange() {
        return with(district(), "taskName", "食品经营许可（变更）", "taskHandleItem", DISTRICT_TASK + "02");
    }

    /** Another municipal item, exercised at the given levels. */
    private static ImplementationItem cityOther(List<String> useLevel) {
        return with(city(), "taskName", "出租汽车驾驶员从业资格证核发", "catalogCode", OTHER_CODE,
                "taskCode", CITY_TASK.substring(0, 19) + OTHER_CODE, "taskHandleItem", null, "useLevel", useLevel);
    }

    @Test
    void handleItemsClaimTheUpstreamHandleItemWithTheSameSuffix() {
        List<ClaimCheck.Entry> upstream = entries("up", city(), cityChange());
        List<ClaimCheck.Entry> local = entries("local", districtChange(), district());
        ClaimCheck.Result result = CHECK.check(upstream, local);
        assertThat(result.claims()).extracting(claim -> claim.local().ref().index(),
                        claim -> claim.upstream().ref().index())
                .containsExactly(tuple(0L, 1L),
                        tuple(1L, 0L));
        assertThat(result.claims()).allSatisfy(claim -> assertThat(claim.diff().changes())
                .extracting(ElementChange::outcome).containsOnly(Outcome.FREE));
        assertThat(result.withoutUpstream()).isEmpty();
        assertThat(result.unclaimed()).isEmpty();
        assertThat(result.localTier()).isEqualTo(Tier.COUNTY);
    }

    @Test
    void reportsLocalItemsWithoutUpstreamAndDuplicates() {
        ImplementationItem own = with(district(), "catalogCode", "440101009000", "taskHandleItem", null,
                "taskCode", DISTRICT_TASK.substring(0, 19) + "440101009000");
        ClaimCheck.Result result = CHECK.check(entries("up", city()), entries("local", district(), own, district()));
        assertThat(result.claims()).hasSize(1);
        assertThat(result.withoutUpstream()).extracting(entry -> entry.ref().index()).containsExactly(1L);
        assertThat(result.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.local().ref().index()).isEqualTo(2L);
            assertThat(duplicate.first().ref().index()).isEqualTo(0L);
        });
    }

    @Test
    void reportsUnclaimedUpstreamItemsOnlyWhenTheyAreExercisedAtTheLocalTier() {
        ImplementationItem expected = cityOther(List.of("3", "4"));
        ImplementationItem cityOnly = with(cityOther(List.of("3")), "catalogCode", "440101006000",
                "taskCode", CITY_TASK.substring(0, 19) + "440101006000");
        ClaimCheck.Result result = CHECK.check(entries("up", city(), expected, cityOnly), entries("local", district()));
        assertThat(result.unclaimed()).extracting(entry -> entry.ref().index()).containsExactly(1L);

        // Without one local tier, every item nobody claimed is reported.
        ImplementationItem township = with(district(), "taskCode", DISTRICT_TASK.substring(0, 18) + "5"
                + DISTRICT_TASK.substring(19), "taskHandleItem", null, "catalogCode", "440101007000");
        ClaimCheck.Result mixed = CHECK.check(entries("up", city(), expected, cityOnly),
                entries("local", district(), township));
        assertThat(mixed.localTier()).isNull();
        assertThat(mixed.unclaimed()).extracting(entry -> entry.ref().index()).containsExactly(1L, 2L);
    }

    @Test
    void anUnsplitLocalItemClaimsTheOnlyUpstreamHandleItemButNotOneOfSeveral() {
        ImplementationItem unsplit = with(district(), "taskHandleItem", null);
        ClaimCheck.Result one = CHECK.check(entries("up", city()), entries("local", unsplit));
        assertThat(one.claims()).hasSize(1);

        ClaimCheck.Result several = CHECK.check(entries("up", city(), cityChange()), entries("local", unsplit));
        assertThat(several.claims()).isEmpty();
        assertThat(several.ambiguous()).singleElement().satisfies(ambiguous ->
                assertThat(ambiguous.candidates()).extracting(entry -> entry.ref().index()).containsExactly(0L, 1L));
        assertThat(several.unclaimed()).as("candidates of an ambiguous claim are not called unclaimed").isEmpty();
    }

    @Test
    void aLocalHandleItemClaimsAnUnsplitUpstreamItem() {
        ImplementationItem unsplitCity = with(city(), "taskHandleItem", null);
        ClaimCheck.Result result = CHECK.check(entries("up", unsplitCity), entries("local", district()));
        assertThat(result.claims()).hasSize(1);
    }

    @Test
    void twoUpstreamItemsWithTheSameCodeAreAmbiguous() {
        ClaimCheck.Result result = CHECK.check(entries("up", city(), city()), entries("local", district()));
        assertThat(result.ambiguous()).hasSize(1);
        assertThat(result.claims()).isEmpty();
    }

    @Test
    void catalogueItemsCanBeTheUpstreamList() {
        ClaimCheck.Result result = CHECK.check(entries("catalog", ShantouItems.catalogItem()),
                entries("local", with(district(), "taskName", "食品经营许可")));
        assertThat(result.claims()).singleElement().satisfies(claim -> assertThat(claim.diff().changes())
                .extracting(change -> change.element().key(), ElementChange::outcome)
                .containsExactly(tuple("taskName", Outcome.LOCKED_CHANGED)));
        assertThat(result.count(Outcome.LOCKED_CHANGED)).isEqualTo(1);
    }

    @Test
    void refusesRecordsOfTheWrongKind() {
        assertThatThrownBy(() -> CHECK.check(entries("up", city()), entries("local", ShantouItems.catalogItem())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an implementation item");
        assertThatThrownBy(() -> CHECK.check(
                entries("up", TestRecords.record(org.matterstandards.core.model.PowerItem.class)),
                entries("local", district())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an item");
    }
}
