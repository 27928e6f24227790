package org.matterstandards.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;

/**
 * The structure of a task code (实施编码结构): its segments in order, as a profile states them in
 * {@value #SETTING}, e.g. {@code credit:18,level:1,catalog:12} (the default: Guangdong, Guangxi and the national
 * form, see {@link TaskCode}). The catalog code (基本编码) is as long as the {@code catalog} segment.
 *
 * <p>Segment kinds: {@code credit:18} the implementing body's 统一社会信用代码 (checked as such), {@code level:1} the
 * use-level digit 1–6, {@code catalog:N} the 基本编码 (N × {@code [0-9A-Z]}), {@code area:N} N digits (a division code
 * segment; its shape only), {@code fixed:TEXT} the literal TEXT. Each of credit, level and catalog appears exactly
 * once, because CD-0301 … CD-0303 compare them with the record.
 *
 * <p>The default structure checks codes with {@link TaskCode}, {@link CatalogCode} and {@link HandleItemCode}
 * themselves, so its verdicts are those of the built-in code classes. Immutable and thread-safe.
 */
public final class TaskCodeStructure {

    /** Profile setting that holds the structure. */
    public static final String SETTING = "codes.taskCode.structure";

    /** The structure of {@link TaskCode}: credit code 18 + level digit + catalog code 12. */
    public static final String DEFAULT_SPEC = "credit:18,level:1,catalog:12";

    /** The default structure (Guangdong / Guangxi / national). */
    public static final TaskCodeStructure DEFAULT = new TaskCodeStructure(DEFAULT_SPEC);

    /** Digits of the handle-item sequence after the task code (业务办理项顺序码). */
    private static final int HANDLE_ITEM_SUFFIX = HandleItemCode.LENGTH - TaskCode.LENGTH;

    /** Parsed once per distinct spec: rules look the structure up per record. */
    private static final Map<String, TaskCodeStructure> CACHE = new ConcurrentHashMap<>(Map.of(DEFAULT_SPEC, DEFAULT));

    /** Segment kinds (段类型). */
    private enum Kind { CREDIT, LEVEL, CATALOG, AREA, FIXED }

    /** One segment: kind, 0-based offset, length and (for FIXED) the literal. */
    private record Segment(Kind kind, int offset, int length, String literal, String spec) {
    }

    /**
     * The parts of a task code that the CD-03xx rules compare with the record (实施编码各部分).
     *
     * @param creditCode the implementing body's credit code segment
     * @param levelDigit the use-level digit, 1–6
     * @param catalogCode the catalog code segment
     */
    public record Parts(String creditCode, int levelDigit, String catalogCode) {
    }

    private final String spec;
    private final List<Segment> segments;
    private final int length;
    private final Segment credit;
    private final Segment level;
    private final Segment catalog;

    private TaskCodeStructure(String spec) {
        this.spec = spec;
        List<Segment> parsed = new ArrayList<>();
        int offset = 0;
        for (String part : spec.split(",", -1)) {
            Segment segment = segment(spec, part.strip(), offset);
            parsed.add(segment);
            offset += segment.length();
        }
        this.segments = List.copyOf(parsed);
        this.length = offset;
        this.credit = single(spec, Kind.CREDIT);
        this.level = single(spec, Kind.LEVEL);
        this.catalog = single(spec, Kind.CATALOG);
    }

    /**
     * The structure a profile setting describes; {@code null} or blank is the default.
     *
     * @param spec the value of {@value #SETTING}, may be null
     * @return the structure
     * @throws MatterException ({@code codes.badTaskCodeStructure}) if the text is not a valid structure
     */
    public static TaskCodeStructure of(String spec) {
        if (spec == null || spec.isBlank()) {
            return DEFAULT;
        }
        return CACHE.computeIfAbsent(spec.strip(), TaskCodeStructure::new);
    }

    private static Segment segment(String spec, String part, int offset) {
        int colon = part.indexOf(':');
        String name = colon < 0 ? part : part.substring(0, colon);
        String argument = colon < 0 ? "" : part.substring(colon + 1);
        return switch (name) {
            case "credit" -> new Segment(Kind.CREDIT, offset, exact(spec, argument, UnifiedSocialCreditCode.LENGTH),
                    null, part);
            case "level" -> new Segment(Kind.LEVEL, offset, exact(spec, argument, 1), null, part);
            case "catalog" -> new Segment(Kind.CATALOG, offset, count(spec, argument), null, part);
            case "area" -> new Segment(Kind.AREA, offset, count(spec, argument), null, part);
            case "fixed" -> {
                if (argument.isEmpty() || CodeText.firstRejected(argument, 0, argument.length(),
                        Alphabet.DIGIT_OR_UPPER) != 0) {
                    throw bad(spec);
                }
                yield new Segment(Kind.FIXED, offset, argument.length(), argument, part);
            }
            default -> throw bad(spec);
        };
    }

    private static int exact(String spec, String argument, int expected) {
        if (count(spec, argument) != expected) {
            throw bad(spec);
        }
        return expected;
    }

    private static int count(String spec, String argument) {
        if (argument.isEmpty() || argument.length() > 2
                || CodeText.firstRejected(argument, 0, argument.length(), Alphabet.DIGIT) != 0) {
            throw bad(spec);
        }
        int count = Integer.parseInt(argument);
        if (count == 0) {
            throw bad(spec);
        }
        return count;
    }

    private Segment single(String spec, Kind kind) {
        List<Segment> found = segments.stream().filter(segment -> segment.kind() == kind).toList();
        if (found.size() != 1) {
            throw bad(spec);
        }
        return found.get(0);
    }

    private static MatterException bad(String spec) {
        return new MatterException("codes.badTaskCodeStructure", Args.of("key", SETTING, "value", spec));
    }

    /** @return true for the default structure, whose codes the built-in code classes check */
    public boolean isDefault() {
        return this == DEFAULT;
    }

    /** @return the structure as written in the profile */
    public String spec() {
        return spec;
    }

    /** @return the length of a task code of this structure */
    public int length() {
        return length;
    }

    /** @return the length of a catalog code (基本编码) of this structure */
    public int catalogLength() {
        return catalog.length();
    }

    /**
     * Tells whether this structure decides the shape of codes of a kind: task codes, catalog codes and the handle
     * item codes that start with a task code.
     *
     * @param kind a code kind
     * @return true for {@link CodeKind#TASK_CODE}, {@link CodeKind#CATALOG_CODE}, {@link CodeKind#HANDLE_ITEM_CODE}
     */
    public static boolean governs(CodeKind kind) {
        return kind == CodeKind.TASK_CODE || kind == CodeKind.CATALOG_CODE || kind == CodeKind.HANDLE_ITEM_CODE;
    }

    /**
     * Checks a code of a kind under this structure; a kind the structure does not {@link #governs govern} is checked
     * by {@link CodeKind#check(String)}.
     *
     * @param kind the code kind
     * @param text the candidate, may be null
     * @return the outcome
     */
    public CodeCheck check(CodeKind kind, String text) {
        if (isDefault() || !governs(kind)) {
            return kind.check(text);
        }
        return switch (kind) {
            case TASK_CODE -> checkTaskCode(text);
            case CATALOG_CODE -> checkCatalogCode(text);
            default -> checkHandleItemCode(text);
        };
    }

    private CodeCheck checkTaskCode(String text) {
        CodeCheck shape = CodeText.checkLength(text, length);
        return shape.isOk() ? checkSegments(text) : shape;
    }

    private CodeCheck checkHandleItemCode(String text) {
        CodeCheck shape = CodeText.checkLength(text, length + HANDLE_ITEM_SUFFIX);
        if (!shape.isOk()) {
            return shape;
        }
        CodeCheck prefix = checkSegments(text);
        return prefix.isOk() ? CodeText.checkCharacters(text, length, text.length(), Alphabet.DIGIT,
                CodeProblem.BAD_SUFFIX) : prefix;
    }

    private CodeCheck checkCatalogCode(String text) {
        CodeCheck shape = CodeText.checkLength(text, catalog.length());
        return shape.isOk() ? CatalogCode.checkAt(text, 0, text.length()) : shape;
    }

    /** Checks each segment of a text that has at least {@link #length} characters. */
    private CodeCheck checkSegments(String text) {
        for (Segment segment : segments) {
            CodeCheck check = checkSegment(segment, text);
            if (!check.isOk()) {
                // The segment, not the inner problem, tells an official what to look at under a non-default form.
                int position = CodeText.nested(CodeProblem.BAD_SEGMENT, segment.offset(), check).position();
                return CodeCheck.fail(CodeProblem.BAD_SEGMENT, position, segment.spec());
            }
        }
        return CodeCheck.ok();
    }

    /**
     * Checks one segment in place, positions within the segment: as checking it cut out, since every segment has
     * its declared length (the code's length is checked first) and so passes a part's own length check.
     */
    private static CodeCheck checkSegment(Segment segment, String text) {
        int from = segment.offset();
        int to = from + segment.length();
        return switch (segment.kind()) {
            case CREDIT -> UnifiedSocialCreditCode.checkAt(text, from);
            case LEVEL -> text.charAt(from) >= '1' && text.charAt(from) <= '6' ? CodeCheck.ok()
                    : CodeCheck.fail(CodeProblem.BAD_LEVEL_DIGIT, 1, "1-6");
            case CATALOG -> CatalogCode.checkAt(text, from, segment.length());
            case AREA -> CodeText.checkPartCharacters(text, from, to, Alphabet.DIGIT, CodeProblem.BAD_CHARACTER);
            case FIXED -> text.regionMatches(from, segment.literal(), 0, segment.length()) ? CodeCheck.ok()
                    : CodeCheck.fail(CodeProblem.BAD_CHARACTER, 1, text.substring(from, to));
        };
    }

    /**
     * The parts of a task code of this structure.
     *
     * @param taskCode the task code, may be null
     * @return the parts, or empty when the code fails {@link #check(CodeKind, String)}
     */
    public Optional<Parts> parts(String taskCode) {
        return parts(taskCode, null, null);
    }

    /**
     * The parts of a task code of this structure, as {@link #parts(String)} gives them, with a segment that equals
     * the record's own code taken from it rather than cut out of the task code: the rules read the parts of every
     * record, and in almost every record the segments are these codes.
     *
     * @param taskCode    the task code, may be null
     * @param creditCode  the record's 实施主体编码 (the credit segment when they agree), may be null
     * @param catalogCode the record's 基本编码 (the catalog segment when they agree), may be null
     * @return the parts, equal to those of {@link #parts(String)}
     */
    public Optional<Parts> parts(String taskCode, String creditCode, String catalogCode) {
        if (!check(CodeKind.TASK_CODE, taskCode).isOk()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(slice(taskCode, credit, creditCode), taskCode.charAt(level.offset()) - '0',
                slice(taskCode, catalog, catalogCode)));
    }

    /** A segment of a text: {@code known} when it is that very segment, else cut out. */
    private static String slice(String text, Segment segment, String known) {
        if (known != null && known.length() == segment.length()
                && text.regionMatches(segment.offset(), known, 0, segment.length())) {
            return known;
        }
        return text.substring(segment.offset(), segment.offset() + segment.length());
    }

    @Override
    public String toString() {
        return spec;
    }
}
