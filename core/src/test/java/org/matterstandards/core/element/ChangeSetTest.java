package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.matterstandards.core.element.ShantouItems.city;
import static org.matterstandards.core.element.ShantouItems.district;
import static org.matterstandards.core.element.TestRecords.with;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.model.ImplementationItem;

class ChangeSetTest {

    private static ChangeSet changeSet(ImplementationItem... local) {
        List<ClaimCheck.Entry> up = List.of(new ClaimCheck.Entry(new RecordRef("up", 0, city().recordId()), city()));
        List<ClaimCheck.Entry> lo = new ArrayList<>();
        for (int i = 0; i < local.length; i++) {
            lo.add(new ClaimCheck.Entry(new RecordRef("local", i, local[i].recordId()), local[i]));
        }
        return ChangeSet.of(new ClaimCheck(ElementCatalog.builtIn()).check(up, lo));
    }

    @Test
    void holdsOnlyRoutedChangesWithTheirReference() {
        ChangeSet set = changeSet(with(district(),
                "promiseDay", 15,
                "limitSceneNum", 0,
                "taskName", "食品经营许可证核发",
                "handleFlow", "申请→受理→审查→现场核查→决定→发证",
                "acceptCondition", ShantouItems.ACCEPT_CONDITION + "（四）经营场所位于龙湖区辖区内。",
                "transactAddr", "汕头市龙湖区政务服务中心二楼综合窗口",
                "filingReference", "龙政数备〔2026〕15号"));
        assertThat(set.items()).singleElement().satisfies(item -> {
            assertThat(item.taskCode()).isEqualTo(ShantouItems.DISTRICT_TASK);
            assertThat(item.upstream().index()).isZero();
            assertThat(item.changes()).extracting(change -> change.change().element().key(), ChangeSet.Change::route,
                            ChangeSet.Change::reference)
                    .containsExactly(
                            tuple("acceptCondition", Route.REVIEW, null),
                            tuple("handleFlow", Route.REVIEW, null),
                            tuple("transactAddr", Route.FILING, "龙政数备〔2026〕15号"));
        });
        assertThat(set.size()).isEqualTo(3);
        assertThat(set.count(Route.REVIEW)).isEqualTo(2);
        assertThat(set.count(Route.FILING)).isEqualTo(1);
        assertThat(set.coveredCount()).isEqualTo(1);
    }

    @Test
    void isEmptyWhenNothingNeedsARoute() {
        ChangeSet set = changeSet(district(), with(district(), "taskHandleItem", ShantouItems.DISTRICT_TASK + "03",
                "promiseDay", 5));
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.size()).isZero();
    }
}
