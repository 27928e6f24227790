package org.matterstandards.core.intermediary;

import org.matterstandards.core.codetable.CodeEntry;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Tables;

/**
 * The fee elements of an intermediary service agree with each other (收费要素一致): IM-0302, IM-0303, IM-0304. Who
 * pays is read from the tags ({@code charged}, {@code free}) of the {@code feeNature} table the profile selects.
 */
final class FeeRules {

    private FeeRules() {
    }

    /** IM-0302: a free service (不收费) states no fee standard. */
    static final class FreeWithFeeStandard extends AbstractRecordRule<IntermediaryService> {

        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0302", Severity.ERROR,
                Stage.RULE, "0.1.0", IntermediaryRules.FEE_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

        FreeWithFeeStandard() {
            super(IntermediaryService.class, DESCRIPTOR);
        }

        @Override
        public void check(IntermediaryService service, RuleContext context) {
            if (Tables.hasTag(context, CodeTables.FEE_NATURE, service.feeNature(), Tags.FREE)
                    && Texts.present(service.feeStandard())) {
                report(context, "/feeStandard", "label", "feeStandard", "feeStandard", service.feeStandard());
            }
        }
    }

    /** IM-0303: a charged service (经营服务性 or 行政事业性收费) states its fee basis (收费依据). */
    static final class ChargedWithoutBasis extends AbstractRecordRule<IntermediaryService> {

        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0303", Severity.ERROR,
                Stage.RULE, "0.1.0", IntermediaryRules.FEE_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

        ChargedWithoutBasis() {
            super(IntermediaryService.class, DESCRIPTOR);
        }

        @Override
        public void check(IntermediaryService service, RuleContext context) {
            Tables.selected(context, CodeTables.FEE_NATURE).entry(service.feeNature())
                    .filter(nature -> nature.hasTag(Tags.CHARGED))
                    .filter(nature -> !Texts.present(service.feeBasis()))
                    .map(CodeEntry::zh)
                    .ifPresent(nature -> report(context, "/feeBasis", "label", "feeBasis", "feeNature", nature));
        }
    }

    /** IM-0304: a fee standard or basis without a fee nature leaves open who pays and on what terms. */
    static final class FeeWithoutNature extends AbstractRecordRule<IntermediaryService> {

        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0304", Severity.WARNING,
                Stage.RULE, "0.1.0", IntermediaryRules.FEE_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

        FeeWithoutNature() {
            super(IntermediaryService.class, DESCRIPTOR);
        }

        @Override
        public void check(IntermediaryService service, RuleContext context) {
            if (!Texts.present(service.feeNature())
                    && (Texts.present(service.feeStandard()) || Texts.present(service.feeBasis()))) {
                report(context, "/feeNature", "label", "feeNature");
            }
        }
    }
}
