package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.rule.Stage;

/**
 * {@link ValidationResult} shows embedders only public API types (公开类型): findings, suppressed findings, locations,
 * record kinds and records, and {@link Stage}; never the pipeline's own collectors such as {@code RecordFindings}.
 */
class ValidationResultApiTest {

    private static final List<String> API_PACKAGES = List.of("java.", "org.matterstandards.core.finding.",
            "org.matterstandards.core.model.", "org.matterstandards.sdk.ValidationResult");

    @Test
    void itsPublicSignaturesUseOnlyApiTypes() {
        List<Type> types = new ArrayList<>();
        for (RecordComponent component : ValidationResult.class.getRecordComponents()) {
            types.add(component.getGenericType());
        }
        for (Method method : ValidationResult.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                types.add(method.getGenericReturnType());
                types.addAll(List.of(method.getGenericParameterTypes()));
            }
        }
        Set<String> names = new TreeSet<>();
        types.forEach(type -> collect(type, names));
        assertThat(names).as("types of ValidationResult's public signatures").contains(Stage.class.getName())
                .allSatisfy(name -> assertThat(name.equals(Stage.class.getName())
                        || API_PACKAGES.stream().anyMatch(name::startsWith)).as(name).isTrue());
    }

    private static void collect(Type type, Set<String> names) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), names);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, names);
            }
        } else if (type instanceof Class<?> type0 && !type0.isPrimitive()) {
            names.add(type0.getName());
        }
    }
}
