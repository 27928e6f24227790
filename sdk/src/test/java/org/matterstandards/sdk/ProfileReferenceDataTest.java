package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.reference.ReferenceFileException;
import org.matterstandards.sdk.report.ValidationReport;
import org.matterstandards.sdk.stats.Figures;
import org.matterstandards.sdk.stats.Statistics;
import org.matterstandards.sdk.tier.TierDiffer;

/** The validator, the differ, the statistics and the report use the reference data a profile file names. */
class ProfileReferenceDataTest {

    @TempDir
    Path dir;

    private Profile lingshan(String... more) throws IOException {
        Files.copy(TestData.GUANGXI_DIVISIONS, dir.resolve("guangxi.tsv"));
        Path file = dir.resolve("lingshan.properties");
        Files.writeString(file, "name=lingshan-test\nparent=national\nregion=450721\n"
                + "reference.divisions=guangxi.tsv\n" + String.join("\n", more) + "\n", StandardCharsets.UTF_8);
        return ProfileRegistry.builtIn().load(file);
    }

    /** Record 1 of the Shantou sample (龙湖区 440507) moved to 灵山县. */
    private static ImplementationItem lingshanItem() {
        return TestRecords.item(item -> item.put("areaCode", "450721"));
    }

    @Test
    void theValidatorReadsTheProfilesFilesWhenBuilt() throws IOException {
        MatterValidator validator = MatterValidator.builder().profile(lingshan()).build();

        assertThat(validator.referenceData().divisions().lookup("450721")).isPresent();
        assertThat(validator.validate(lingshanItem()).findings()).extracting(Finding::code)
                .doesNotContain("CD-0202");
        // An item of 龙湖区 lies outside 灵山县.
        assertThat(validator.validate(TestRecords.item(item -> { })).findings())
                .filteredOn(finding -> finding.code().equals("CD-0202")).singleElement()
                .satisfies(finding -> assertThat(finding.arguments()).containsEntry("region", "450721"));
    }

    @Test
    void aProfileWhoseFileCannotBeUsedIsRefusedWhenTheValidatorIsBuilt() throws IOException {
        Profile broken = lingshan("reference.calendar=2027.txt");
        assertThatThrownBy(() -> MatterValidator.builder().profile(broken).build())
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("reference.calendar").hasMessageContaining(dir.resolve("2027.txt").toString());
        assertThatThrownBy(() -> TierDiffer.builder().profile(broken).build())
                .isInstanceOf(ReferenceFileException.class);
    }

    @Test
    void referenceDataGivenInCodeWinsOverTheProfilesFiles() throws IOException {
        Profile broken = lingshan("reference.calendar=2027.txt");
        MatterValidator validator = MatterValidator.builder().profile(broken)
                .referenceData(ReferenceData.builtIn()).build();
        assertThat(validator.referenceData().divisions()).isSameAs(DivisionTable.builtIn());
    }

    @Test
    void aBuilderUsedForAnotherProfileReadsThatProfilesData() throws IOException {
        MatterValidator.Builder builder = MatterValidator.builder().profile(lingshan());
        assertThat(builder.build().referenceData().divisions().lookup("450721")).isPresent();
        assertThat(builder.profile("national").build().referenceData().divisions()).isSameAs(DivisionTable.builtIn());
    }

    @Test
    void elementsAreNamedFromTheProfilesCatalogue() throws IOException {
        String catalogue;
        try (InputStream in = ElementCatalog.class.getResourceAsStream("elements.tsv")) {
            catalogue = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("elements.tsv"),
                catalogue.replace("\tpromised time limit\t", "\tlocal promise limit\t"), StandardCharsets.UTF_8);
        Profile profile = lingshan("reference.elements=elements.tsv");
        MatterValidator validator = MatterValidator.builder().profile(profile).locale(Messages.EN).build();

        ValidationResult result = validator.validate(TestRecords.itemJson(item -> {
            item.put("areaCode", "450721");
            item.put("promiseDay", "five");
        }));
        assertThat(result.findings()).filteredOn(finding -> finding.pointer().equals("/promiseDay"))
                .singleElement().extracting(Finding::message).asString().contains("local promise limit");
        assertThat(TierDiffer.builder().profile(profile).build().catalog().element(
                org.matterstandards.core.model.RecordKind.IMPLEMENTATION_ITEM, "promiseDay"))
                .hasValueSatisfying(element -> assertThat(element.label(Messages.EN)).isEqualTo("local promise limit"));
    }

    @Test
    void theDifferUsesTheProfilesData() throws IOException {
        TierDiffer differ = TierDiffer.builder().profile(lingshan()).build();
        assertThat(differ.referenceData().divisions().lookup("450700")).isPresent();
    }

    @Test
    void statisticsNameTheProfilesDistricts() throws IOException {
        ValidationResult result = TestRecords.VALIDATOR.validate(lingshanItem());

        Statistics withTable = Statistics.forProfile(lingshan());
        withTable.accept(result);
        assertThat(withTable.report().byDistrict()).extracting(Figures::key, Figures::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("450721", "灵山县"));

        Statistics without = Statistics.forProfile(ProfileRegistry.builtIn().get("national"));
        without.accept(result);
        assertThat(without.report().byDistrict()).extracting(Figures::label).containsExactly((String) null);
    }

    @Test
    void theReportNamesTheReferenceDataActuallyUsed() throws IOException {
        Profile profile = lingshan();
        MatterValidator validator = MatterValidator.builder().profile(profile).build();
        ValidationReport report = new ValidationReport(profile, validator.referenceData(), LocalDate.of(2026, 11, 29),
                "zh-CN", Instant.now());
        assertThat(report.versions().get("referenceData")).contains("divisions 2024-12-31 + " + TestData.GUANGXI_DIVISIONS_VERSION + ";");
        assertThat(new ValidationReport(profile, LocalDate.of(2026, 11, 29), "zh-CN", Instant.now()).versions())
                .isEqualTo(report.versions());
        assertThat(new ValidationReport(ProfileRegistry.builtIn().get("shantou"), LocalDate.of(2026, 11, 29),
                "zh-CN", Instant.now()).versions()).isEqualTo(Versions.all());
    }
}
