package org.matterstandards.sdk.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Each bind collects its problems into its own list, also when binds nest or a bind throws. */
public class BindingProblemsTest {

    private static final ObjectMapper MAPPER = ModelStage.configure(JsonMapper.builder()).build();

    /** A record to bind. */
    public record Part(String code) {
    }

    @Test
    void nestedBindsCollectApartAndTheOuterCollectorComesBack() {
        BindingProblems outer = new BindingProblems();
        BindingProblems inner = new BindingProblems();
        BindingProblems none = outer.collect();
        try {
            MAPPER.readValue("{\"a\":1}", Part.class);
            BindingProblems previous = inner.collect();
            try {
                MAPPER.readValue("{\"b\":1,\"c\":2}", Part.class);
            } finally {
                BindingProblems.restore(previous);
            }
            MAPPER.readValue("{\"d\":1}", Part.class);
        } finally {
            BindingProblems.restore(none);
        }
        assertThat(none).isNull();
        assertThat(outer.problems()).extracting(p -> p.pointer()).containsExactly("/a", "/d");
        assertThat(inner.problems()).extracting(p -> p.pointer()).containsExactly("/b", "/c");
    }

    @Test
    void aBindThatThrowsLeavesNoCollectorBehind() {
        BindingProblems problems = new BindingProblems();
        BindingProblems outer = problems.collect();
        try {
            MAPPER.readValue("{\"code\":{\"x\":", Part.class);
        } catch (RuntimeException expected) {
            // an unreadable text
        } finally {
            BindingProblems.restore(outer);
        }
        assertThatThrownBy(() -> MAPPER.readValue("{\"a\":1}", Part.class))
                .isInstanceOf(IllegalStateException.class).hasMessage("binding without a problem collector");
    }
}
