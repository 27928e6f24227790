package org.matterstandards.core.element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matterstandards.core.code.HandleItemCode;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;

/**
 * Checks a local implementation list against the upstream list it claims from (认领核对): which local item claims
 * which upstream item, local items with no upstream item, upstream items nobody claimed (未认领), duplicates, and
 * for every claim the element comparison of {@link TierCheck}.
 *
 * <h2>Matching</h2>
 * A local item claims the upstream item with the same 基本编码 ({@code catalogCode}) and, where an item is split into
 * handle items, the same handle-item suffix (the two digits after the task code in {@code taskHandleItem}; the task
 * codes themselves differ, since they contain the implementing body's credit code). When there is no exact match, a
 * local handle item claims the upstream item that is not split, and a local item that is not split claims the one
 * upstream item with its catalogue code. More than one candidate is ambiguous: it is reported and not compared,
 * because comparing against a guess would produce false errors.
 *
 * <h2>Unclaimed items</h2>
 * An upstream item counts as unclaimed only when its 行使层级 ({@code useLevel}) includes the tier of the local list
 * (the one tier all local task codes agree on): a municipal item exercised only at city level is not expected in a
 * district list. When the local tier cannot be told, every item nobody claimed is reported.
 *
 * <p>Pure and thread-safe.
 */
public final class ClaimCheck {

    /**
     * One record of either list.
     *
     * @param ref    where it is (file, index, id); findings attach to this reference
     * @param record the bound record
     */
    public record Entry(RecordRef ref, MatterRecord record) {
        /** Validates the components. */
        public Entry {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * A local item and the upstream item it claims.
     *
     * @param local    the local entry (an implementation item)
     * @param upstream the upstream entry
     * @param diff     the element comparison
     */
    public record Claim(Entry local, Entry upstream, ElementDiff diff) {
        /** @return the local record */
        public ImplementationItem localItem() {
            return (ImplementationItem) local.record();
        }
    }

    /**
     * A local item whose identifier (handle item code or task code) an earlier local item already has.
     *
     * @param local the repeated entry
     * @param first the first entry with that identifier
     */
    public record Duplicate(Entry local, Entry first) {
    }

    /**
     * A local item that matches several upstream items equally well.
     *
     * @param local      the local entry
     * @param candidates the upstream entries it could claim
     */
    public record Ambiguous(Entry local, List<Entry> candidates) {
        /** Copies the candidates. */
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The outcome of a list check.
     *
     * @param claims          each matched pair with its comparison, in local order
     * @param withoutUpstream local items that claim nothing in the upstream list
     * @param unclaimed       upstream items nobody claimed although they are exercised at the local tier
     * @param duplicates      repeated local items (not compared)
     * @param ambiguous       local items with several candidates (not compared)
     * @param localTier       the tier all local task codes agree on, {@code null} when they do not
     */
    public record Result(List<Claim> claims, List<Entry> withoutUpstream, List<Entry> unclaimed,
                         List<Duplicate> duplicates, List<Ambiguous> ambiguous, Tier localTier) {
        /** Copies the lists. */
        public Result {
            claims = List.copyOf(claims);
            withoutUpstream = List.copyOf(withoutUpstream);
            unclaimed = List.copyOf(unclaimed);
            duplicates = List.copyOf(duplicates);
            ambiguous = List.copyOf(ambiguous);
        }

        /**
         * Counts element changes with an outcome over all claims.
         *
         * @param outcome the outcome
         * @return the number of changes
         */
        public long count(Outcome outcome) {
            return claims.stream().mapToLong(claim -> claim.diff().changes(outcome).size()).sum();
        }
    }

    private final TierCheck tierCheck;

    /**
     * @param catalog the element catalogue, with the profile applied
     */
    public ClaimCheck(ElementCatalog catalog) {
        this.tierCheck = new TierCheck(catalog);
    }

    /**
     * Checks a local list against an upstream list.
     *
     * @param upstream the upstream records (catalogue or implementation items) that could be bound
     * @param local    the local implementation items that could be bound
     * @return the matching and the comparisons
     * @throws IllegalArgumentException when a local record is not an implementation item or an upstream record is
     *                                  neither kind of item
     */
    public Result check(List<Entry> upstream, List<Entry> local) {
        Map<String, List<Entry>> upstreamByCode = new LinkedHashMap<>();
        for (Entry entry : upstream) {
            if (!(entry.record() instanceof ImplementationItem) && !(entry.record() instanceof CatalogItem)) {
                throw new IllegalArgumentException("upstream record " + entry.ref() + " is not an item");
            }
            String code = catalogCode(entry.record());
            if (code != null) {
                upstreamByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(entry);
            }
        }
        Tier localTier = commonTier(local);
        List<Claim> claims = new ArrayList<>();
        List<Entry> withoutUpstream = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        List<Ambiguous> ambiguous = new ArrayList<>();
        Set<Entry> involved = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Entry> seen = new HashMap<>();
        for (Entry entry : local) {
            if (!(entry.record() instanceof ImplementationItem item)) {
                throw new IllegalArgumentException("local record " + entry.ref() + " is not an implementation item");
            }
            String id = item.recordId();
            Entry first = id == null ? null : seen.putIfAbsent(id.strip(), entry);
            if (first != null) {
                duplicates.add(new Duplicate(entry, first));
                continue;
            }
            String code = catalogCode(item);
            List<Entry> candidates = candidates(code == null ? List.of()
                    : upstreamByCode.getOrDefault(code, List.of()), suffix(item));
            involved.addAll(candidates);
            if (candidates.isEmpty()) {
                withoutUpstream.add(entry);
            } else if (candidates.size() > 1) {
                ambiguous.add(new Ambiguous(entry, candidates));
            } else {
                Entry claimed = candidates.get(0);
                claims.add(new Claim(entry, claimed, tierCheck.compare(claimed.record(), item)));
            }
        }
        List<Entry> unclaimed = new ArrayList<>();
        for (Entry entry : upstream) {
            if (!involved.contains(entry) && exercisedAt(entry.record(), localTier)) {
                unclaimed.add(entry);
            }
        }
        return new Result(claims, withoutUpstream, unclaimed, duplicates, ambiguous, localTier);
    }

    private static List<Entry> candidates(List<Entry> sameCode, String suffix) {
        List<Entry> exact = sameCode.stream().filter(entry -> Objects.equals(suffix(entry.record()), suffix)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        if (suffix != null) {
            // A district may claim an item that is not split as one of its handle items.
            return sameCode.stream().filter(entry -> suffix(entry.record()) == null).toList();
        }
        return sameCode;
    }

    private static Tier commonTier(List<Entry> local) {
        Set<Tier> tiers = new LinkedHashSet<>();
        for (Entry entry : local) {
            if (entry.record() instanceof ImplementationItem item) {
                Tier.ofTaskCode(item.taskCode()).ifPresent(tiers::add);
            }
        }
        return tiers.size() == 1 ? tiers.iterator().next() : null;
    }

    private static boolean exercisedAt(MatterRecord record, Tier tier) {
        List<String> levels = record instanceof ImplementationItem item ? item.useLevel()
                : ((CatalogItem) record).useLevel();
        if (tier == null || levels == null || levels.isEmpty()) {
            return true;
        }
        return levels.stream().anyMatch(level -> level != null && level.strip().equals(String.valueOf(tier.digit())));
    }

    /**
     * The catalogue code of an item, trimmed and upper-case, or {@code null} when it has none.
     *
     * @param record an implementation or catalogue item
     * @return the catalogue code, or {@code null}
     */
    public static String catalogCode(MatterRecord record) {
        String code = record instanceof ImplementationItem item ? item.catalogCode()
                : record instanceof CatalogItem catalogItem ? catalogItem.catalogCode() : null;
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The handle-item suffix of an implementation item, or {@code null} when it is not a valid handle item.
     *
     * @param record a record
     * @return the suffix, or {@code null}
     */
    public static String suffix(MatterRecord record) {
        return record instanceof ImplementationItem item && HandleItemCode.isValid(item.taskHandleItem())
                ? HandleItemCode.parse(item.taskHandleItem()).suffix() : null;
    }
}
