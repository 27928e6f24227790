package org.matterstandards.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.profile.Profile;

/**
 * Applies a profile's {@code reference.*} settings to the built-in reference data (配置引用的参考数据文件): the one
 * job behind {@link ReferenceData#forProfile(Profile)}.
 *
 * <p>A setting is read, like every setting, from the nearest profile of the chain that sets it, and its file names
 * are resolved against the folder of <em>that</em> profile's {@link Profile#source()}, so a district profile that
 * inherits {@code reference.divisions} from its province's file still finds the province's table. Every refusal is a
 * {@link ReferenceFileException} naming that profile, the setting and the file. Stateless; used once per validator.
 */
final class ProfileReferenceFiles {

    /** Prefix of the settings. */
    static final String PREFIX = "reference.";

    /** The largest reference file read: the national division table is about 4 MB, so 64 MB is ample. */
    static final long MAX_BYTES = 64L << 20;
    /** Division tables merged with the built-in one. */
    static final String DIVISIONS = PREFIX + "divisions";
    /** Calendar years combined with the built-in calendar. */
    static final String CALENDAR = PREFIX + "calendar";
    /** Code-table variants added to the built-in ones. */
    static final String CODE_TABLES = PREFIX + "codeTables";
    /** An element catalogue replacing the built-in one. */
    static final String ELEMENTS = PREFIX + "elements";

    private static final List<String> SETTINGS = List.of(DIVISIONS, CALENDAR, CODE_TABLES, ELEMENTS);

    private ProfileReferenceFiles() {
    }

    /**
     * The built-in data with the profile's files applied.
     *
     * @param profile the profile
     * @return the reference data
     * @throws ReferenceFileException naming the profile, setting and file of the first problem
     */
    static ReferenceData load(Profile profile) {
        for (String key : profile.settings(PREFIX).keySet()) {
            if (!SETTINGS.contains(key)) {
                throw problem(profile.origin(key).orElse(profile), key, "reference.unknownSetting", null,
                        "known", SETTINGS);
            }
        }
        ReferenceData.Builder data = ReferenceData.builder();
        List<ReferenceFile> divisions = files(profile, DIVISIONS, true);
        if (!divisions.isEmpty()) {
            data.divisions(divisions(divisions));
        }
        List<ReferenceFile> calendars = files(profile, CALENDAR, true);
        if (!calendars.isEmpty()) {
            data.calendar(calendar(calendars));
        }
        List<ReferenceFile> tables = files(profile, CODE_TABLES, true);
        if (!tables.isEmpty()) {
            data.codeTables(codeTables(tables));
        }
        List<ReferenceFile> elements = files(profile, ELEMENTS, false);
        if (!elements.isEmpty()) {
            data.elements(elements.get(0).read(ElementCatalog::load));
        }
        return data.build();
    }

    /** The built-in table merged with each file in turn, so that a clash names the file that brings it. */
    private static DivisionTable divisions(List<ReferenceFile> files) {
        DivisionTable merged = DivisionTable.builtIn();
        for (ReferenceFile file : files) {
            DivisionTable table = file.read(DivisionTable::load);
            try {
                merged = DivisionTable.merge(merged, table);
            } catch (IllegalArgumentException e) {
                throw file.refusal("reference.conflict", e);
            }
        }
        return merged;
    }

    /**
     * The built-in calendar combined with each year, earliest first: the files may be listed in any order, but each
     * must start the day after the calendar so far ends.
     */
    private static WorkingDayCalendar calendar(List<ReferenceFile> files) {
        record Year(ReferenceFile file, WorkingDayCalendar calendar) {
        }
        List<Year> years = new ArrayList<>();
        for (ReferenceFile file : files) {
            years.add(new Year(file, file.read(WorkingDayCalendar::load)));
        }
        years.sort(Comparator.comparing(year -> year.calendar().coverage().first()));
        WorkingDayCalendar combined = WorkingDayCalendar.builtIn();
        for (Year year : years) {
            try {
                combined = combined.with(year.calendar());
            } catch (MatterException e) {
                throw year.file().refusal("reference.conflict", e);
            }
        }
        return combined;
    }

    /**
     * The built-in tables plus each file's table. A file may replace a built-in table of the same name and variant
     * (a newer version), but it must be a table the rules read, and two files must not define the same one.
     */
    private static CodeTables codeTables(List<ReferenceFile> files) {
        CodeTables builtIn = CodeTables.builtIn();
        CodeTables tables = builtIn;
        Map<String, ReferenceFile> definedBy = new HashMap<>();
        for (ReferenceFile file : files) {
            CodeTable table = file.read(CodeTable::load);
            if (!builtIn.names().contains(table.name())) {
                throw file.refusal("reference.unknownTable", null, "table", table.name(),
                        "known", List.copyOf(builtIn.names()));
            }
            ReferenceFile other = definedBy.putIfAbsent(table.name() + "." + table.variant(), file);
            if (other != null) {
                throw file.refusal("reference.duplicateTable", null, "table", table.name(),
                        "variant", table.variant(), "other", other.path().toString());
            }
            tables = tables.with(table);
        }
        return tables;
    }

    /**
     * The files a setting names, resolved against the folder of the profile that sets it; none when no profile of
     * the chain sets it or its value is empty (how a child profile goes back to the built-in data).
     */
    private static List<ReferenceFile> files(Profile profile, String setting, boolean several) {
        Optional<Profile> origin = profile.origin(setting);
        if (origin.isEmpty()) {
            return List.of();
        }
        String value = origin.get().setting(setting).orElse("");
        if (value.isBlank()) {
            return List.of();
        }
        String[] entries = value.split(",", -1);
        if (!several && entries.length > 1) {
            throw problem(origin.get(), setting, "reference.oneFile", null, "value", value);
        }
        Path folder = folderOf(origin.get());
        List<ReferenceFile> files = new ArrayList<>();
        for (String entry : entries) {
            String name = entry.strip();
            if (name.isEmpty()) {
                throw problem(origin.get(), setting, "reference.emptyEntry", null, "value", value);
            }
            try {
                files.add(new ReferenceFile(origin.get(), setting, folder.resolve(name)));
            } catch (InvalidPathException e) {
                throw problem(origin.get(), setting, "reference.badPath", e, "file", name,
                        "detail", String.valueOf(e.getMessage()));
            }
        }
        return files;
    }

    /** The folder of the profile's file; the working directory for a source that names no folder. */
    private static Path folderOf(Profile profile) {
        try {
            Path parent = Path.of(profile.source()).getParent();
            return parent == null ? Path.of("") : parent;
        } catch (InvalidPathException e) {
            return Path.of("");
        }
    }

    private static ReferenceFileException problem(Profile origin, String setting, String key, Throwable cause,
                                                  Object... namesAndValues) {
        Map<String, Object> arguments = Args.of("profile", origin.name(), "source", origin.source(),
                "setting", setting);
        arguments.putAll(Args.of(namesAndValues));
        return new ReferenceFileException(key, arguments, cause);
    }

    /**
     * One file a setting names.
     *
     * @param origin  the profile whose own file sets the setting
     * @param setting the setting
     * @param path    the file, resolved
     */
    private record ReferenceFile(Profile origin, String setting, Path path) {

        /** Reads the file with one of the loaders, turning each way of failing into a message about this file. */
        <T> T read(BiFunction<InputStream, String, T> loader) {
            checkSafe();
            try (InputStream in = Files.newInputStream(path)) {
                return loader.apply(in, path.toString());
            } catch (NoSuchFileException e) {
                throw refusal("reference.fileMissing", e);
            } catch (IOException | UncheckedIOException e) {
                throw refusal("reference.unreadable", e);
            } catch (MatterException | IllegalArgumentException e) {
                // The loader's own refusal names the line; the detail carries it.
                throw refusal("reference.refused", e);
            }
        }

        /**
         * Refuses, before anything is read, a file that is not an ordinary file inside the profile's folder: a path
         * that leads out of it (also through a symbolic link), a folder, a pipe or device (a FIFO would block,
         * /dev/zero never ends) or a file too large to be reference data. Nothing of a refused file is ever read, so
         * none of its content can appear in a message.
         */
        private void checkSafe() {
            Path real;
            Path folder;
            try {
                real = path.toRealPath();
                folder = folderOf(origin).toAbsolutePath().toRealPath();
            } catch (NoSuchFileException e) {
                throw refusal("reference.fileMissing", e);
            } catch (IOException e) {
                throw refusal("reference.unreadable", e);
            }
            if (!real.startsWith(folder)) {
                throw refusal("reference.outsideFolder", null, "folder", folder.toString());
            }
            if (Files.isDirectory(real)) {
                throw refusal("reference.notAFile", null);
            }
            if (!Files.isRegularFile(real)) {
                throw refusal("reference.notRegularFile", null);
            }
            try {
                if (Files.size(real) > MAX_BYTES) {
                    throw refusal("reference.tooLarge", null, "max", MAX_BYTES);
                }
            } catch (IOException e) {
                throw refusal("reference.unreadable", e);
            }
        }

        /** A problem with this file; the detail is the cause's message when there is a cause. */
        ReferenceFileException refusal(String key, Throwable cause, Object... namesAndValues) {
            List<Object> arguments = new ArrayList<>(List.of("file", path.toString()));
            if (cause != null) {
                arguments.addAll(List.of("detail", String.valueOf(cause.getMessage())));
            }
            arguments.addAll(List.of(namesAndValues));
            return problem(origin, setting, key, cause, arguments.toArray());
        }
    }
}
