package org.matterstandards.core.element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges a change of a NARROW_ONLY element by its {@link Narrowing} (收紧判定). Values have already been found
 * different by {@link ElementValues#same}; a judgement may still find no real change (a fee text reformatted), and
 * then returns {@code null}.
 */
final class Narrowings {

    /**
     * A judgement.
     *
     * @param outcome WIDENED, NARROWED or UNDECIDABLE
     * @param reason  what changed
     * @param items   values, entries or clauses involved
     */
    record Judgement(Outcome outcome, ChangeReason reason, List<String> items) {
        Judgement(Outcome outcome, ChangeReason reason) {
            this(outcome, reason, List.of());
        }
    }

    private Narrowings() {
    }

    /**
     * Judges a change.
     *
     * @param narrowing the element's narrowing
     * @param upstream  the upstream value
     * @param local     the local value
     * @return the judgement, or {@code null} when the values mean the same
     */
    static Judgement judge(Narrowing narrowing, Object upstream, Object local) {
        return switch (narrowing.kind()) {
            case MAX -> max(upstream, local);
            case ORDER -> order(narrowing, upstream, local);
            case SUBSET -> sets(upstream, local, true);
            case SUPERSET -> sets(upstream, local, false);
            case TEXT -> text(upstream, local, narrowing.statutory());
            case FEE -> fee(upstream, local);
            case NONE -> throw new IllegalStateException("NARROW_ONLY element without narrowing order");
        };
    }

    private static Judgement max(Object upstream, Object local) {
        if (ElementValues.isAbsent(upstream) || ElementValues.isAbsent(local)) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.VALUE_MISSING);
        }
        if (!(upstream instanceof Number up) || !(local instanceof Number lo)) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.UNKNOWN_VALUE);
        }
        int comparison = new BigDecimal(lo.toString()).compareTo(new BigDecimal(up.toString()));
        if (comparison == 0) {
            return null;
        }
        return comparison > 0 ? new Judgement(Outcome.WIDENED, ChangeReason.GREATER)
                : new Judgement(Outcome.NARROWED, ChangeReason.SMALLER);
    }

    private static Judgement order(Narrowing narrowing, Object upstream, Object local) {
        if (ElementValues.isAbsent(upstream) || ElementValues.isAbsent(local)) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.VALUE_MISSING);
        }
        List<String> order = narrowing.order();
        String up = ElementValues.text(upstream);
        String lo = ElementValues.text(local);
        int upIndex = order.indexOf(up);
        int loIndex = order.indexOf(lo);
        if (upIndex < 0 || loIndex < 0) {
            List<String> unknown = new ArrayList<>();
            if (upIndex < 0) {
                unknown.add(up);
            }
            if (loIndex < 0) {
                unknown.add(lo);
            }
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.UNKNOWN_VALUE, unknown);
        }
        if (upIndex == loIndex) {
            return null;
        }
        if (narrowing.lowersStatutory(up, lo)) {
            return new Judgement(Outcome.LOWERED, ChangeReason.LESS_BURDEN);
        }
        // The order runs from the heaviest burden to the lightest: a later position is tighter for the body.
        return loIndex > upIndex ? new Judgement(Outcome.NARROWED, ChangeReason.LESS_BURDEN)
                : new Judgement(Outcome.WIDENED, ChangeReason.MORE_BURDEN);
    }

    private static Judgement sets(Object upstream, Object local, boolean fewerIsTighter) {
        Set<String> up = ElementValues.set(upstream);
        Set<String> lo = ElementValues.set(local);
        List<String> added = minus(lo, up);
        List<String> removed = minus(up, lo);
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        if (fewerIsTighter) {
            return added.isEmpty() ? new Judgement(Outcome.NARROWED, ChangeReason.REMOVED, removed)
                    : new Judgement(Outcome.WIDENED, ChangeReason.ADDED, added);
        }
        return removed.isEmpty() ? new Judgement(Outcome.NARROWED, ChangeReason.ADDED, added)
                : new Judgement(Outcome.WIDENED, ChangeReason.REMOVED, removed);
    }

    private static Judgement text(Object upstream, Object local, boolean statutory) {
        if (ElementValues.isAbsent(upstream) || ElementValues.isAbsent(local)) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.VALUE_MISSING);
        }
        Set<String> up = TextClauses.of(upstream.toString());
        Set<String> lo = TextClauses.of(local.toString());
        List<String> added = minus(lo, up);
        List<String> removed = minus(up, lo);
        if (!added.isEmpty()) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.CLAUSES_ADDED, added);
        }
        return removed.isEmpty() ? null
                : new Judgement(statutory ? Outcome.LOWERED : Outcome.NARROWED, ChangeReason.CLAUSES_REMOVED, removed);
    }

    private static Judgement fee(Object upstream, Object local) {
        if (ElementValues.isAbsent(upstream) || ElementValues.isAbsent(local)) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.VALUE_MISSING);
        }
        FeeAmounts up = FeeAmounts.parse(upstream.toString());
        FeeAmounts lo = FeeAmounts.parse(local.toString());
        if (up.waived() || lo.waived()) {
            if (up.waived() && lo.waived()) {
                return null;
            }
            return lo.waived() && !up.amounts().isEmpty() ? new Judgement(Outcome.NARROWED, ChangeReason.FEE_LOWER)
                    : up.waived() && !lo.amounts().isEmpty() ? new Judgement(Outcome.WIDENED, ChangeReason.FEE_HIGHER)
                    : new Judgement(Outcome.UNDECIDABLE, ChangeReason.FEE_NOT_COMPARABLE);
        }
        if (up.amounts().isEmpty() || !up.template().equals(lo.template())) {
            return new Judgement(Outcome.UNDECIDABLE, ChangeReason.FEE_NOT_COMPARABLE);
        }
        boolean higher = false;
        boolean lower = false;
        for (int i = 0; i < up.amounts().size(); i++) {
            int comparison = lo.amounts().get(i).compareTo(up.amounts().get(i));
            higher |= comparison > 0;
            lower |= comparison < 0;
        }
        if (higher == lower) {
            return higher ? new Judgement(Outcome.UNDECIDABLE, ChangeReason.FEE_NOT_COMPARABLE) : null;
        }
        return higher ? new Judgement(Outcome.WIDENED, ChangeReason.FEE_HIGHER)
                : new Judgement(Outcome.NARROWED, ChangeReason.FEE_LOWER);
    }

    private static List<String> minus(Set<String> from, Set<String> remove) {
        Set<String> result = new LinkedHashSet<>(from);
        result.removeAll(remove);
        return List.copyOf(result);
    }
}
