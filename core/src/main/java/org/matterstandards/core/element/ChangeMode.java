package org.matterstandards.core.element;

import java.util.Locale;
import java.util.Optional;
import org.matterstandards.core.i18n.Messages;

/**
 * What a lower tier may do with an element it inherits when it claims (认领) an item from a higher tier (变更方式).
 */
public enum ChangeMode {
    /** 锁定: inherited unchanged; any difference from the upstream item is an error. */
    LOCKED,
    /** 只减不增: the lower tier may only tighten (shorter limits, fewer materials, no new fees); widening is an error. */
    NARROW_ONLY,
    /** 审核: a change needs approval; the local item should carry the review reference. */
    REVIEW,
    /** 备案: a change is allowed and must be filed; the local item should carry the filing reference. */
    FILING,
    /** 自主: the lower tier sets the element itself (its own name, code, address …). */
    FREE;

    /**
     * The route a plain change of an element in this mode takes.
     *
     * @return {@link Route#REVIEW} for REVIEW, {@link Route#FILING} for FILING, empty otherwise
     */
    public Optional<Route> route() {
        return switch (this) {
            case REVIEW -> Optional.of(Route.REVIEW);
            case FILING -> Optional.of(Route.FILING);
            default -> Optional.empty();
        };
    }

    /**
     * The mode's name (锁定, 只减不增 …).
     *
     * @param locale zh-CN or en
     * @return the name
     */
    public String label(Locale locale) {
        return Messages.of(locale).get("el.mode." + name());
    }
}
