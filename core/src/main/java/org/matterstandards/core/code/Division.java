package org.matterstandards.core.code;

import java.util.Objects;

/**
 * One administrative division (行政区划) of a {@link DivisionTable}.
 *
 * @param code       the six-digit GB/T 2260 code (行政区划代码), e.g. {@code 440507}
 * @param name       the official name (名称), e.g. {@code 龙湖区}
 * @param parentCode the code of the division directly above (上级区划代码), or {@code null} for a top-level row
 *                   (a province)
 */
public record Division(String code, String name, String parentCode) {

    /**
     * Validates the components.
     *
     * @param code       the six-digit code
     * @param name       the name
     * @param parentCode the parent code, or null for a top-level row
     * @throws IllegalArgumentException if a code is not six ASCII digits, the name is blank, or the division names
     *                                  itself as parent
     * @throws NullPointerException     if {@code code} or {@code name} is null
     */
    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!DivisionCode.hasShape(code)) {
            throw new IllegalArgumentException("division code must be six digits: \"" + code + '"');
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("division " + code + " has a blank name");
        }
        if (parentCode != null && !DivisionCode.hasShape(parentCode)) {
            throw new IllegalArgumentException("parent code of " + code + " must be six digits: \"" + parentCode + '"');
        }
        if (code.equals(parentCode)) {
            throw new IllegalArgumentException("division " + code + " cannot be its own parent");
        }
    }

    /**
     * Tells whether this is a top-level row (顶级区划), i.e. a province in a GB/T 2260 table.
     *
     * @return true when there is no parent
     */
    public boolean isTopLevel() {
        return parentCode == null;
    }
}
