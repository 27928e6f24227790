package org.matterstandards.core.element;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How "tighter" is decided for a {@link ChangeMode#NARROW_ONLY} element (收紧方向): which local values are narrower
 * than the upstream value and which are wider.
 *
 * <p>Written in the catalogue file as {@code -}, {@code max}, {@code order:1>3>2}, {@code subset}, {@code superset},
 * {@code text} or {@code fee}; see {@link Kind}. A {@code !} after {@code text} or an order ({@code text!},
 * {@code order:1>3>2!}) marks a <b>statutory condition</b> (法定条件): a lower tier may not lower it on its own
 * (行政许可法 art. 16), so removing a clause, or lightening the heaviest value of the order (必要 → 容缺后补 or 非必要),
 * is {@link Outcome#LOWERED} — 审核 — rather than good practice. An entry of a {@link Kind#SUBSET} list whose
 * statutory child holds the heaviest value (a 必要 material) is likewise lowered when it is removed.
 *
 * @param kind      the comparison
 * @param order     for {@link Kind#ORDER}: the values from the heaviest burden to the lightest, e.g.
 *                  {@code [1, 3, 2]} for 材料必要性 (必要 › 容缺后补 › 非必要); empty otherwise
 * @param statutory whether lowering is lowering a statutory condition (only for {@link Kind#TEXT} and
 *                  {@link Kind#ORDER})
 */
public record Narrowing(Kind kind, List<String> order, boolean statutory) {

    /** No narrowing order: the element cannot be NARROW_ONLY. */
    public static final Narrowing NONE = new Narrowing(Kind.NONE, List.of());

    private static final String STATUTORY_MARK = "!";

    /** The comparisons. */
    public enum Kind {
        /** No order is defined. */
        NONE,
        /** A number where smaller is tighter: time limits, visits, copies (local ≤ upstream). */
        MAX,
        /** A code or flag with a burden order (e.g. 承诺件 › 即办件; 收费 › 不收费). */
        ORDER,
        /** A set where fewer is tighter: materials, fee items, required intermediary services (local ⊆ upstream). */
        SUBSET,
        /** A set of capabilities where more is better: online depth capabilities (local ⊇ upstream). */
        SUPERSET,
        /**
         * Free text whose clauses may only be removed (受理条件). Removing clauses is narrowing; a clause the upstream
         * text does not have may be a new condition or a rewording, which no program can tell apart, so it goes to
         * review instead of being called an error.
         */
        TEXT,
        /**
         * A fee standard (收费标准) as text: amounts in 元 are compared when both texts say the same apart from the
         * amounts; otherwise the change goes to review.
         */
        FEE
    }

    /** Validates and copies the components. */
    public Narrowing {
        Objects.requireNonNull(kind, "kind");
        order = List.copyOf(order);
        if ((kind == Kind.ORDER) != !order.isEmpty()) {
            throw new IllegalArgumentException("an order narrowing needs at least two values, other kinds none");
        }
        if (kind == Kind.ORDER && (order.size() < 2 || order.size() != order.stream().distinct().count())) {
            throw new IllegalArgumentException("an order narrowing needs at least two distinct values: " + order);
        }
        if (statutory && kind != Kind.TEXT && kind != Kind.ORDER) {
            throw new IllegalArgumentException("only a text or an order narrowing can be statutory (!), not " + kind);
        }
    }

    /**
     * A narrowing that is not a statutory condition.
     *
     * @param kind  the comparison
     * @param order the order, see the record's components
     */
    public Narrowing(Kind kind, List<String> order) {
        this(kind, order, false);
    }

    /**
     * Whether a local value lowers a statutory condition: the upstream value is the heaviest of a statutory order
     * and the local one is another value of it (必要 → 容缺后补).
     *
     * @param upstream the upstream value's text
     * @param local    the local value's text
     * @return {@code true} for such a lowering
     */
    boolean lowersStatutory(String upstream, String local) {
        return statutory && kind == Kind.ORDER && order.get(0).equals(upstream) && !upstream.equals(local)
                && order.contains(local);
    }

    /**
     * Whether a value is the statutory one of this order (e.g. 1 必要 for 材料必要性).
     *
     * @param value a value's text
     * @return {@code true} when this is a statutory order and the value is its heaviest
     */
    boolean isStatutoryValue(String value) {
        return statutory && kind == Kind.ORDER && order.get(0).equals(value);
    }

    /**
     * Reads the written form.
     *
     * @param spec {@code -}, {@code max}, {@code order:A>B>C}, {@code subset}, {@code superset}, {@code text} or
     *             {@code fee}
     * @return the narrowing
     * @throws IllegalArgumentException for anything else
     */
    public static Narrowing parse(String spec) {
        String text = Objects.requireNonNull(spec, "spec").strip();
        if (text.isEmpty() || text.equals("-")) {
            return NONE;
        }
        boolean statutory = text.endsWith(STATUTORY_MARK);
        if (statutory) {
            text = text.substring(0, text.length() - STATUTORY_MARK.length()).strip();
        }
        if (text.startsWith("order:")) {
            return new Narrowing(Kind.ORDER, List.of(text.substring("order:".length()).split(">", -1)).stream()
                    .map(String::strip).toList(), statutory);
        }
        Kind kind = switch (text) {
            case "max" -> Kind.MAX;
            case "subset" -> Kind.SUBSET;
            case "superset" -> Kind.SUPERSET;
            case "text" -> Kind.TEXT;
            case "fee" -> Kind.FEE;
            default -> throw new IllegalArgumentException("unknown narrowing '" + spec
                    + "'; use -, max, order:A>B, subset, superset, text or fee (text and order: ! for statutory)");
        };
        return new Narrowing(kind, List.of(), statutory);
    }

    /** @return the written form, the inverse of {@link #parse(String)} */
    public String spec() {
        String base = kind == Kind.ORDER ? "order:" + String.join(">", order)
                : kind == Kind.NONE ? "-" : kind.name().toLowerCase(Locale.ROOT);
        return statutory ? base + STATUTORY_MARK : base;
    }

    /** @return {@code true} unless this is {@link #NONE} */
    public boolean isDefined() {
        return kind != Kind.NONE;
    }
}
