package org.matterstandards.core.element;

import java.util.Locale;
import java.util.Set;
import org.matterstandards.core.i18n.Messages;

/**
 * The layer an element belongs to (要素类别), following the three lists of 粤政数〔2023〕7号: the basic catalogue, the
 * implementation specification and the implementation list.
 */
public enum ElementCategory {
    /** 基本要素: fixed by the basic catalogue (基本目录) owner. */
    BASIC(Set.of(ChangeMode.LOCKED)),
    /** 实施规范要素: set by the competent department in the implementation specification (实施规范). */
    SPECIFICATION(Set.of(ChangeMode.NARROW_ONLY, ChangeMode.REVIEW)),
    /** 实施清单要素: completed by the implementing body in its implementation list (实施清单). */
    IMPLEMENTATION(Set.of(ChangeMode.FILING, ChangeMode.FREE));

    private final Set<ChangeMode> defaultModes;

    ElementCategory(Set<ChangeMode> defaultModes) {
        this.defaultModes = defaultModes;
    }

    /**
     * The change modes the built-in catalogue gives elements of this category by default (domain-reference §5,
     * §11.6): catalogue elements are locked, specification elements narrow-only or reviewed, implementation elements
     * filed or free. A profile may assign any mode.
     *
     * @return the default modes
     */
    public Set<ChangeMode> defaultModes() {
        return defaultModes;
    }

    /**
     * The category's name (基本要素 …).
     *
     * @param locale zh-CN or en
     * @return the name
     */
    public String label(Locale locale) {
        return Messages.of(locale).get("el.category." + name());
    }
}
