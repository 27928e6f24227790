package org.matterstandards.examples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the big and the generated cases of the hostile corpus at test time, never committed: each is written in one
 * pass, the gigabyte line as a sparse file (its middle is a hole the file system does not store).
 */
final class HostileInputs {

    /** Record 1 of the sample: correct under the shantou profile on 2026-11-29. */
    static final String GOOD;

    static {
        try {
            ArrayNode sample = (ArrayNode) JsonMapper.builder().build()
                    .readTree(RepositoryPaths.root().resolve("examples/data/shantou-sample.json").toFile());
            GOOD = sample.get(0).toString();
        } catch (RuntimeException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private HostileInputs() {
    }

    /** The good record with one element replaced by raw JSON text. */
    static String goodWith(String element, String rawValue) {
        ObjectNode record = (ObjectNode) JsonMapper.builder().build().readTree(GOOD);
        record.remove(element);
        String rest = record.toString();
        return "{\"" + element + "\":" + rawValue + "," + rest.substring(1);
    }

    /**
     * An NDJSON file: a good line, then one line of a gigabyte without a newline — {@code {"taskName":"}, a hole of
     * NUL characters, {@code "}}.
     */
    static Path gigabyteLine(Path file) throws IOException {
        byte[] head = (GOOD + "\n{\"taskName\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        long hole = 1L << 30;
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(head);
            out.seek(head.length + hole);
            out.write(tail);
        }
        return file;
    }

    /** A JSON array: good, the good record with one text {@code chars} times {@code fill}, good. */
    static Path longText(Path file, String element, int chars, char fill) throws IOException {
        ObjectNode rest = (ObjectNode) JsonMapper.builder().build().readTree(GOOD);
        rest.remove(element);
        try (Writer out = writer(file)) {
            out.write("[" + GOOD + ",\n{\"" + element + "\":\"");
            char[] block = new char[8192];
            java.util.Arrays.fill(block, fill);
            for (int left = chars; left > 0; left -= block.length) {
                out.write(block, 0, Math.min(left, block.length));
            }
            out.write("\"," + rest.toString().substring(1) + ",\n" + GOOD + "]");
        }
        return file;
    }

    /**
     * A copy of a workbook whose one part has {@code megabytes} of spaces before its end tag: a zip bomb, since
     * spaces compress more than a thousand times.
     */
    static Path zipBomb(Path source, Path target, String part, String endTag, int megabytes) throws IOException {
        return rewriteWorkbook(source, target, Map.of(part, UnaryOperator.identity()), Deflater.BEST_COMPRESSION,
                (name, xml, out) -> {
                    int at = xml.lastIndexOf(endTag);
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                });
    }

    /** Writes one rewritten part. */
    interface PartWriter {
        void write(String name, String content, OutputStream out) throws IOException;
    }

    /** NDJSON: good, the good record with {@code count} materials made of {@code material}, good. */
    static Path manyMaterials(Path file, int count, String material) throws IOException {
        try (Writer out = writer(file)) {
            out.write(GOOD + "\n");
            ObjectNode record = (ObjectNode) JsonMapper.builder().build().readTree(GOOD);
            record.remove("materials");
            out.write("{\"materials\":[");
            for (int i = 0; i < count; i++) {
                out.write(i == 0 ? material : "," + material);
            }
            out.write("]," + record.toString().substring(1) + "\n" + GOOD + "\n");
        }
        return file;
    }

    /** NDJSON: good, the good record with {@code count} more keys, good. */
    static Path manyKeys(Path file, int count) throws IOException {
        try (Writer out = writer(file)) {
            out.write(GOOD + "\n{");
            for (int i = 0; i < count; i++) {
                out.write("\"key" + i + "\":" + i + ",");
            }
            out.write(GOOD.substring(1) + "\n" + GOOD + "\n");
        }
        return file;
    }

    /**
     * A copy of a workbook with some parts rewritten.
     *
     * @param source   the workbook
     * @param target   the copy
     * @param rewrites part name → its new content from the old one
     * @param level    the deflate level of the rewritten parts
     * @return the copy
     */
    static Path rewriteWorkbook(Path source, Path target, Map<String, UnaryOperator<String>> rewrites, int level)
            throws IOException {
        return rewriteWorkbook(source, target, rewrites, level,
                (name, content, out) -> writeLarge(out, rewrites.get(name).apply(content)));
    }

    private static Path rewriteWorkbook(Path source, Path target, Map<String, UnaryOperator<String>> rewrites,
                                        int level, PartWriter writer) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                UnaryOperator<String> rewrite = rewrites.get(entry.getName());
                out.setLevel(rewrite == null ? Deflater.DEFAULT_COMPRESSION : level);
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (rewrite == null) {
                    out.write(content);
                } else {
                    writer.write(entry.getName(), new String(content, StandardCharsets.UTF_8), out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void writeLarge(OutputStream out, String text) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(text);
        writer.flush();
    }

    /** Inserts text before the end tag of a part. */
    static UnaryOperator<String> before(String endTag, String text) {
        return xml -> {
            int at = xml.lastIndexOf(endTag);
            return xml.substring(0, at) + text + xml.substring(at);
        };
    }

    /** {@code count} empty rows numbered from {@code first}. */
    static String emptyRows(int first, int count) {
        StringBuilder rows = new StringBuilder(count * 20);
        for (int r = first; r < first + count; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        return rows.toString();
    }

    /** A shared-strings part of {@code count} distinct strings. */
    static String sharedStrings(int count) {
        StringBuilder sst = new StringBuilder(count * 24 + 200);
        sst.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/")
                .append("spreadsheetml/2006/main\" count=\"").append(count).append("\" uniqueCount=\"")
                .append(count).append("\">");
        for (int i = 0; i < count; i++) {
            sst.append("<si><t>").append(Integer.toString(i * 7919, 36)).append("</t></si>");
        }
        return sst.append("</sst>").toString();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
