package org.matterstandards.sdk.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the tree binder takes and what it leaves to Jackson (declines); agreement on the corpora is elsewhere. */
public class TreeBinderTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** A plain record; {@code @JsonInclude} only matters for writing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plain(String name, Integer days, Boolean online, LocalDate from, List<String> levels,
                        List<Part> parts, Part main) {
    }

    /** A child record. */
    public record Part(String code) {
    }

    /** Renames its element: only Jackson knows the name. */
    public record Renamed(@JsonProperty("other") String name) {
    }

    /** Ignores unknown elements: a class-level rule of Jackson's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ignoring(String name) {
    }

    /** A primitive component: Jackson decides what an absent one is. */
    public record Primitive(int days) {
    }

    /** A constructor that refuses a value. */
    public record Refusing(String code) {
        /** Refuses {@code "bad"}. */
        public Refusing {
            if ("bad".equals(code)) {
                throw new IllegalArgumentException("code must not be bad");
            }
        }
    }

    @Test
    void bindsPlainTrees() {
        Plain plain = TreeBinder.bind(tree("""
                {"name":"事项","days":20,"online":true,"from":"2024-02-29","levels":["3","4"],
                 "parts":[{"code":"A"},{}],"main":{"code":"B"}}"""), Plain.class);
        assertThat(plain).isEqualTo(new Plain("事项", 20, true, LocalDate.of(2024, 2, 29), List.of("3", "4"),
                List.of(new Part("A"), new Part(null)), new Part("B")));
        assertThat(TreeBinder.bind(tree("{\"name\":null,\"levels\":null,\"main\":null}"), Plain.class))
                .isEqualTo(new Plain(null, null, null, null, null, null, null));
        assertThat(TreeBinder.bind(tree("{\"levels\":[]}"), Plain.class).levels()).isEmpty();
    }

    @Test
    void declinesWhatOnlyJacksonReportsOrDecides() {
        for (String json : List.of("{\"name\":1}", "{\"days\":\"20\"}", "{\"days\":20.0}", "{\"days\":2147483648}",
                "{\"online\":\"true\"}", "{\"from\":\"2021-02-29\"}", "{\"from\":20210101}", "{\"levels\":\"3\"}",
                "{\"levels\":[\"3\",null]}", "{\"levels\":[3]}", "{\"parts\":[null]}", "{\"main\":\"B\"}",
                "{\"main\":{\"code\":\"B\",\"extra\":1}}", "{\"extra\":1}")) {
            assertThat(TreeBinder.bind(tree(json), Plain.class)).as(json).isNull();
        }
    }

    @Test
    void leavesTypesWithJacksonAnnotationsOrOtherComponentsToJackson() {
        assertThat(TreeBinder.bind(tree("{\"name\":\"a\"}"), Renamed.class)).isNull();
        assertThat(TreeBinder.bind(tree("{\"name\":\"a\"}"), Ignoring.class)).isNull();
        assertThat(TreeBinder.bind(tree("{\"days\":1}"), Primitive.class)).isNull();
    }

    @Test
    void aRefusingConstructorIsLeftToJackson() {
        assertThat(TreeBinder.bind(tree("{\"code\":\"bad\"}"), Refusing.class)).isNull();
        assertThat(TreeBinder.bind(tree("{\"code\":\"good\"}"), Refusing.class)).isEqualTo(new Refusing("good"));
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }
}
