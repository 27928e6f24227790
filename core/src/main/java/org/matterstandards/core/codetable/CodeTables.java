package org.matterstandards.core.codetable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.internal.datafile.ResourceLists;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.profile.Profile;

/**
 * Every code table the validator knows, in all their variants (代码表集), and the choice of variant by profile.
 * Immutable and thread-safe; {@link #with(CodeTable)} returns a new instance.
 *
 * <p>A profile selects a variant with the setting {@code codeTable.<table>=<variant>}, inherited along its chain
 * (national ← guangdong ← shantou ← district): the built-in {@code guangdong} profile sets
 * {@code codeTable.taskType=guangdong}, so 事项类型 21 means 公共服务 there and is unknown under {@code national}.
 * A table the profile chain does not mention uses the variant {@value #DEFAULT_VARIANT}.
 */
public final class CodeTables {

    /** The variant used when no profile of the chain selects one. */
    public static final String DEFAULT_VARIANT = "national";
    /** Prefix of the profile settings that select a variant. */
    public static final String SETTING_PREFIX = "codeTable.";

    /** 事项类型 (task type): national Set A or Guangdong Set B. */
    public static final String TASK_TYPE = "taskType";
    /** 行使层级 (use level). */
    public static final String USE_LEVEL = "useLevel";
    /** 权力来源 (power source). */
    public static final String POWER_SOURCE = "powerSource";
    /** 实施主体性质 (implementing body type). */
    public static final String DEPT_TYPE = "deptType";
    /** 服务对象 (service recipient). */
    public static final String SERVER_TYPE = "serverType";
    /** 办件类型 (project type). */
    public static final String PROJECT_TYPE = "projectType";
    /** 办理形式 (handling form). */
    public static final String HANDLE_TYPE = "handleType";
    /** 时限单位 (time-limit unit). */
    public static final String TIME_UNIT = "timeUnit";
    /** 网上办理深度 capability list. */
    public static final String ONLINE_CAPABILITY = "onlineCapability";
    /** 网上办理深度级别 Ⅰ–Ⅳ. */
    public static final String ONLINE_LEVEL = "onlineLevel";
    /** 通办范围 (handling area). */
    public static final String HANDLE_AREA = "handleArea";
    /** 审批结果类型 (result type). */
    public static final String RESULT_TYPE = "resultType";
    /** 材料类型 (material type). */
    public static final String MATERIAL_TYPE = "materialType";
    /** 来源渠道 (material source). */
    public static final String MATERIAL_SOURCE = "materialSource";
    /** 材料必要性 (material necessity). */
    public static final String MATERIAL_NECESSITY = "materialNecessity";
    /** 材料形式 (material format). */
    public static final String MATERIAL_FORMAT = "materialFormat";
    /** 事项状态 (task state); also the state of an intermediary service ({@code serviceState}). */
    public static final String TASK_STATE = "taskState";
    /** 设定依据效力层级 (legal-basis level). */
    public static final String LAW_LEVEL = "lawLevel";
    /** 收费性质 (fee nature) of an intermediary service. */
    public static final String FEE_NATURE = "feeNature";
    /** 调整类型 (change type) of a list change. */
    public static final String CHANGE_TYPE = "changeType";

    private static final String RESOURCE_DIR = "/org/matterstandards/core/codetable/";

    /** Tables by name, then by variant; both maps sorted so that listings are stable. */
    private final Map<String, Map<String, CodeTable>> tables;
    /**
     * The tables the last profile asked about selects, by table name, filled on first use: every rule asks for its
     * table on every record, and the answer depends only on the (immutable) profile. One profile only, so that a
     * program that makes many profiles keeps none alive; a validator asks with one profile.
     */
    private volatile Selection selection = new Selection(null);

    /** The tables one profile selects. */
    private record Selection(Profile profile, Map<String, CodeTable> byName) {
        Selection(Profile profile) {
            this(profile, new ConcurrentHashMap<>());
        }
    }

    private CodeTables(Map<String, Map<String, CodeTable>> tables) {
        Map<String, Map<String, CodeTable>> copy = new TreeMap<>();
        tables.forEach((name, variants) -> copy.put(name, Collections.unmodifiableMap(new TreeMap<>(variants))));
        this.tables = Collections.unmodifiableMap(copy);
    }

    /** Loaded on first use of {@link #builtIn()}; the JVM's class initialisation makes this thread-safe. */
    private static final class BuiltIn {
        static final CodeTables TABLES = loadBuiltIn();
    }

    /**
     * The built-in tables, loaded once from the resources listed in {@code codetables.list}.
     *
     * @return the shared instance
     */
    public static CodeTables builtIn() {
        return BuiltIn.TABLES;
    }

    private static CodeTables loadBuiltIn() {
        List<CodeTable> loaded = new ArrayList<>();
        for (String file : ResourceLists.read(CodeTables.class, RESOURCE_DIR + "codetables.list")) {
            String resource = RESOURCE_DIR + file;
            try (InputStream in = CodeTables.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in code table missing: " + resource);
                }
                CodeTable table = CodeTable.load(in, resource);
                if (!file.equals(table.name() + "." + table.variant() + ".tsv")) {
                    throw new IllegalStateException(resource + " declares " + table.name() + "." + table.variant());
                }
                loaded.add(table);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(loaded);
    }

    /**
     * A set of tables.
     *
     * @param tables the tables; no two may share name and variant
     * @return the set
     * @throws IllegalArgumentException when two tables share name and variant
     */
    public static CodeTables of(Collection<CodeTable> tables) {
        Map<String, Map<String, CodeTable>> byName = new TreeMap<>();
        for (CodeTable table : tables) {
            CodeTable previous = byName.computeIfAbsent(table.name(), name -> new TreeMap<>())
                    .putIfAbsent(table.variant(), table);
            if (previous != null) {
                throw new IllegalArgumentException("code table " + table.name() + "." + table.variant()
                        + " is given twice");
            }
        }
        return new CodeTables(byName);
    }

    /**
     * A copy that also holds a table, replacing the one of the same name and variant: how an embedder adds another
     * province's variant or a newer version.
     *
     * @param table the table
     * @return the new set
     */
    public CodeTables with(CodeTable table) {
        Map<String, Map<String, CodeTable>> copy = new TreeMap<>();
        tables.forEach((name, variants) -> copy.put(name, new TreeMap<>(variants)));
        copy.computeIfAbsent(table.name(), name -> new TreeMap<>()).put(table.variant(), table);
        return new CodeTables(copy);
    }

    /** @return the table names, sorted */
    public Set<String> names() {
        return tables.keySet();
    }

    /** @return every table of every variant, sorted by name and variant */
    public List<CodeTable> tables() {
        List<CodeTable> all = new ArrayList<>();
        tables.values().forEach(variants -> all.addAll(variants.values()));
        return List.copyOf(all);
    }

    /**
     * A table variant, if known.
     *
     * @param name    the table name
     * @param variant the variant
     * @return the table, or empty
     */
    public Optional<CodeTable> find(String name, String variant) {
        return Optional.ofNullable(tables.getOrDefault(name, Map.of()).get(variant));
    }

    /**
     * A table variant.
     *
     * @param name    the table name
     * @param variant the variant
     * @return the table
     * @throws MatterException ({@code codeTable.unknown}) when there is no such table or variant
     */
    public CodeTable table(String name, String variant) {
        return find(name, variant).orElseThrow(() -> new MatterException("codeTable.unknown", Args.of(
                "table", name, "variant", variant, "known", known(name))));
    }

    /**
     * The variant of a table a profile selects: its {@code codeTable.NAME} setting, inherited along the chain, or
     * {@value #DEFAULT_VARIANT}.
     *
     * @param name    the table name
     * @param profile the profile
     * @return the variant name
     */
    public static String variant(String name, Profile profile) {
        return profile.setting(SETTING_PREFIX + name).orElse(DEFAULT_VARIANT);
    }

    /**
     * The table a profile selects.
     *
     * @param name    the table name, e.g. {@link #TASK_TYPE}
     * @param profile the profile
     * @return the table
     * @throws MatterException ({@code codeTable.unknown}) when the selected variant does not exist
     */
    public CodeTable table(String name, Profile profile) {
        Selection current = selection;
        if (current.profile() != profile) {
            current = new Selection(profile);
            selection = current;
        }
        CodeTable table = current.byName().get(name);
        if (table == null) {
            // An unknown variant throws and is not remembered: every call reports it.
            table = table(name, variant(name, profile));
            current.byName().put(name, table);
        }
        return table;
    }

    /**
     * The label of a code in the table a profile selects.
     *
     * @param name    the table name
     * @param profile the profile
     * @param code    the code
     * @param locale  zh-CN or en
     * @return the label, or empty when the code is not in that table
     */
    public Optional<String> label(String name, Profile profile, String code, Locale locale) {
        return table(name, profile).label(code, locale);
    }

    /**
     * Checks that a profile selects only existing tables and variants, and that every table resolves for it, so
     * that a typo fails when the validator is built rather than on each record.
     *
     * @param profile the profile
     * @throws MatterException ({@code codeTable.unknownSetting} or {@code codeTable.unknown}) naming the problem
     */
    public void checkProfile(Profile profile) {
        for (String key : profile.settings(SETTING_PREFIX).keySet()) {
            String name = key.substring(SETTING_PREFIX.length());
            if (!tables.containsKey(name)) {
                throw new MatterException("codeTable.unknownSetting", Args.of(
                        "profile", profile.name(), "key", key, "known", String.join(", ", tables.keySet())));
            }
        }
        for (String name : tables.keySet()) {
            table(name, profile);
        }
    }

    private String known(String name) {
        Map<String, CodeTable> variants = tables.get(name);
        return variants == null ? String.join(", ", tables.keySet()) : String.join(", ", variants.keySet());
    }

    @Override
    public String toString() {
        return "CodeTables" + tables.keySet();
    }
}
