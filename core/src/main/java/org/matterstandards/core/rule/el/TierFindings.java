package org.matterstandards.core.rule.el;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matterstandards.core.element.ClaimCheck;
import org.matterstandards.core.element.Element;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.element.ElementChange;
import org.matterstandards.core.element.ElementDiff;
import org.matterstandards.core.element.ValueText;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.ListFindingSink;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;

/**
 * Turns a {@link ClaimCheck.Result} into {@code EL} findings (要素分级发现) on the records they are about: element
 * changes on the local item, 未认领 on the upstream item.
 *
 * <p>A change that needs review or filing is a WARNING only when the local item lacks the matching reference
 * ({@code reviewReference} for review, {@code filingReference} for filing); with the reference it is reported in the
 * change set but not as a finding. FREE changes are never findings. Element labels and values are rendered in the
 * messages' language ({@code 承诺办结时限(promiseDay)}). Immutable and thread-safe.
 */
public final class TierFindings {

    private final ElementCatalog catalog;
    private final Messages messages;
    private final ValueText values;

    /**
     * @param catalog  the catalogue the check used, for labels
     * @param messages the messages of the output language
     */
    public TierFindings(ElementCatalog catalog, Messages messages) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.values = new ValueText(messages);
    }

    /**
     * Reports every finding of a list check.
     *
     * @param result the list check's result
     * @param sink   receives the findings; its record references are the ones given to {@link ClaimCheck#check}
     */
    public void report(ClaimCheck.Result result, ListFindingSink sink) {
        for (ClaimCheck.Duplicate duplicate : result.duplicates()) {
            ImplementationItem item = (ImplementationItem) duplicate.local().record();
            sink.report(duplicate.local().ref(), TierRules.DUPLICATE, idPointer(item), Args.of(
                    "recordId", item.recordId(),
                    "firstNumber", duplicate.first().ref().index() + 1));
        }
        for (ClaimCheck.Entry entry : result.withoutUpstream()) {
            ImplementationItem item = (ImplementationItem) entry.record();
            String suffix = ClaimCheck.suffix(item);
            sink.report(entry.ref(), TierRules.NO_UPSTREAM, "/catalogCode", Args.of(
                    "taskName", text(item.taskName()),
                    "catalogCode", text(item.catalogCode()),
                    "handleSuffix", suffix == null ? messages.get("el.value.none") : suffix));
        }
        for (ClaimCheck.Ambiguous ambiguous : result.ambiguous()) {
            List<String> candidates = new ArrayList<>();
            for (ClaimCheck.Entry candidate : ambiguous.candidates()) {
                candidates.add(candidate.ref().recordId() != null ? candidate.ref().recordId()
                        : messages.format("el.recordNumber", Args.of("number", candidate.ref().index() + 1)));
            }
            sink.report(ambiguous.local().ref(), TierRules.AMBIGUOUS, "/catalogCode", Args.of(
                    "catalogCode", text(ClaimCheck.catalogCode(ambiguous.local().record())),
                    "count", candidates.size(),
                    "candidates", candidates));
        }
        for (ClaimCheck.Claim claim : result.claims()) {
            reportClaim(claim, sink);
        }
        for (ClaimCheck.Entry entry : result.unclaimed()) {
            sink.report(entry.ref(), TierRules.UNCLAIMED, "/catalogCode", Args.of(
                    "taskName", text(taskName(entry.record())),
                    "catalogCode", text(ClaimCheck.catalogCode(entry.record())),
                    "localTier", result.localTier() == null ? messages.get("el.value.none")
                            : result.localTier().label(messages.locale())));
        }
    }

    private void reportClaim(ClaimCheck.Claim claim, ListFindingSink sink) {
        ImplementationItem local = claim.localItem();
        ElementDiff diff = claim.diff();
        if (diff.claimsUpward()) {
            sink.report(claim.local().ref(), TierRules.NOT_FROM_HIGHER_TIER, "/taskCode", Args.of(
                    "localTier", diff.localTier().label(messages.locale()),
                    "upstreamTier", diff.upstreamTier().label(messages.locale()),
                    "upstreamId", text(claim.upstream().ref().recordId())));
        }
        for (ElementChange change : diff.changes()) {
            String code = code(change, local);
            if (code != null) {
                sink.report(claim.local().ref(), code, change.pointer(), arguments(change));
            }
        }
    }

    private static String code(ElementChange change, ImplementationItem local) {
        return switch (change.outcome()) {
            case LOCKED_CHANGED -> TierRules.LOCKED_CHANGED;
            case WIDENED -> TierRules.WIDENED;
            case NARROWED -> TierRules.NARROWED;
            case LOWERED -> blank(local.reviewReference()) ? TierRules.LOWERED_WITHOUT_REVIEW : null;
            case UNDECIDABLE -> blank(local.reviewReference()) ? TierRules.UNDECIDABLE_WITHOUT_REVIEW : null;
            case REVIEW -> blank(local.reviewReference()) ? TierRules.REVIEW_WITHOUT_REFERENCE : null;
            case FILING -> blank(local.filingReference()) ? TierRules.FILING_WITHOUT_REFERENCE : null;
            case FREE -> null;
        };
    }

    private Map<String, Object> arguments(ElementChange change) {
        Element element = change.element();
        String label = catalog.label(RecordKind.IMPLEMENTATION_ITEM, change.pointer(), messages.locale())
                .orElse(element.label(messages.locale()));
        String[] shown = values.renderPair(change.upstreamValue(), change.localValue(), element);
        return Args.of(
                "label", label,
                "key", element.key(),
                "exchangeName", element.exchangeName(),
                "upstream", shown[0],
                "local", shown[1],
                "reason", reason(change),
                "owner", element.tier().label(messages.locale()),
                "mode", element.mode().label(messages.locale()));
    }

    /**
     * The reason of a change as a phrase in the messages' language (新增了上级没有的：…).
     *
     * @param change the change
     * @return the phrase
     */
    public String reason(ElementChange change) {
        return messages.format("el.reason." + change.reason().name(), Args.of("items", values.items(change.items())));
    }

    private static String idPointer(ImplementationItem item) {
        return blank(item.taskHandleItem()) ? "/taskCode" : "/taskHandleItem";
    }

    private static String taskName(MatterRecord record) {
        return record instanceof ImplementationItem item ? item.taskName() : ((CatalogItem) record).taskName();
    }

    private String text(String value) {
        return blank(value) ? messages.get("el.value.empty") : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
