package org.matterstandards.sdk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What went wrong while binding one record to the model (绑定问题); collected per call, never shared. */
final class BindingProblems {

    /**
     * One problem.
     *
     * @param code      structure rule code
     * @param pointer   JSON Pointer of the element
     * @param arguments message arguments (without the label, added later)
     */
    record Problem(String code, String pointer, Map<String, Object> arguments) {
    }

    /** Key under which the collector travels as a Jackson reader attribute. */
    static final Object ATTRIBUTE = BindingProblems.class;

    private final List<Problem> problems = new ArrayList<>();

    void add(String code, String pointer, Map<String, Object> arguments) {
        problems.add(new Problem(code, pointer, arguments));
    }

    List<Problem> problems() {
        return problems;
    }

    boolean has(String pointer) {
        return problems.stream().anyMatch(problem -> problem.pointer().equals(pointer));
    }
}
