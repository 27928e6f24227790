package org.matterstandards.core.element;

import java.util.Locale;
import org.matterstandards.core.i18n.Messages;

/** The route a change to an element must take before the changed item may be published (变更路径). */
public enum Route {
    /** 审核: approval by the element's owner or the data administration before the change takes effect. */
    REVIEW,
    /** 备案: the change takes effect and is filed with the data administration (政务服务数据管理局). */
    FILING;

    /**
     * The route's name (审核, 备案 …).
     *
     * @param locale zh-CN or en
     * @return the name
     */
    public String label(Locale locale) {
        return Messages.of(locale).get("el.route." + name());
    }
}
