package org.matterstandards.sdk.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import org.matterstandards.sdk.input.internal.TextDecoding;

/**
 * The formats records can be read from (输入格式). {@link #detect} tells them apart by extension and content, so that
 * a user rarely has to name one.
 */
public enum InputFormat {
    /** Canonical JSON: one object, an array of objects, or NDJSON recognised from its first line. */
    JSON("json"),
    /** Canonical NDJSON (JSON Lines): one object per line. */
    NDJSON("ndjson"),
    /** National exchange rows: objects (array or NDJSON) with UPPER_SNAKE keys and exchange-style values. */
    EXCHANGE("exchange"),
    /** A CSV list with a header row of exchange names or Chinese labels. */
    CSV("csv"),
    /** An Excel workbook (.xlsx) with sheets for items and their child tables. */
    XLSX("xlsx"),
    /** The Guangdong portal's exported items (广东政务服务网): objects with an {@code AUDIT_ITEM} block. */
    GDZWFW("gdzwfw");

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z][A-Z0-9]+");
    private static final int SNIFF_BYTES = 1 << 16;

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    /** @return the id used on the command line, e.g. {@code xlsx} */
    public String id() {
        return id;
    }

    /**
     * The format with an id.
     *
     * @param id {@code json}, {@code ndjson}, {@code exchange}, {@code csv} or {@code xlsx} (any case)
     * @return the format, or empty when none has that id
     */
    public static Optional<InputFormat> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }

    /**
     * Detects the format of a file: a ZIP or OLE2 container is a workbook; text that starts with <code>&#123;</code> or
     * {@code [} is JSON: the Guangdong portal format when the first key is an {@code AUDIT_} block, exchange rows when it
     * is UPPER_SNAKE, NDJSON when the name ends with
     * {@code .ndjson} or {@code .jsonl}; other text is CSV.
     *
     * @param file the file
     * @return the format
     * @throws IOException when the file cannot be read
     */
    public static InputFormat detect(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return detect(name, head);
    }

    /**
     * Detects the format from a file name and the first bytes of the file, as {@link #detect(Path)} does: for engines
     * that read files themselves (the Spark module).
     *
     * @param fileName the file name (only its ending counts)
     * @param start    the first bytes of the file; up to 64 KiB are looked at
     * @return the format
     */
    public static InputFormat detect(String fileName, byte[] start) {
        String name = fileName.toLowerCase(Locale.ROOT);
        byte[] head = start.length > SNIFF_BYTES ? Arrays.copyOf(start, SNIFF_BYTES) : start;
        if (TextDecoding.startsWith(head, 0x50, 0x4B, 0x03, 0x04)
                || TextDecoding.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)
                || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XLSX;
        }
        boolean lines = name.endsWith(".ndjson") || name.endsWith(".jsonl");
        int first = firstSignificant(head);
        if (first == '{' || first == '[') {
            String key = firstKey(head);
            if (key != null && key.startsWith("AUDIT_")) { // the Guangdong portal's blocks: AUDIT_ITEM, AUDIT_MATERIAL …
                return GDZWFW;
            }
            if (key != null && UPPER_SNAKE.matcher(key).matches()) {
                return EXCHANGE;
            }
            return lines ? NDJSON : JSON;
        }
        if (name.endsWith(".json") || lines) {
            // Named JSON but not JSON inside: let the JSON reader say what is wrong with it.
            return lines ? NDJSON : JSON;
        }
        return CSV;
    }

    private static int firstSignificant(byte[] head) {
        int start = TextDecoding.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i];
            }
        }
        return -1;
    }

    private static String firstKey(byte[] head) {
        int start = TextDecoding.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try (JsonParser parser = JsonMapper.shared().createParser(head, start, head.length - start)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    return parser.currentName();
                }
            }
        } catch (JacksonException e) {
            // A truncated or broken head: whatever the first key was, the JSON reader reports the damage.
        }
        return null;
    }
}
