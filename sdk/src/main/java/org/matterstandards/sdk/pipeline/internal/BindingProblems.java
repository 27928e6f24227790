package org.matterstandards.sdk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.UnrenderedFinding;

/**
 * What went wrong while binding one record to the model (绑定问题); collected per call, never shared. The arguments
 * of each problem come without the label, which the model stage adds.
 *
 * <p>The collector of the bind running on a thread is reachable through {@link #current()}: a reader attribute
 * carried it before, but {@code ObjectReader.withAttribute} made a new reader (and attribute map) per record.
 */
final class BindingProblems {

    /** The collector of each thread's running bind; {@code null} between binds (set, not removed: no new entry). */
    private static final ThreadLocal<BindingProblems> CURRENT = new ThreadLocal<>();

    /** Made at the first problem: most records have none. */
    private List<UnrenderedFinding> problems;

    /**
     * Makes this the collector of the calling thread's bind, until {@link #restore} is called with the result, in a
     * {@code finally}: binds nest (a bind inside a bind collects into its own list, the outer one's comes back after).
     *
     * @return the collector this one stands in for, {@code null} when none
     */
    BindingProblems collect() {
        BindingProblems outer = CURRENT.get();
        CURRENT.set(this);
        return outer;
    }

    /**
     * Ends a bind's collection on the calling thread.
     *
     * @param outer what {@link #collect()} returned
     */
    static void restore(BindingProblems outer) {
        CURRENT.set(outer);
    }

    /**
     * The collector of the bind running on the calling thread.
     *
     * @return the collector
     * @throws IllegalStateException when the thread is binding without one
     */
    static BindingProblems current() {
        BindingProblems current = CURRENT.get();
        if (current == null) {
            throw new IllegalStateException("binding without a problem collector");
        }
        return current;
    }

    void add(String code, String pointer, Map<String, Object> arguments) {
        if (problems == null) {
            problems = new ArrayList<>();
        }
        problems.add(new UnrenderedFinding(code, pointer, arguments));
    }

    /** @return the problems in the order found; modifiable unless empty */
    List<UnrenderedFinding> problems() {
        return problems == null ? List.of() : problems;
    }

    boolean has(String pointer) {
        return problems != null && problems.stream().anyMatch(problem -> problem.pointer().equals(pointer));
    }
}
