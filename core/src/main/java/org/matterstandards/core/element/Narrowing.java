package org.matterstandards.core.element;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How "tighter" is decided for a {@link ChangeMode#NARROW_ONLY} element (收紧方向): which local values are narrower
 * than the upstream value and which are wider.
 *
 * <p>Written in the catalogue file as {@code -}, {@code max}, {@code order:1>3>2}, {@code subset}, {@code superset},
 * {@code text} or {@code fee}; see {@link Kind}.
 *
 * @param kind  the comparison
 * @param order for {@link Kind#ORDER}: the values from the heaviest burden to the lightest, e.g. {@code [1, 3, 2]}
 *              for 材料必要性 (必要 › 容缺后补 › 非必要); empty otherwise
 */
public record Narrowing(Kind kind, List<String> order) {

    /** No narrowing order: the element cannot be NARROW_ONLY. */
    public static final Narrowing NONE = new Narrowing(Kind.NONE, List.of());

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
        if (text.startsWith("order:")) {
            return new Narrowing(Kind.ORDER, List.of(text.substring("order:".length()).split(">", -1)).stream()
                    .map(String::strip).toList());
        }
        return switch (text) {
            case "max" -> new Narrowing(Kind.MAX, List.of());
            case "subset" -> new Narrowing(Kind.SUBSET, List.of());
            case "superset" -> new Narrowing(Kind.SUPERSET, List.of());
            case "text" -> new Narrowing(Kind.TEXT, List.of());
            case "fee" -> new Narrowing(Kind.FEE, List.of());
            default -> throw new IllegalArgumentException("unknown narrowing '" + spec
                    + "'; use -, max, order:A>B, subset, superset, text or fee");
        };
    }

    /** @return the written form, the inverse of {@link #parse(String)} */
    public String spec() {
        return kind == Kind.ORDER ? "order:" + String.join(">", order)
                : kind == Kind.NONE ? "-" : kind.name().toLowerCase(Locale.ROOT);
    }

    /** @return {@code true} unless this is {@link #NONE} */
    public boolean isDefined() {
        return kind != Kind.NONE;
    }
}
