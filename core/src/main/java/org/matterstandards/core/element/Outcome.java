package org.matterstandards.core.element;

import java.util.Optional;

/** How a changed element is judged against its change mode (变更判定). */
public enum Outcome {
    /** A LOCKED element differs from upstream: an error. */
    LOCKED_CHANGED,
    /** A NARROW_ONLY element is wider than upstream (longer limit, new material, higher fee): an error. */
    WIDENED,
    /** A NARROW_ONLY element is tighter than upstream: good practice, reported for information. */
    NARROWED,
    /**
     * A statutory condition was removed or weakened (a 必要 material removed or made 容缺后补/非必要, a clause of
     * 受理条件 removed): tighter for the body, but a lower tier cannot lower statutory conditions on its own
     * (行政许可法 art. 16), so it needs 审核 like a REVIEW change.
     */
    LOWERED,
    /**
     * A NARROW_ONLY element changed in a way no program can judge (a new clause in 受理条件, a fee text that is not
     * comparable, a changed unit): it goes to review.
     */
    UNDECIDABLE,
    /** A REVIEW element changed: it needs 审核. */
    REVIEW,
    /** A FILING element changed: it needs 备案. */
    FILING,
    /** A FREE element changed: the lower tier's own business. */
    FREE;

    /**
     * The route this outcome needs before the item may be published.
     *
     * @return REVIEW for {@link #LOWERED}, {@link #UNDECIDABLE} and {@link #REVIEW}, FILING for {@link #FILING},
     *         empty otherwise
     */
    public Optional<Route> route() {
        return switch (this) {
            case LOWERED, UNDECIDABLE, REVIEW -> Optional.of(Route.REVIEW);
            case FILING -> Optional.of(Route.FILING);
            default -> Optional.empty();
        };
    }
}
