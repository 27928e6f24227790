package org.matterstandards.core.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matterstandards.core.internal.datafile.DataLines;

/**
 * An immutable table of administrative divisions (行政区划代码表, GB/T 2260) with their parent links.
 *
 * <p>The built-in table ({@link #builtIn()}) holds Guangdong (广东省): the province, its prefecture-level cities and
 * county-level divisions, as listed by the Ministry of Civil Affairs (民政部). Embedders who need another province
 * {@link #load(InputStream, String) load} its file and {@link #merge(DivisionTable...) merge} it with the built-in
 * table; a table is never changed in place, so it can be shared by all threads.
 *
 * <h2>File format</h2>
 * UTF-8 text, one division per line: {@code code<TAB>name<TAB>parent}, where parent is {@code -} for a top-level
 * row. Blank lines and lines starting with {@code #} are ignored, except one required line
 * {@code # version: <text>} that names the state of the data (e.g. {@code 2024-12-31}). Every parent must be a
 * code of the same file.
 *
 * <h2>City-level pseudo-codes (市本级)</h2>
 * Guangdong's systems use {@code xxxx99} for the city's own level (e.g. {@code 440599} 汕头市市本级), which is not a
 * GB/T 2260 code. This table recognises such a code when {@code xxxx00} is one of its prefectures and the code
 * itself is not a real row; {@link #isWithin(String, String)} places it under that prefecture. Whether such codes
 * are acceptable is decided by {@link DivisionCode}, not here.
 */
public final class DivisionTable {

    private static final String BUILT_IN_RESOURCE = "divisions-guangdong.tsv";
    private static final String NO_PARENT = "-";
    private static final String PSEUDO_SUFFIX = "99";
    private static final String PREFECTURE_SUFFIX = "00";
    private static final Pattern VERSION_LINE = Pattern.compile("#\\s*version\\s*:\\s*(\\S.*?)\\s*");

    private final SortedMap<String, Division> byCode;
    /** By the first two digits of a code: whether its province ({@code xx0000}) is a row; asked for every record. */
    private final boolean[] provinces = new boolean[100];
    private final List<Division> all;
    private final Map<String, List<Division>> childrenByCode;
    private final String version;
    private final List<String> sources;

    private DivisionTable(SortedMap<String, Division> byCode, String version, List<String> sources) {
        this.byCode = Collections.unmodifiableSortedMap(new TreeMap<>(byCode)); // own copy: callers keep theirs
        for (int prefix = 0; prefix < provinces.length; prefix++) {
            provinces[prefix] = this.byCode.containsKey((prefix < 10 ? "0" : "") + prefix + "0000");
        }
        this.all = List.copyOf(this.byCode.values());
        this.version = version;
        this.sources = List.copyOf(sources);
        Map<String, List<Division>> children = new HashMap<>();
        // byCode is sorted, so every child list comes out sorted by code as well.
        for (Division division : this.byCode.values()) {
            if (division.parentCode() != null) {
                children.computeIfAbsent(division.parentCode(), parent -> new ArrayList<>()).add(division);
            }
        }
        children.replaceAll((parent, list) -> List.copyOf(list));
        this.childrenByCode = Map.copyOf(children);
    }

    /** Initialised on first use of {@link #builtIn()} only; the JVM's class initialisation makes this thread-safe. */
    private static final class BuiltIn {
        static final DivisionTable TABLE = loadBuiltIn();

        private static DivisionTable loadBuiltIn() {
            try (InputStream in = DivisionTable.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE + " next to "
                            + DivisionTable.class.getName());
                }
                return load(in, BUILT_IN_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
            }
        }
    }

    /**
     * Returns the built-in table (内置区划代码表): Guangdong, state 2024-12-31. Loaded once, on first call.
     *
     * @return the shared immutable table
     */
    public static DivisionTable builtIn() {
        return BuiltIn.TABLE;
    }

    /**
     * Reads a table in the format described in the class comment (加载区划代码表). The stream is read to its end
     * but not closed.
     *
     * @param in         UTF-8 text, not null
     * @param sourceName a name for error messages and {@link #sources()}, e.g. a file name; not null
     * @return the table
     * @throws IllegalArgumentException naming the source and line of a malformed line, a duplicate code, a parent
     *                                  that is not in the file, a parent cycle, or a missing version line
     * @throws UncheckedIOException     if reading fails
     */
    public static DivisionTable load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Loader(sourceName).read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division table " + sourceName, e);
        }
    }

    /**
     * Combines tables into one (合并区划代码表), e.g. the built-in Guangdong table and a loaded neighbouring
     * province. The version of the result lists the distinct versions joined by {@code " + "}.
     *
     * @param tables at least one table
     * @return the combined table
     * @throws IllegalArgumentException if no table is given or a code occurs in more than one table
     */
    public static DivisionTable merge(DivisionTable... tables) {
        if (tables == null || tables.length == 0) {
            throw new IllegalArgumentException("merge needs at least one table");
        }
        SortedMap<String, Division> all = new TreeMap<>();
        Map<String, DivisionTable> owner = new HashMap<>();
        LinkedHashSet<String> versions = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>();
        for (DivisionTable table : tables) {
            Objects.requireNonNull(table, "table");
            for (Division division : table.byCode.values()) {
                DivisionTable first = owner.putIfAbsent(division.code(), table);
                if (first != null) {
                    throw new IllegalArgumentException("division " + division.code() + " is in both "
                            + first.sources + " and " + table.sources);
                }
                all.put(division.code(), division);
            }
            versions.add(table.version);
            sources.addAll(table.sources);
        }
        return new DivisionTable(all, String.join(" + ", versions), sources);
    }

    /**
     * Returns the state of the data (数据版本), from the file's {@code # version:} line.
     *
     * @return e.g. {@code 2024-12-31}
     */
    public String version() {
        return version;
    }

    /**
     * Returns the names of the sources this table was read from (数据来源), in merge order.
     *
     * @return the source names
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Returns all divisions sorted by code (全部区划).
     *
     * @return an immutable list
     */
    public List<Division> divisions() {
        return all;
    }

    /**
     * Returns the number of divisions (区划数量).
     *
     * @return the number of rows
     */
    public int size() {
        return byCode.size();
    }

    /**
     * Looks a code up (查找区划). Pseudo-codes are not rows and are not found.
     *
     * @param code the code, may be null
     * @return the division, or empty
     */
    public Optional<Division> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * Tells whether a code is a row of this table (是否有该区划): {@code lookup(code).isPresent()}, without the
     * {@code Optional}, for the checks that ask on every record.
     *
     * @param code the code, may be null
     * @return true when the table has the division
     */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /**
     * Tells whether this table has the province of a code (是否覆盖该省), i.e. the row {@code xx0000}. Only then can
     * the table say that a code does not exist.
     *
     * @param code a division code, may be null or malformed (then false)
     * @return true when the province row is present
     */
    public boolean coversProvince(String code) {
        return DivisionCode.hasShape(code) && provinces[(code.charAt(0) - '0') * 10 + code.charAt(1) - '0'];
    }

    /**
     * Tells whether a code is a city-level pseudo-code (市本级虚拟代码): {@code xxxx99}, not itself a row, where
     * {@code xxxx00} is a prefecture of this table (a row whose parent is a top-level row).
     *
     * @param code the code, may be null
     * @return true for a pseudo-code of a known prefecture
     */
    public boolean isCityLevelPseudoCode(String code) {
        return pseudoCodePrefecture(code) != null;
    }

    /** The prefecture a pseudo-code stands for, or null when {@code code} is not one. */
    private Division pseudoCodePrefecture(String code) {
        if (!DivisionCode.hasShape(code) || !code.endsWith(PSEUDO_SUFFIX) || byCode.containsKey(code)) {
            return null;
        }
        Division prefecture = byCode.get(code.substring(0, 4) + PREFECTURE_SUFFIX);
        if (prefecture == null || prefecture.isTopLevel()) {
            return null;
        }
        Division above = byCode.get(prefecture.parentCode());
        return above != null && above.isTopLevel() ? prefecture : null;
    }

    /**
     * Tells whether a code lies within a region (是否属于该区域): it equals the region code, or the region is reached
     * by following parent links. A city-level pseudo-code counts as a child of its prefecture. Examples with the
     * built-in table: 440507 is within 440500 and within 440000; 440599 is within 440500.
     *
     * @param code       the code to test, may be null (then false)
     * @param regionCode the region, may be null (then false)
     * @return true when {@code code} is the region or lies below it
     */
    public boolean isWithin(String code, String regionCode) {
        if (code == null || regionCode == null) {
            return false;
        }
        if (code.equals(regionCode)) {
            return true;
        }
        String current = parentOf(code);
        // Loads reject parent cycles, so this walk ends after at most as many steps as the table is deep.
        while (current != null) {
            if (current.equals(regionCode)) {
                return true;
            }
            current = parentOf(current);
        }
        return false;
    }

    private String parentOf(String code) {
        Division division = byCode.get(code);
        if (division != null) {
            return division.parentCode();
        }
        Division prefecture = pseudoCodePrefecture(code);
        return prefecture == null ? null : prefecture.code();
    }

    /**
     * Returns the divisions directly below a code (下级区划), sorted by code.
     *
     * @param code the parent code, may be null
     * @return an immutable list, empty when there are none or the code is unknown
     */
    public List<Division> children(String code) {
        return code == null ? List.of() : childrenByCode.getOrDefault(code, List.of());
    }

    @Override
    public String toString() {
        return "DivisionTable[" + sources + ", version " + version + ", " + byCode.size() + " divisions]";
    }

    /** Reads one source; keeps line numbers so every error can point at its line. */
    private static final class Loader {
        private final String sourceName;
        private final SortedMap<String, Division> byCode = new TreeMap<>();
        private final Map<String, Integer> lineOf = new HashMap<>();
        private String version;

        Loader(String sourceName) {
            this.sourceName = sourceName;
        }

        DivisionTable read(BufferedReader reader) throws IOException {
            DataLines lines = new DataLines(reader);
            while (lines.next()) {
                readLine(lines.line(), lines.number());
            }
            if (version == null) {
                throw error(0, "missing \"# version: ...\" line");
            }
            if (byCode.isEmpty()) {
                throw error(0, "no divisions");
            }
            checkParents();
            return new DivisionTable(byCode, version, List.of(sourceName));
        }

        private void readLine(String line, int lineNumber) {
            if (line.startsWith("#")) {
                readComment(line, lineNumber);
                return;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw error(lineNumber, "expected 3 TAB-separated fields (code, name, parent), found "
                        + fields.length);
            }
            String parent = fields[2].equals(NO_PARENT) ? null : fields[2];
            Division division;
            try {
                division = new Division(fields[0], fields[1].strip(), parent);
            } catch (IllegalArgumentException e) {
                throw error(lineNumber, e.getMessage());
            }
            Integer firstLine = lineOf.putIfAbsent(division.code(), lineNumber);
            if (firstLine != null) {
                throw error(lineNumber, "duplicate code " + division.code() + " (first on line " + firstLine + ")");
            }
            byCode.put(division.code(), division);
        }

        private void readComment(String line, int lineNumber) {
            Matcher matcher = VERSION_LINE.matcher(line);
            if (!matcher.matches()) {
                return;
            }
            if (version != null) {
                throw error(lineNumber, "second version line");
            }
            version = matcher.group(1);
        }

        /** Every parent must be a row of this source, and following parents must end at a top-level row. */
        private void checkParents() {
            for (Division division : byCode.values()) {
                if (division.parentCode() != null && !byCode.containsKey(division.parentCode())) {
                    throw error(lineOf.get(division.code()),
                            "parent " + division.parentCode() + " of " + division.code() + " is not in the table");
                }
            }
            for (Division division : byCode.values()) {
                Division current = division;
                for (int steps = 0; current.parentCode() != null; steps++) {
                    if (steps > byCode.size()) {
                        throw error(lineOf.get(division.code()), "parent links of " + division.code() + " form a cycle");
                    }
                    current = byCode.get(current.parentCode());
                }
            }
        }

        private IllegalArgumentException error(int lineNumber, String message) {
            String where = lineNumber > 0 ? sourceName + ", line " + lineNumber : sourceName;
            return new IllegalArgumentException("Division table " + where + ": " + message);
        }
    }
}
