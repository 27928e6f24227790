package org.matterstandards.core.i18n;

import java.util.List;

/**
 * Message bundles that a library or a host adds to the project's own (消息包登记): the texts of its own rule codes
 * ({@code CODE.title}, {@code CODE.message}, {@code CODE.fix}) or of its own output, in zh-CN and en.
 *
 * <p>{@link Messages} finds implementations with {@link java.util.ServiceLoader}: list the implementing class, which
 * needs a public no-argument constructor, in {@code META-INF/services/org.matterstandards.core.i18n.MessageBundles}.
 * They are read once per locale, when that locale's messages are first used; nothing can be registered or changed
 * later, so every thread sees the same texts. The project's own texts come first: an added bundle can add keys but
 * not change a built-in text. docs/embedding.md shows an example.
 */
public interface MessageBundles {

    /**
     * The bundles to add, as fully qualified base names: {@code com.example.i18n.checks} stands for the UTF-8 files
     * {@code com/example/i18n/checks_zh_CN.properties} and {@code checks_en.properties}, read with the class loader of
     * the implementing class. A locale whose file is absent gets no texts from that bundle.
     *
     * @return the base names, in lookup order
     */
    List<String> baseNames();
}
