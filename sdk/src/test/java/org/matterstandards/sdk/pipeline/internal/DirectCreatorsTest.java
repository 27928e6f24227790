package org.matterstandards.sdk.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding through {@link DirectCreators} gives what Jackson's own constructor call gives: the same records, and the
 * same exception when a constructor refuses its arguments.
 */
public class DirectCreatorsTest {

    private static final ObjectMapper DIRECT = ModelStage.configure(JsonMapper.builder()).build();
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .addHandler(new LenientBindingHandler())
            .addModule(StrictScalars.module())
            .build();

    /** A record with components of several kinds. */
    public record Sample(String name, Integer days, Boolean online, List<String> levels, Part part) {
    }

    /** A nested record. */
    public record Part(String code) {
    }

    /** A record whose constructor refuses a value. */
    public record Refusing(String code) {
        /** Refuses {@code "bad"}. */
        public Refusing {
            if ("bad".equals(code)) {
                throw new IllegalArgumentException("code must not be bad");
            }
        }
    }

    @Test
    void bindsTheSameRecordsAsJackson() {
        String json = "{\"name\":\"事项\",\"days\":20,\"online\":true,\"levels\":[\"3\",\"4\"],\"part\":{\"code\":\"A\"}}";
        Sample direct = DIRECT.readValue(json, Sample.class);
        assertThat(direct).isEqualTo(JACKSON.readValue(json, Sample.class))
                .isEqualTo(new Sample("事项", 20, true, List.of("3", "4"), new Part("A")));
        assertThat(DIRECT.readValue("{}", Sample.class)).isEqualTo(JACKSON.readValue("{}", Sample.class));
    }

    @Test
    void aRefusingConstructorFailsAsWithJackson() {
        Throwable direct = catchThrowable(() -> DIRECT.readValue("{\"code\":\"bad\"}", Refusing.class));
        Throwable jackson = catchThrowable(() -> JACKSON.readValue("{\"code\":\"bad\"}", Refusing.class));
        assertThat(direct).isNotNull().hasSameClassAs(jackson).hasMessage(jackson.getMessage());
        assertThat(direct).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("code must not be bad");
        assertThat(DIRECT.readValue("{\"code\":\"good\"}", Refusing.class)).isEqualTo(new Refusing("good"));
    }
}
