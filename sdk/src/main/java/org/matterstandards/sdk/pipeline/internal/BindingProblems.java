package org.matterstandards.sdk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.UnrenderedFinding;

/**
 * What went wrong while binding one record to the model (绑定问题); collected per call, never shared. The arguments
 * of each problem come without the label, which the model stage adds.
 */
final class BindingProblems {

    /** Key under which the collector travels as a Jackson reader attribute. */
    static final Object ATTRIBUTE = BindingProblems.class;

    private final List<UnrenderedFinding> problems = new ArrayList<>();

    void add(String code, String pointer, Map<String, Object> arguments) {
        problems.add(new UnrenderedFinding(code, pointer, arguments));
    }

    List<UnrenderedFinding> problems() {
        return problems;
    }

    boolean has(String pointer) {
        return problems.stream().anyMatch(problem -> problem.pointer().equals(pointer));
    }
}
