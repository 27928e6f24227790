package org.matterstandards.core.intermediary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The code tables of intermediary-service records and list changes (中介服务事项代码表): 设定依据效力层级, 收费性质,
 * 事项状态 and 调整类型. Each code carries marks that the rules read instead of hard-coding codes, e.g. which legal
 * levels may set an intermediary service (国办发〔2015〕31号). Immutable and thread-safe; the built-in tables are
 * loaded once from {@code intermediary-codes.tsv}, whose header names the sources.
 */
public final class IntermediaryCodes {

    private static final String BUILT_IN_RESOURCE = "intermediary-codes.tsv";

    /** The tables. */
    public enum Table {
        /** 设定依据效力层级 ({@code legalBases[].lawLevel}). */
        LAW_LEVEL("lawLevel"),
        /** 收费性质 ({@code feeNature}). */
        FEE_NATURE("feeNature"),
        /** 事项状态 ({@code serviceState}). */
        SERVICE_STATE("serviceState"),
        /** 调整类型 ({@code changeType} of a list change). */
        CHANGE_TYPE("changeType");

        private final String id;

        Table(String id) {
            this.id = id;
        }

        /** @return the table's name in the data file, also the element it codes */
        public String id() {
            return id;
        }
    }

    /** What a code means to the rules. */
    public enum Mark {
        /** A legal basis of this level may set an intermediary service (法律、行政法规、国务院决定、部门规章). */
        SUFFICIENT_BASIS("sufficientBasis"),
        /** The applicant pays (经营服务性 or 行政事业性收费). */
        CHARGED("charged"),
        /** The applicant does not pay (不收费). */
        FREE("free"),
        /** The service is on the list and in use (在用). */
        RETAINED("retained");

        private final String id;

        Mark(String id) {
            this.id = id;
        }

        /** @return the mark's name in the data file */
        public String id() {
            return id;
        }
    }

    /**
     * One code of a table.
     *
     * @param table the table
     * @param code  the code as it appears in records, e.g. {@code 1}
     * @param name  its Chinese name, e.g. {@code 法律}
     * @param marks what it means to the rules
     */
    public record Code(Table table, String code, String name, Set<Mark> marks) {

        /** Copies the marks. */
        public Code {
            marks = marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
        }

        /**
         * @param mark a mark
         * @return {@code true} when the code carries it
         */
        public boolean has(Mark mark) {
            return marks.contains(mark);
        }

        /** @return {@code code name}, e.g. {@code 1 法律} */
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    private final Map<Table, Map<String, Code>> tables;
    private final String version;

    private IntermediaryCodes(Map<Table, Map<String, Code>> tables, String version) {
        Map<Table, Map<String, Code>> copy = new EnumMap<>(Table.class);
        tables.forEach((table, codes) -> copy.put(table, Collections.unmodifiableMap(new LinkedHashMap<>(codes))));
        this.tables = Collections.unmodifiableMap(copy);
        this.version = version;
    }

    private static final class BuiltIn {
        static final IntermediaryCodes CODES = load();

        private static IntermediaryCodes load() {
            try (InputStream in = IntermediaryCodes.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
            }
        }
    }

    /** @return the built-in tables, loaded once */
    public static IntermediaryCodes builtIn() {
        return BuiltIn.CODES;
    }

    /**
     * Looks a code up.
     *
     * @param table the table
     * @param code  the code as found in a record, may be {@code null}
     * @return the code, or empty when the table does not have it
     */
    public Optional<Code> find(Table table, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(tables.get(table).get(code));
    }

    /**
     * Whether a code is in a table and carries a mark.
     *
     * @param table the table
     * @param code  the code, may be {@code null}
     * @param mark  the mark
     * @return {@code true} when both hold
     */
    public boolean has(Table table, String code, Mark mark) {
        return find(table, code).map(found -> found.has(mark)).orElse(false);
    }

    /**
     * The codes of a table, in file order.
     *
     * @param table the table
     * @return the codes
     */
    public List<Code> codes(Table table) {
        return List.copyOf(tables.get(table).values());
    }

    /** @return the state of the data, e.g. {@code 2026-11-29} */
    public String version() {
        return version;
    }

    /** Reads the built-in file: {@code table TAB code TAB name TAB marks}, and a {@code # version:} comment. */
    private static IntermediaryCodes read(BufferedReader reader) throws IOException {
        Map<Table, Map<String, Code>> tables = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            tables.put(table, new LinkedHashMap<>());
        }
        String version = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("# version:")) {
                version = line.substring("# version:".length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalStateException(BUILT_IN_RESOURCE + ":" + lineNumber + ": expected 4 fields");
            }
            Table table = byId(Table.values(), Table::id, fields[0], lineNumber);
            Code code = new Code(table, fields[1], fields[2], marksOf(fields[3], lineNumber));
            if (tables.get(table).putIfAbsent(code.code(), code) != null) {
                throw new IllegalStateException(BUILT_IN_RESOURCE + ":" + lineNumber + ": duplicate code");
            }
        }
        return new IntermediaryCodes(tables, Objects.requireNonNull(version, "version line"));
    }

    private static Set<Mark> marksOf(String text, int lineNumber) {
        List<Mark> marks = new ArrayList<>();
        if (!text.equals("-")) {
            for (String id : text.split(",")) {
                marks.add(byId(Mark.values(), Mark::id, id.strip(), lineNumber));
            }
        }
        return marks.isEmpty() ? Set.of() : EnumSet.copyOf(marks);
    }

    private static <E extends Enum<E>> E byId(E[] values, Function<E, String> idOf, String id, int lineNumber) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        throw new IllegalStateException(BUILT_IN_RESOURCE + ":" + lineNumber + ": unknown name " + id);
    }
}
