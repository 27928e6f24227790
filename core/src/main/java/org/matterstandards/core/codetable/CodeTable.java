package org.matterstandards.core.codetable;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One variant of one code table (代码表), e.g. 事项类型 in its Guangdong variant: an ordered list of codes with
 * labels and tags, and where the list comes from. Immutable and thread-safe.
 *
 * <p>Tables are data: the built-in ones are UTF-8 files {@code NAME.VARIANT.tsv} in this package's resource folder,
 * in the format read by {@link #load(InputStream, String)} and described in {@code docs/profiles.md}.
 */
public final class CodeTable {

    /**
     * What a table is and where it comes from (代码表说明).
     *
     * @param name     the table name, e.g. {@code taskType}
     * @param variant  the variant, e.g. {@code national} or {@code guangdong}
     * @param titleZh  the Chinese title, e.g. 事项类型
     * @param titleEn  the English title, e.g. task type
     * @param source   the document or data the codes come from
     * @param compiled the date the file was compiled (yyyy-MM-dd)
     * @param version  the version of the data
     */
    public record Metadata(String name, String variant, String titleZh, String titleEn, String source,
                           String compiled, String version) {

        /** Validates the components: all are required. */
        public Metadata {
            for (String part : new String[] {name, variant, titleZh, titleEn, source, compiled, version}) {
                if (part == null || part.isBlank()) {
                    throw new IllegalArgumentException("code table metadata is incomplete: " + name + "." + variant);
                }
            }
        }
    }

    private final Metadata metadata;
    private final Map<String, CodeEntry> byCode;
    /** The codes in table order, made once: the code-table rules ask for them on every record. */
    private final List<String> codes;

    private CodeTable(Metadata metadata, Map<String, CodeEntry> byCode) {
        this.metadata = metadata;
        this.byCode = Collections.unmodifiableMap(byCode);
        this.codes = List.copyOf(byCode.keySet());
    }

    /**
     * A table from its metadata and entries.
     *
     * @param metadata what the table is
     * @param entries  the codes, in display order
     * @return the table
     * @throws IllegalArgumentException when the table is empty or a code occurs twice
     */
    public static CodeTable of(Metadata metadata, List<CodeEntry> entries) {
        Objects.requireNonNull(metadata, "metadata");
        Map<String, CodeEntry> byCode = new LinkedHashMap<>();
        for (CodeEntry entry : entries) {
            if (byCode.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalArgumentException("code " + entry.code() + " occurs twice in " + metadata.name()
                        + "." + metadata.variant());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("code table " + metadata.name() + "." + metadata.variant()
                    + " has no codes");
        }
        return new CodeTable(metadata, byCode);
    }

    /**
     * Reads a table file (读取代码表文件): UTF-8, header comments {@code # key: value} (table, variant, title.zh,
     * title.en, source, compiled, version — all required), other {@code #} lines are comments, then a column line
     * {@code code<TAB>zh<TAB>en[<TAB>tags]} and one row per code; tags are separated by spaces.
     *
     * @param in     the file's bytes; read to the end, not closed
     * @param source the file or resource name, for messages
     * @return the table
     * @throws org.matterstandards.core.MatterException with key {@code codeTable.malformed} naming the line
     */
    public static CodeTable load(InputStream in, String source) {
        return CodeTableReader.read(in, source);
    }

    /** @return what the table is and where it comes from */
    public Metadata metadata() {
        return metadata;
    }

    /** @return the table name, e.g. {@code taskType} */
    public String name() {
        return metadata.name();
    }

    /** @return the variant, e.g. {@code guangdong} */
    public String variant() {
        return metadata.variant();
    }

    /**
     * The table's title in a language.
     *
     * @param locale any Chinese locale gives the Chinese title, any other the English one
     * @return the title
     */
    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? metadata.titleZh() : metadata.titleEn();
    }

    /** @return the entries, in display order */
    public List<CodeEntry> entries() {
        return List.copyOf(byCode.values());
    }

    /** @return the codes, in display order */
    public List<String> codes() {
        return codes;
    }

    /**
     * The entry of a code.
     *
     * @param code a code, may be {@code null}
     * @return the entry, or empty when the code is not in the table
     */
    public Optional<CodeEntry> entry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * Whether a code is in the table. Codes are compared exactly: {@code "1"} is not {@code "01"}.
     *
     * @param code a code, may be {@code null}
     * @return {@code true} when it is
     */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /**
     * Whether a code is in the table and carries a tag.
     *
     * @param code a code, may be {@code null}
     * @param tag  the tag
     * @return {@code true} when it does
     */
    public boolean hasTag(String code, String tag) {
        CodeEntry entry = code == null ? null : byCode.get(code);
        return entry != null && entry.hasTag(tag);
    }

    /**
     * The codes that carry a tag, in display order.
     *
     * @param tag the tag, e.g. {@code power}
     * @return the codes, possibly empty
     */
    public List<String> codesTagged(String tag) {
        List<String> codes = new ArrayList<>();
        for (CodeEntry entry : byCode.values()) {
            if (entry.hasTag(tag)) {
                codes.add(entry.code());
            }
        }
        return List.copyOf(codes);
    }

    /**
     * The label of a code.
     *
     * @param code   the code
     * @param locale zh-CN or en
     * @return the label, or empty when the code is not in the table
     */
    public Optional<String> label(String code, Locale locale) {
        return entry(code).map(entry -> entry.label(locale));
    }

    @Override
    public String toString() {
        return "CodeTable[" + metadata.name() + "." + metadata.variant() + ", " + byCode.size() + " codes]";
    }
}
