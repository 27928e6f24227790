package org.matterstandards.schemas.generator;

import java.util.Objects;

/**
 * The Chinese {@code title} and {@code description} of one schema property or schema (要素标题与说明).
 *
 * @param title       short Chinese name, e.g. 承诺办结时限
 * @param description one or two Chinese sentences, usually naming the national exchange field
 */
public record ElementTitle(String title, String description) {

    /** Validates the components. */
    public ElementTitle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (title.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("title and description must not be blank");
        }
    }
}
