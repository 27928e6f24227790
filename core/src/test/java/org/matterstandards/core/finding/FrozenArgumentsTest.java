package org.matterstandards.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A finding's arguments behave as the unmodifiable copy it made of every map before: same order, equality, string
 * form, refusals and serial form; and a frozen map is kept, not copied, while any other map is still copied.
 */
class FrozenArgumentsTest {

    private static Finding finding(Map<String, Object> arguments) {
        return new Finding("SM-0308", Severity.WARNING, "/complainPhone", 3, "id", "SM-0308.message", arguments,
                "text", null);
    }

    @Test
    void behavesAsTheUnmodifiableCopyMadeBefore() throws Exception {
        Map<String, Object> given = Args.of("z", 1, "a", null, "m", "三");
        Map<String, Object> before = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        for (Map<String, Object> arguments : List.of(finding(given).arguments(),
                finding(Args.frozen("z", 1, "a", null, "m", "三")).arguments())) {
            assertThat(arguments).isEqualTo(before).hasSameHashCodeAs(before).hasToString(before.toString());
            assertThat(before).isEqualTo(arguments);
            assertThat(new ArrayList<>(arguments.keySet())).containsExactly("z", "a", "m");
            assertThat(new ArrayList<>(arguments.values())).containsExactly(1, null, "三");
            assertThat(arguments.containsKey(null)).isFalse();
            assertThat(arguments.get("a")).isNull();
            assertThat(arguments.getOrDefault("x", "d")).isEqualTo("d");
            List<Consumer<Map<String, Object>>> changes = List.of(
                    m -> m.put("x", 1), m -> m.remove("z"), m -> m.remove("absent"), Map::clear,
                    m -> m.putAll(Map.of("x", 1)), m -> m.putIfAbsent("z", 2), m -> m.replace("z", 2),
                    m -> m.replace("z", 1, 2), m -> m.remove("z", 1), m -> m.replaceAll((k, v) -> v),
                    m -> m.computeIfAbsent("x", k -> null), m -> m.computeIfPresent("z", (k, v) -> v),
                    m -> m.compute("z", (k, v) -> v), m -> m.merge("z", 1, (a, b) -> a),
                    m -> m.keySet().remove("absent"), m -> m.values().clear(),
                    m -> m.entrySet().iterator().next().setValue(2), m -> m.entrySet().removeIf(e -> false));
            for (Consumer<Map<String, Object>> change : changes) {
                assertThatThrownBy(() -> change.accept(before)).isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> change.accept(arguments)).isInstanceOf(UnsupportedOperationException.class);
            }
            assertThat(arguments).isEqualTo(before);
            assertThat(roundTrip(arguments)).isEqualTo(before);
        }
    }

    @Test
    void aFrozenMapIsKeptAndAnyOtherCopied() {
        Map<String, Object> frozen = Args.frozen("value", "0754-12345");
        Finding kept = finding(frozen);
        assertThat(kept.arguments()).isSameAs(frozen);
        assertThat(kept.withLocation(new SourceLocation("f.xlsx", "s", 2, 3, "C")).arguments()).isSameAs(frozen);
        assertThat(new UnrenderedFinding("SM-0308", "/p", frozen, null).arguments()).isSameAs(frozen);

        Map<String, Object> given = Args.of("value", "0754-12345");
        Finding copied = finding(given);
        given.put("value", "changed");
        given.put("more", 1);
        assertThat(copied.arguments()).isNotSameAs(given).containsExactly(Map.entry("value", "0754-12345"));
        assertThat(finding(null).arguments()).isEqualTo(Map.of());
        assertThat(Args.frozen()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roundTrip(Map<String, Object> map) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Map<String, Object>) in.readObject();
        }
    }
}
