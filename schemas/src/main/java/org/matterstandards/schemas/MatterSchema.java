package org.matterstandards.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.matterstandards.core.model.RecordKind;

/**
 * The published JSON Schemas (发布的 JSON 模式), one constant per file. Each has a stable name, an {@code $id} of the
 * form {@code https://matterstandards.org/schemas/1.0/NAME.schema.json} and the classpath resource
 * {@code org/matterstandards/schemas/1.0/NAME.schema.json} that mirrors it. The {@code $id}s are identifiers, not
 * download addresses: validators load the files from this jar or from an exported copy.
 */
public enum MatterSchema {
    /** 基本目录事项. */
    CATALOG_ITEM("catalog-item", RecordKind.CATALOG_ITEM, true),
    /** 实施清单事项 (办事指南). */
    IMPLEMENTATION_ITEM("implementation-item", RecordKind.IMPLEMENTATION_ITEM, true),
    /** 权责清单事项. */
    POWER_ITEM("power-item", RecordKind.POWER_ITEM, true),
    /** 行政审批中介服务事项. */
    INTERMEDIARY_SERVICE("intermediary-service", RecordKind.INTERMEDIARY_SERVICE, true),
    /** 清单调整与备案记录. */
    LIST_CHANGE("list-change", RecordKind.LIST_CHANGE, true),
    /** Shared definitions (公共定义): codes and the child records (申请材料, 设定依据 …) of the record schemas. */
    DEFS("defs", null, true),
    /** The JSON validation report written by {@code matter validate --report-json} (校验报告). */
    REPORT("report", null, false),
    /** The change set of a local record against its upstream record (要素调整清单), written by {@code matter diff}. */
    CHANGE_SET("change-set", null, false);

    /** Version of the schema set; part of every {@code $id} and resource path. */
    public static final String VERSION = "1.1";
    /** The common prefix of every {@code $id}. */
    public static final String BASE_URI = "https://matterstandards.org/schemas/" + VERSION + "/";
    /** The classpath folder that holds the files, without a leading slash. */
    public static final String RESOURCE_FOLDER = "org/matterstandards/schemas/" + VERSION + "/";
    /** The file name suffix of every schema. */
    public static final String SUFFIX = ".schema.json";

    /** The schema of each record kind: asked once per record validated, so looked up, not searched. */
    private static final Map<RecordKind, MatterSchema> BY_KIND = new EnumMap<>(RecordKind.class);

    static {
        for (MatterSchema schema : values()) {
            if (schema.kind != null) {
                BY_KIND.put(schema.kind, schema);
            }
        }
    }

    private final String schemaName;
    private final RecordKind kind;
    private final boolean generated;

    MatterSchema(String schemaName, RecordKind kind, boolean generated) {
        this.schemaName = schemaName;
        this.kind = kind;
        this.generated = generated;
    }

    /**
     * Returns the schema's short name (模式名称), which is also the record kind id for record schemas.
     *
     * @return e.g. {@code implementation-item}
     */
    public String schemaName() {
        return schemaName;
    }

    /** @return the file name, e.g. {@code implementation-item.schema.json} */
    public String fileName() {
        return schemaName + SUFFIX;
    }

    /** @return the stable {@code $id}, e.g. {@code https://matterstandards.org/schemas/1.0/power-item.schema.json} */
    public String id() {
        return BASE_URI + fileName();
    }

    /** @return the classpath resource, e.g. {@code org/matterstandards/schemas/1.0/power-item.schema.json} */
    public String resourcePath() {
        return RESOURCE_FOLDER + fileName();
    }

    /** @return the record kind this schema describes, empty for the shared, report and change-set schemas */
    public Optional<RecordKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Tells whether the file is generated from the model (and so must never be edited by hand), or written by hand
     * (the report and change-set schemas, whose writers live outside the model).
     *
     * @return {@code true} for generated files
     */
    public boolean generated() {
        return generated;
    }

    /**
     * Reads the schema text from the classpath (模式原文).
     *
     * @return the JSON text, UTF-8 decoded
     * @throws UncheckedIOException when the resource is missing from the jar (a packaging error)
     */
    public String text() {
        ClassLoader loader = MatterSchema.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("schema resource missing: " + resourcePath()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema of a record kind.
     *
     * @param recordKind the kind
     * @return its schema
     */
    public static MatterSchema of(RecordKind recordKind) {
        MatterSchema schema = BY_KIND.get(recordKind);
        if (schema == null) {
            throw new IllegalStateException("no schema for kind " + recordKind);
        }
        return schema;
    }

    /**
     * Finds a schema by the name a person types: {@code power-item}, {@code power-item.schema.json} or the full
     * {@code $id}, ignoring case.
     *
     * @param name the name
     * @return the schema, or empty when none has that name
     */
    public static Optional<MatterSchema> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith(BASE_URI)) {
            key = key.substring(BASE_URI.length());
        }
        if (key.endsWith(SUFFIX)) {
            key = key.substring(0, key.length() - SUFFIX.length());
        }
        String wanted = key;
        return Arrays.stream(values()).filter(schema -> schema.schemaName.equals(wanted)).findFirst();
    }
}
