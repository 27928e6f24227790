package org.matterstandards.core.element;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;

/**
 * Compares a local implementation item with the upstream item it claims (要素分级比对), element by element, and
 * judges every difference by the element's change mode: a LOCKED element changed, a NARROW_ONLY element widened or
 * narrowed, a REVIEW or FILING element changed, a FREE element changed.
 *
 * <pre>{@code
 * TierCheck check = new TierCheck(ElementCatalog.builtIn().withProfile(profile));
 * ElementDiff diff = check.compare(upstreamItem, localItem);
 * diff.changes(Outcome.WIDENED).forEach(...);
 * }</pre>
 *
 * <p>The upstream record is an implementation item of a higher tier, or a catalogue item; against a catalogue item
 * only the elements both kinds share (the basic elements) are compared. Lists of child records (申请材料, 收费项目 …)
 * are matched entry by entry by their match keys (材料名称 …, compared without spaces); an entry without a partner
 * is added or removed, and matched entries are compared child element by child element. Pure and thread-safe.
 */
public final class TierCheck {

    private final ElementCatalog catalog;

    /**
     * @param catalog the element catalogue, with the profile already applied ({@link ElementCatalog#withProfile})
     */
    public TierCheck(ElementCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** @return the catalogue the check judges by */
    public ElementCatalog catalog() {
        return catalog;
    }

    /**
     * Compares a local item with its upstream item.
     *
     * @param upstream the claimed item: an implementation item of a higher tier or a catalogue item
     * @param local    the local implementation item
     * @return every difference, in catalogue order, with its judgement
     * @throws IllegalArgumentException when the upstream record is neither a catalogue nor an implementation item
     */
    public ElementDiff compare(MatterRecord upstream, ImplementationItem local) {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(local, "local");
        RecordKind upstreamKind = RecordKind.of(upstream);
        if (upstreamKind != RecordKind.CATALOG_ITEM && upstreamKind != RecordKind.IMPLEMENTATION_ITEM) {
            throw new IllegalArgumentException("an upstream item must be a catalogue or implementation item, not "
                    + upstreamKind.id());
        }
        List<ElementChange> changes = new ArrayList<>();
        for (Element element : catalog.elements(RecordKind.IMPLEMENTATION_ITEM)) {
            if (!element.isChild() && element.appliesTo(upstreamKind)) {
                compare(element, "/" + element.key(), upstream, local, changes);
            }
        }
        Tier upstreamTier = upstream instanceof ImplementationItem item
                ? Tier.ofTaskCode(item.taskCode()).orElse(null) : null;
        return new ElementDiff(upstreamKind, upstreamTier, Tier.ofTaskCode(local.taskCode()).orElse(null), changes);
    }

    private void compare(Element element, String pointer, Object upstreamOwner, Object localOwner,
                         List<ElementChange> changes) {
        Object upstream = ElementValues.get(upstreamOwner, element.name());
        Object local = ElementValues.get(localOwner, element.name());
        if (element.isRecordList()) {
            compareEntries(element, pointer, entries(upstream), entries(local), changes);
            return;
        }
        if (ElementValues.same(upstream, local)) {
            return;
        }
        Narrowings.Judgement judgement = judge(element, upstream, local, upstreamOwner, localOwner);
        if (judgement != null) {
            changes.add(new ElementChange(element, pointer, upstream, local, judgement.outcome(), judgement.reason(),
                    judgement.items()));
        }
    }

    private static Narrowings.Judgement judge(Element element, Object upstream, Object local, Object upstreamOwner,
                                              Object localOwner) {
        if (element.mode() != ChangeMode.NARROW_ONLY) {
            return new Narrowings.Judgement(plain(element.mode()), ChangeReason.CHANGED);
        }
        if (element.unitKey() != null && !ElementValues.same(ElementValues.get(upstreamOwner, element.unitKey()),
                ElementValues.get(localOwner, element.unitKey()))) {
            // 10 工作日 against 15 自然日: no honest comparison without a calendar and a start date.
            return new Narrowings.Judgement(Outcome.UNDECIDABLE, ChangeReason.UNIT_CHANGED);
        }
        return Narrowings.judge(element.narrowing(), upstream, local);
    }

    /** The outcome of any change of an element whose mode is not NARROW_ONLY. */
    private static Outcome plain(ChangeMode mode) {
        return switch (mode) {
            case LOCKED -> Outcome.LOCKED_CHANGED;
            case REVIEW -> Outcome.REVIEW;
            case FILING -> Outcome.FILING;
            case FREE -> Outcome.FREE;
            case NARROW_ONLY -> throw new IllegalArgumentException("NARROW_ONLY changes are judged, not plain");
        };
    }

    private void compareEntries(Element list, String pointer, List<Object> upstream, List<Object> local,
                                List<ElementChange> changes) {
        boolean[] matched = new boolean[upstream.size()];
        List<Element> children = catalog.children(RecordKind.IMPLEMENTATION_ITEM, list.key());
        for (int localIndex = 0; localIndex < local.size(); localIndex++) {
            Object entry = local.get(localIndex);
            if (entry == null) {
                continue;
            }
            String entryPointer = pointer + "/" + localIndex;
            int upstreamIndex = partner(ElementValues.entryKey(entry, list.matchKeys()), upstream, matched,
                    list.matchKeys());
            if (upstreamIndex < 0) {
                changes.add(entryChange(list, entryPointer, null, entry, true, false));
                continue;
            }
            matched[upstreamIndex] = true;
            for (Element child : children) {
                if (!list.matchKeys().contains(child.name())) {
                    compare(child, entryPointer + "/" + child.name(), upstream.get(upstreamIndex), entry, changes);
                }
            }
        }
        for (int upstreamIndex = 0; upstreamIndex < upstream.size(); upstreamIndex++) {
            if (!matched[upstreamIndex] && upstream.get(upstreamIndex) != null) {
                changes.add(entryChange(list, pointer, upstream.get(upstreamIndex), null, false,
                        statutory(children, upstream.get(upstreamIndex))));
            }
        }
    }

    private static int partner(String key, List<Object> upstream, boolean[] matched, List<String> matchKeys) {
        for (int i = 0; i < upstream.size(); i++) {
            if (!matched[i] && upstream.get(i) != null && ElementValues.entryKey(upstream.get(i), matchKeys).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An entry added or removed. Removing a statutory entry from a list where fewer is tighter (a 必要 material)
     * lowers a statutory condition: {@link Outcome#LOWERED}, not good practice.
     */
    private static ElementChange entryChange(Element list, String pointer, Object upstream, Object local,
                                             boolean added, boolean statutoryEntry) {
        ChangeReason reason = added ? ChangeReason.ADDED : ChangeReason.REMOVED;
        Outcome outcome;
        if (list.mode() != ChangeMode.NARROW_ONLY) {
            outcome = plain(list.mode());
        } else if (list.narrowing().kind() == Narrowing.Kind.SUBSET) {
            outcome = added ? Outcome.WIDENED : statutoryEntry ? Outcome.LOWERED : Outcome.NARROWED;
        } else if (list.narrowing().kind() == Narrowing.Kind.SUPERSET) {
            outcome = added ? Outcome.NARROWED : Outcome.WIDENED;
        } else {
            outcome = Outcome.UNDECIDABLE;
            reason = ChangeReason.UNKNOWN_VALUE;
        }
        Object entry = added ? local : upstream;
        return new ElementChange(list, pointer, upstream, local, outcome, reason,
                List.of(ElementValues.entryName(entry, list.matchKeys())));
    }

    /** Whether an entry holds the statutory value of a statutory child (a 必要 material: 材料必要性 1). */
    private static boolean statutory(List<Element> children, Object entry) {
        for (Element child : children) {
            Object value = ElementValues.get(entry, child.name());
            if (!ElementValues.isAbsent(value) && child.narrowing().isStatutoryValue(ElementValues.text(value))) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> entries(Object value) {
        return value instanceof Collection<?> collection ? new ArrayList<>(collection) : List.of();
    }
}
