package org.matterstandards.sdk.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.report.internal.Html;

/**
 * Writes the public service guides (办事指南) of implementation items into a folder: one self-contained,
 * print-friendly HTML page per item ({@code CODE.html}, named by the 业务办理项编码 or 实施编码) and
 * {@code index.html}, a table of all items with a search box that works offline. Chinese labels of coded values
 * come from the profile's code tables. Pages hold no remote resource and every data value is HTML-escaped.
 *
 * <pre>{@code
 * GuideWriter writer = new GuideWriter(profile, ReferenceData.forProfile(profile));
 * List<Path> pages = writer.write(items, Path.of("guides"), LocalDate.now());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GuideWriter {

    private static final String CSS = resource("guide.css");
    private static final String SCRIPT = resource("index.js");

    private final CodeLabels labels;
    private final GuidePage page;

    /**
     * @param profile the profile whose code tables name the coded values
     * @param data    the reference data holding the code tables
     */
    public GuideWriter(Profile profile, ReferenceData data) {
        this.labels = new CodeLabels(data.codeTables(), profile);
        this.page = new GuidePage(labels, CSS);
    }

    /**
     * Writes one page per item and the index.
     *
     * @param items     the items, in index order
     * @param folder    the output folder, created when missing
     * @param generated the date printed on the pages
     * @return the files written, index last
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> write(List<ImplementationItem> items, Path folder, LocalDate generated) {
        List<Path> written = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        try {
            Files.createDirectories(folder);
            for (ImplementationItem item : items) {
                String file = fileName(item, used);
                files.add(file);
                Path path = folder.resolve(file);
                try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    page.write(item, generated.toString(), new Html(out));
                }
                written.add(path);
            }
            Path index = folder.resolve("index.html");
            try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
                index(items, files, generated, new Html(out));
            }
            written.add(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** A safe, unique file name: the item's code (codes are [0-9A-Z]), anything else replaced. */
    static String fileName(ImplementationItem item, Set<String> used) {
        String id = Objects.requireNonNullElse(item.recordId(), "item");
        String base = id.replaceAll("[^0-9A-Za-z_-]", "_");
        if (base.isEmpty()) {
            base = "item";
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + ".html";
    }

    private void index(List<ImplementationItem> items, List<String> files, LocalDate generated, Html html) {
        html.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>办事指南目录</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n<main>\n")
                .raw("<header class=\"guide-head\"><p class=\"kicker\">办事指南</p><h1>办事指南目录</h1>")
                .raw("<p class=\"meta\">共 ").text(items.size()).raw(" 项，生成日期 ").text(generated).raw("</p></header>\n")
                .raw("<div class=\"search\"><input id=\"guide-search\" type=\"search\" placeholder=\"输入事项名称、实施主体或编码检索\" ")
                .raw("aria-label=\"检索办事指南\"><span id=\"guide-count\" data-template=\"显示 {shown} / {total} 项\"></span></div>\n")
                .raw("<table id=\"guide-table\"><thead><tr><th>事项名称</th><th>实施主体</th><th>事项类型</th>")
                .raw("<th>办件类型</th><th>承诺时限</th><th>实施编码</th></tr></thead><tbody>\n");
        for (int i = 0; i < items.size(); i++) {
            ImplementationItem item = items.get(i);
            String type = labels.label(CodeTables.TASK_TYPE, item.taskType());
            String project = labels.label(CodeTables.PROJECT_TYPE, item.projectType());
            String promise = item.promiseDay() == null ? "" : item.promiseDay() == 0 ? "即办"
                    : item.promiseDay() + " 个" + Objects.requireNonNullElse(
                            labels.label(CodeTables.TIME_UNIT, item.promiseType()), "日");
            String search = String.join(" ", nonNull(item.taskName()), nonNull(item.deptName()), nonNull(type),
                    nonNull(item.taskCode()), nonNull(item.taskHandleItem()), nonNull(item.catalogCode()))
                    .toLowerCase(Locale.ROOT);
            html.raw("<tr data-search=\"").text(search).raw("\"><td><a href=\"").text(files.get(i)).raw("\">")
                    .text(nonNull(item.taskName())).raw("</a></td><td>").text(nonNull(item.deptName())).raw("</td><td>")
                    .text(nonNull(type)).raw("</td><td>").text(nonNull(project)).raw("</td><td>").text(promise)
                    .raw("</td><td>").text(nonNull(item.recordId())).raw("</td></tr>\n");
        }
        html.raw("</tbody></table>\n<footer>本目录由 matter-standards 依据实施清单数据生成。</footer>\n</main>\n<script>\n")
                .raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String resource(String name) {
        try (InputStream in = GuideWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
