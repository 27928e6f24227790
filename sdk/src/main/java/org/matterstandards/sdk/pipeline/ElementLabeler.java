package org.matterstandards.sdk.pipeline;

import java.util.Locale;
import org.matterstandards.core.model.RecordKind;

/**
 * Names an element for a message (要素名称), e.g. {@code /promiseDay} → {@code 承诺办结时限(promiseDay)}.
 * Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ElementLabeler {

    /**
     * The label of the element a pointer points at.
     *
     * @param kind    the record kind
     * @param pointer JSON Pointer into the record
     * @param locale  zh-CN or en
     * @return the label to show
     */
    String label(RecordKind kind, String pointer, Locale locale);

    /** Labels an element by its JSON pointer alone, for when no element catalogue is available. */
    ElementLabeler POINTER = (kind, pointer, locale) -> pointer.isEmpty() ? "/" : pointer;
}
