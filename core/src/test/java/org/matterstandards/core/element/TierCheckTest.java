package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.matterstandards.core.element.ShantouItems.city;
import static org.matterstandards.core.element.ShantouItems.district;
import static org.matterstandards.core.element.ShantouItems.fee;
import static org.matterstandards.core.element.ShantouItems.material;
import static org.matterstandards.core.element.TestRecords.record;
import static org.matterstandards.core.element.TestRecords.with;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.model.ProcessStep;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;

class TierCheckTest {

    private static final TierCheck CHECK = new TierCheck(ElementCatalog.builtIn());

    private static List<ElementChange> changes(ImplementationItem local) {
        return CHECK.compare(city(), local).changes().stream()
                .filter(change -> change.outcome() != Outcome.FREE).toList();
    }

    private static ElementChange only(ImplementationItem local) {
        List<ElementChange> changes = changes(local);
        assertThat(changes).as("non-free changes").hasSize(1);
        return changes.get(0);
    }

    @Test
    void aClaimThatChangesOnlyTheBodysOwnElementsHasOnlyFreeChanges() {
        ElementDiff diff = CHECK.compare(city(), district());
        assertThat(diff.changes()).extracting(ElementChange::outcome).containsOnly(Outcome.FREE);
        assertThat(diff.changes()).extracting(change -> change.element().key())
                .containsExactlyInAnyOrder("taskCode", "taskHandleItem", "taskVersion", "deptName", "deptCode",
                        "areaCode");
        assertThat(diff.upstreamTier()).isEqualTo(Tier.MUNICIPAL);
        assertThat(diff.localTier()).isEqualTo(Tier.COUNTY);
        assertThat(diff.claimsUpward()).isFalse();
        assertThat(CHECK.compare(district(), city()).claimsUpward()).isTrue();
    }

    @Test
    void spacingOrderOfMultiValuedElementsAndAbsentVersusEmptyAreNoChange() {
        ImplementationItem local = with(district(),
                "taskName", "  食品经营许可（新办） ",
                "useLevel", List.of("4", "3"),
                "serverType", List.of("5", "2", "2"),
                "specialProcedure", "",
                "intermediaryCodes", List.of(),
                "materials", List.of(material("食品经营许可申请书", "1", 1), material("营业执照 复印件", "1", 2),
                        material("食品安全管理制度文本", "1", 3), material("主要设备设施布局、操作流程等文件", "3", 4)));
        assertThat(changes(local)).isEmpty();
    }

    @Nested
    class Locked {
        @Test
        void changedIsAnError() {
            ElementChange change = only(with(district(), "taskName", "食品经营许可证核发"));
            assertThat(change.outcome()).isEqualTo(Outcome.LOCKED_CHANGED);
            assertThat(change.pointer()).isEqualTo("/taskName");
            assertThat(change.upstreamValue()).isEqualTo("食品经营许可（新办）");
            assertThat(change.localValue()).isEqualTo("食品经营许可证核发");
            assertThat(change.route()).isEmpty();
        }

        @Test
        void unchangedIsNothing() {
            assertThat(changes(district())).isEmpty();
        }

        @Test
        void aLegalBasisEntryAddedOrChangedIsAnError() {
            LegalBasis extra = record(LegalBasis.class, "lawName", "《食品经营许可管理办法》", "clauseNumber", "第二条");
            ElementChange added = only(with(district(), "legalBases", List.of(city().legalBases().get(0), extra)));
            assertThat(added.outcome()).isEqualTo(Outcome.LOCKED_CHANGED);
            assertThat(added.reason()).isEqualTo(ChangeReason.ADDED);
            assertThat(added.pointer()).isEqualTo("/legalBases/1");
            assertThat(added.items()).containsExactly("《食品经营许可管理办法》 第二条");

            LegalBasis redated = with(city().legalBases().get(0), "lawDate", LocalDate.of(2021, 4, 29));
            ElementChange changed = only(with(district(), "legalBases", List.of(redated)));
            assertThat(changed.outcome()).isEqualTo(Outcome.LOCKED_CHANGED);
            assertThat(changed.pointer()).isEqualTo("/legalBases/0/lawDate");
        }
    }

    @Nested
    class NarrowOnly {
        @Test
        void longerPromisedTimeIsWidenedShorterIsNarrowed() {
            ElementChange widened = only(with(district(), "promiseDay", 15));
            assertThat(widened.outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(widened.reason()).isEqualTo(ChangeReason.GREATER);
            assertThat(widened.upstreamValue()).isEqualTo(10);
            assertThat(widened.localValue()).isEqualTo(15);
            ElementChange narrowed = only(with(district(), "promiseDay", 5));
            assertThat(narrowed.outcome()).isEqualTo(Outcome.NARROWED);
            assertThat(narrowed.reason()).isEqualTo(ChangeReason.SMALLER);
        }

        @Test
        void aChangedTimeUnitMakesTheLimitUndecidable() {
            List<ElementChange> changes = changes(with(district(), "promiseDay", 5, "promiseType", "2"));
            assertThat(changes).extracting(change -> change.element().key(), ElementChange::outcome,
                            ElementChange::reason)
                    .containsExactly(
                            tuple("promiseDay", Outcome.UNDECIDABLE,
                                    ChangeReason.UNIT_CHANGED),
                            tuple("promiseType", Outcome.REVIEW, ChangeReason.CHANGED));
        }

        @Test
        void aMissingLocalValueIsUndecidable() {
            ElementChange change = only(with(district(), "promiseDay", null));
            assertThat(change.outcome()).isEqualTo(Outcome.UNDECIDABLE);
            assertThat(change.reason()).isEqualTo(ChangeReason.VALUE_MISSING);
        }

        @Test
        void moreVisitsAreWidenedFewerNarrowed() {
            assertThat(only(with(district(), "limitSceneNum", 2)).outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(only(with(district(), "limitSceneNum", 0)).outcome()).isEqualTo(Outcome.NARROWED);
        }

        @Test
        void anExtraMaterialIsWidenedADroppedOneNarrowed() {
            List<Material> more = new ArrayList<>(ShantouItems.cityMaterials());
            more.add(material("场所平面图", "1", 5));
            ElementChange widened = only(with(district(), "materials", more));
            assertThat(widened.outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(widened.reason()).isEqualTo(ChangeReason.ADDED);
            assertThat(widened.pointer()).isEqualTo("/materials/4");
            assertThat(widened.items()).containsExactly("场所平面图");
            assertThat(widened.upstreamValue()).isNull();

            ElementChange narrowed = only(with(district(), "materials", ShantouItems.cityMaterials().subList(0, 3)));
            assertThat(narrowed.outcome()).isEqualTo(Outcome.NARROWED);
            assertThat(narrowed.reason()).isEqualTo(ChangeReason.REMOVED);
            assertThat(narrowed.pointer()).isEqualTo("/materials");
            assertThat(narrowed.items()).containsExactly("主要设备设施布局、操作流程等文件");
        }

        @Test
        void materialNecessityAndCopiesFollowTheirBurdenOrder() {
            List<Material> lighter = new ArrayList<>(ShantouItems.cityMaterials());
            lighter.set(0, with(lighter.get(0), "isNeed", "3"));
            // 必要 → 容缺后补 lightens a statutory condition: 审核, not good practice (行政许可法 art. 16).
            ElementChange lowered = only(with(district(), "materials", lighter));
            assertThat(lowered.pointer()).isEqualTo("/materials/0/isNeed");
            assertThat(lowered.outcome()).isEqualTo(Outcome.LOWERED);
            assertThat(lowered.reason()).isEqualTo(ChangeReason.LESS_BURDEN);
            assertThat(lowered.route()).contains(Route.REVIEW);

            List<Material> heavier = new ArrayList<>(ShantouItems.cityMaterials());
            heavier.set(3, with(heavier.get(3), "isNeed", "1"));
            heavier.set(1, with(heavier.get(1), "pageNum", 3));
            assertThat(changes(with(district(), "materials", heavier)))
                    .extracting(ElementChange::pointer, ElementChange::outcome)
                    .containsExactly(
                            tuple("/materials/1/pageNum", Outcome.WIDENED),
                            tuple("/materials/3/isNeed", Outcome.WIDENED));
        }

        @Test
        void aMaterialCodeOutsideTheOrderIsUndecidable() {
            List<Material> odd = new ArrayList<>(ShantouItems.cityMaterials());
            odd.set(0, with(odd.get(0), "isNeed", "9"));
            ElementChange change = only(with(district(), "materials", odd));
            assertThat(change.outcome()).isEqualTo(Outcome.UNDECIDABLE);
            assertThat(change.reason()).isEqualTo(ChangeReason.UNKNOWN_VALUE);
            assertThat(change.items()).containsExactly("9");
        }

        @Test
        void chargingAFeeIsWidenedWaivingItNarrowed() {
            ElementChange widened = only(with(district(), "isFee", true));
            assertThat(widened.outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(widened.reason()).isEqualTo(ChangeReason.MORE_BURDEN);
            ImplementationItem charging = with(city(), "isFee", true);
            ElementChange narrowed = CHECK.compare(charging, with(district(), "isFee", false)).changes(Outcome.NARROWED)
                    .get(0);
            assertThat(narrowed.element().key()).isEqualTo("isFee");
        }

        @Test
        void feeItemsMayOnlyDisappearOrGetCheaper() {
            ImplementationItem upstream = with(city(), "isFee", true,
                    "feeItems", List.of(fee("住宅类不动产登记费", "每件80元"), fee("非住宅类不动产登记费", "每件550元")));
            TierCheck check = CHECK;
            ElementDiff newItem = check.compare(upstream, with(district(), "isFee", true, "feeItems",
                    List.of(fee("住宅类不动产登记费", "每件80元"), fee("非住宅类不动产登记费", "每件550元"),
                            fee("不动产权证书工本费", "每本10元"))));
            assertThat(newItem.changes(Outcome.WIDENED)).extracting(ElementChange::pointer, ElementChange::reason)
                    .containsExactly(tuple("/feeItems/2", ChangeReason.ADDED));

            ElementDiff dearer = check.compare(upstream, with(district(), "isFee", true, "feeItems",
                    List.of(fee("住宅类不动产登记费", "每件 100 元"), fee("非住宅类不动产登记费", "每件550元"))));
            assertThat(dearer.changes(Outcome.WIDENED)).extracting(ElementChange::pointer, ElementChange::reason)
                    .containsExactly(tuple("/feeItems/0/feeStand", ChangeReason.FEE_HIGHER));

            ElementDiff cheaper = check.compare(upstream, with(district(), "isFee", true, "feeItems",
                    List.of(fee("住宅类不动产登记费", "每件60元"), fee("非住宅类不动产登记费", "免收"))));
            assertThat(cheaper.changes(Outcome.NARROWED)).extracting(ElementChange::pointer)
                    .containsExactly("/feeItems/0/feeStand", "/feeItems/1/feeStand");
            assertThat(cheaper.changes(Outcome.WIDENED)).isEmpty();

            ElementDiff reworded = check.compare(upstream, with(district(), "isFee", true, "feeItems",
                    List.of(fee("住宅类不动产登记费", "每宗80元"), fee("非住宅类不动产登记费", "每件550元"))));
            assertThat(reworded.changes(Outcome.UNDECIDABLE)).extracting(ElementChange::reason)
                    .containsExactly(ChangeReason.FEE_NOT_COMPARABLE);

            ElementDiff dropped = check.compare(upstream, with(district(), "isFee", true, "feeItems",
                    List.of(fee("住宅类不动产登记费", "每件80元"))));
            assertThat(dropped.changes(Outcome.NARROWED)).extracting(ElementChange::pointer, ElementChange::items)
                    .containsExactly(tuple("/feeItems", List.of("非住宅类不动产登记费")));
        }

        @Test
        void droppedConditionsAreLoweredNewClausesGoToReviewAndRenumberingIsNoChange() {
            String twoClauses = "（一）具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；"
                    + "（二）具有与经营的食品品种、数量相适应的经营设备或者设施。";
            // A dropped condition lowers a statutory condition: 审核 (行政许可法 art. 16), not good practice.
            ElementChange lowered = only(with(district(), "acceptCondition", twoClauses));
            assertThat(lowered.outcome()).isEqualTo(Outcome.LOWERED);
            assertThat(lowered.route()).contains(Route.REVIEW);
            assertThat(lowered.reason()).isEqualTo(ChangeReason.CLAUSES_REMOVED);
            assertThat(lowered.items()).containsExactly("有专职或者兼职的食品安全管理人员和保证食品安全的规章制度");

            ElementChange extended = only(with(district(), "acceptCondition",
                    ShantouItems.ACCEPT_CONDITION + "（四）经营场所位于龙湖区辖区内。"));
            assertThat(extended.outcome()).isEqualTo(Outcome.UNDECIDABLE);
            assertThat(extended.reason()).isEqualTo(ChangeReason.CLAUSES_ADDED);
            assertThat(extended.route()).contains(Route.REVIEW);
            assertThat(extended.items()).containsExactly("经营场所位于龙湖区辖区内");

            String renumbered = "1. 具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所\n"
                    + "2. 具有与经营的食品品种、数量相适应的经营设备或者设施\n"
                    + "3. 有专职或者兼职的食品安全管理人员和保证食品安全的规章制度";
            assertThat(changes(with(district(), "acceptCondition", renumbered))).isEmpty();
        }

        @Test
        void onlineDepthMayNotBeLowered() {
            ElementChange lowered = only(with(district(), "onlineHandleLevel", "2"));
            assertThat(lowered.outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(lowered.reason()).isEqualTo(ChangeReason.MORE_BURDEN);
            assertThat(only(with(district(), "onlineHandleLevel", "4")).outcome()).isEqualTo(Outcome.NARROWED);

            ElementChange lostCapability = only(with(district(), "onlineHandleDepth", List.of("1", "2", "3", "6")));
            assertThat(lostCapability.outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(lostCapability.items()).containsExactly("4");
            ElementChange gained = only(with(district(), "onlineHandleDepth", List.of("1", "2", "3", "4", "5", "6")));
            assertThat(gained.outcome()).isEqualTo(Outcome.NARROWED);
            assertThat(gained.reason()).isEqualTo(ChangeReason.ADDED);
        }

        @Test
        void immediateHandlingIsNarrowerThanPromised() {
            assertThat(only(with(district(), "projectType", "1")).outcome()).isEqualTo(Outcome.NARROWED);
            ImplementationItem immediate = with(city(), "projectType", "1");
            assertThat(CHECK.compare(immediate, district()).changes(Outcome.WIDENED))
                    .extracting(change -> change.element().key()).containsExactly("projectType");
        }

        @Test
        void aNewRequiredIntermediaryServiceIsWidened() {
            ElementChange change = only(with(district(), "intermediaryCodes", List.of("44050000000000001")));
            assertThat(change.outcome()).isEqualTo(Outcome.WIDENED);
            assertThat(change.reason()).isEqualTo(ChangeReason.ADDED);
        }
    }

    @Nested
    class ReviewAndFiling {
        @Test
        void aChangedProcessNeedsReview() {
            ElementChange change = only(with(district(), "handleFlow", "申请→受理→审查→现场核查→决定→发证"));
            assertThat(change.outcome()).isEqualTo(Outcome.REVIEW);
            assertThat(change.route()).contains(Route.REVIEW);
        }

        @Test
        void anAddedStepNeedsReviewAShorterStepIsNarrowed() {
            List<ProcessStep> steps = new ArrayList<>(city().processSteps());
            steps.set(1, with(steps.get(1), "handleDay", 4));
            steps.add(record(ProcessStep.class, "linkName", "现场核查", "handleDay", 2, "handleDayType", "1"));
            assertThat(changes(with(district(), "processSteps", steps)))
                    .extracting(ElementChange::pointer, ElementChange::outcome)
                    .containsExactly(
                            tuple("/processSteps/1/handleDay", Outcome.NARROWED),
                            tuple("/processSteps/3", Outcome.REVIEW));
        }

        @Test
        void aChangedAddressNeedsFiling() {
            ElementChange change = only(with(district(), "transactAddr", "汕头市龙湖区政务服务中心二楼综合窗口"));
            assertThat(change.outcome()).isEqualTo(Outcome.FILING);
            assertThat(change.route()).contains(Route.FILING);
        }

        @Test
        void unchangedNeedsNothing() {
            assertThat(changes(with(district(), "handleFlow", "申请→受理→审查→决定→发证",
                    "transactAddr", "汕头市政务服务中心一楼市场监管窗口"))).isEmpty();
        }
    }

    @Test
    void freeElementsAreRecordedButNeedNothing() {
        ElementDiff diff = CHECK.compare(city(), with(district(), "questions", List.of(
                record(org.matterstandards.core.model.Question.class, "question", "可以网上办理吗？",
                        "answer", "可以，登录广东政务服务网办理。"))));
        assertThat(diff.changes(Outcome.FREE)).extracting(change -> change.element().key()).contains("questions");
        assertThat(diff.changes(Outcome.FREE)).allSatisfy(change -> assertThat(change.route()).isEmpty());
    }

    @Test
    void againstACatalogueItemOnlyTheSharedBasicElementsAreCompared() {
        ElementDiff same = CHECK.compare(ShantouItems.catalogItem(), district());
        assertThat(same.changes()).isEmpty();
        assertThat(same.upstreamTier()).isNull();
        assertThat(same.claimsUpward()).isFalse();
        ElementDiff retyped = CHECK.compare(ShantouItems.catalogItem(), with(district(), "taskType", "07"));
        assertThat(retyped.changes()).extracting(change -> change.element().key(), ElementChange::outcome)
                .containsExactly(tuple("taskType", Outcome.LOCKED_CHANGED));
    }

    @Test
    void refusesUpstreamRecordsThatAreNotItems() {
        PowerItem power = record(PowerItem.class);
        assertThatThrownBy(() -> CHECK.compare(power, district()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("power-item");
    }

    @Test
    void aProfileThatReassignsModesChangesTheJudgement() {
        Profile profile = ProfileRegistry.builtIn().load(new ByteArrayInputStream(("name=test-longhu\nparent=longhu\n"
                + "element.transactAddr.mode=FREE\nelement.handleFlow.mode=LOCKED\n"
                + "element.materials[].fillExplain.mode=review\n").getBytes(StandardCharsets.UTF_8)), "test.properties");
        TierCheck check = new TierCheck(ElementCatalog.builtIn().withProfile(profile));
        List<Material> explained = new ArrayList<>(ShantouItems.cityMaterials());
        explained.set(0, with(explained.get(0), "fillExplain", "用黑色墨水笔填写"));
        ElementDiff diff = check.compare(city(), with(district(),
                "transactAddr", "汕头市龙湖区政务服务中心二楼综合窗口",
                "handleFlow", "申请→受理→决定→发证",
                "materials", explained));
        assertThat(diff.changes()).filteredOn(change -> change.outcome() != Outcome.FREE)
                .extracting(change -> change.element().key(), ElementChange::outcome)
                .containsExactly(
                        tuple("materials[].fillExplain", Outcome.REVIEW),
                        tuple("handleFlow", Outcome.LOCKED_CHANGED));
        assertThat(diff.changes(Outcome.FREE)).extracting(change -> change.element().key()).contains("transactAddr");
    }
}
