package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile cases that are generated at test time but small enough to run in this JVM: CSV lists, workbooks with
 * external entities, encrypted or in the old format, profile files pointing where they must not, and the text-length
 * limit. Each keeps the {@link CliCase} contract; none shows anything of /etc/passwd.
 */
class HostileGeneratedCasesTest {

    private static final Path SAMPLE_XLSX = RepositoryPaths.root().resolve("examples/data/shantou-sample.xlsx");
    private static final Path PASSWD = Path.of("/etc/passwd");

    @TempDir
    Path dir;

    private Path json(String name, String... records) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",\n", records) + "]", StandardCharsets.UTF_8);
    }

    /** The good record as a CSV list (UTF-8 with BOM) with its companion files. */
    private Path goodCsv(String name) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        CliCase converted = CliCase.run(name, null, "convert", "--to", "csv",
                json(name + ".json", HostileInputs.GOOD).toString(), "-o", csv.toString());
        assertThat(converted.exit()).as(converted.err()).isZero();
        return csv;
    }

    @Test
    void csvListsWithUnbalancedQuotesTenThousandColumnsMixedLineEndingsOrOnlyAHeader() throws IOException {
        Path good = goodCsv("good");
        List<String> lines = Files.readAllLines(good, StandardCharsets.UTF_8);
        String header = lines.get(0);
        String row = lines.get(1);

        Path unbalanced = Files.writeString(dir.resolve("unbalanced.csv"),
                header + "\r\n" + row + "\r\n\"个体工商户设立登记,440101001000\r\n" + row + "\r\n", StandardCharsets.UTF_8);
        CliCase.validate("unbalanced quotes", dir, unbalanced).keepsTheContract(2, 0, Map.of());

        StringBuilder wideHeader = new StringBuilder(header);
        StringBuilder wideRow = new StringBuilder(row);
        for (int i = 0; i < 10_000; i++) {
            wideHeader.append(",extra").append(i);
            wideRow.append(",v").append(i);
        }
        Path wide = Files.writeString(dir.resolve("wide.csv"), wideHeader + "\r\n" + wideRow + "\r\n",
                StandardCharsets.UTF_8);
        CliCase.validate("10,000 columns", dir, wide).keepsTheContract(1, 1, Map.of(0L, Set.of("SC-0004")));

        Path mixed = Files.writeString(dir.resolve("mixed.csv"), header + "\r\n" + row + "\n\n" + row + "\r" + row
                + "\r\n", StandardCharsets.UTF_8);
        CliCase.validate("mixed line endings", dir, mixed).keepsTheContract(0, 3, Map.of());

        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), header + "\r\n", StandardCharsets.UTF_8);
        CliCase.validate("header only", dir, headerOnly).keepsTheContract(2, 0, Map.of());
    }

    @Test
    void workbooksThatAreEncryptedOldTextOrCarryExternalEntitiesAreRefusedWithoutReadingOutside() throws Exception {
        Path text = Files.writeString(dir.resolve("text.xlsx"), HostileInputs.GOOD, StandardCharsets.UTF_8);
        CliCase.validate("a text file named .xlsx", dir, text).keepsTheContract(2, 0, Map.of());

        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("事项").createRow(0).createCell(0).setCellValue("事项名称");
            workbook.write(out);
        }
        CliCase.validate("old .xls", dir, xls).keepsTheContract(2, 0, Map.of());
        Path renamed = Files.copy(xls, dir.resolve("old-renamed.xlsx"));
        CliCase.validate("old .xls named .xlsx", dir, renamed).keepsTheContract(2, 0, Map.of());

        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(SAMPLE_XLSX, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        CliCase.validate("encrypted", dir, encrypted).keepsTheContract(2, 0, Map.of());

        String external = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        String laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
                + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>";
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml")) {
            for (Map.Entry<String, String> doctype : Map.of("xxe", external, "billion laughs", laughs).entrySet()) {
                String name = doctype.getKey() + " in " + part;
                String reference = doctype.getKey().equals("xxe") ? "&xxe;" : "&h;";
                Path hostile = HostileInputs.rewriteWorkbook(SAMPLE_XLSX, dir.resolve("entities.xlsx"), Map.of(part,
                        xml -> withDoctype(xml, doctype.getValue(), reference)), Deflater.DEFAULT_COMPRESSION);
                CliCase run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> CliCase.validate(name, dir, hostile));
                run.keepsTheContract(2, 0, Map.of()).showsNothingOf(PASSWD);
            }
        }
    }

    /** Puts a DOCTYPE after the XML declaration and the entity into the first text or attribute value. */
    private static String withDoctype(String xml, String doctype, String reference) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String body = xml.substring(declarationEnd);
        int text = body.indexOf("<t>");
        body = text >= 0 ? body.substring(0, text + 3) + reference + body.substring(text + 3)
                : body.replaceFirst("=\"", "=\"" + reference);
        return xml.substring(0, declarationEnd) + doctype + body;
    }

    private Path profile(Path folder, String name, String... settings) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + ".properties"), "name=" + name + "\nparent=shantou\n"
                + String.join("\n", settings) + "\n", StandardCharsets.UTF_8);
    }

    private CliCase withProfile(String name, Path profile) throws IOException {
        return CliCase.validate(name, dir, json("good-" + name.hashCode() + ".json", HostileInputs.GOOD), "--profile",
                profile.toString());
    }

    @Test
    void profileFilesCannotReadOutsideTheirFolderNorPipesDevicesOrFolders() throws Exception {
        Path folder = dir.resolve("profiles");
        for (String target : List.of("../../../../../../../../etc/passwd", "/etc/passwd", "/dev/zero")) {
            withProfile("reference " + target, profile(folder, "outside", "reference.divisions=" + target))
                    .keepsTheContract(2, 0, Map.of()).showsNothingOf(PASSWD);
        }
        Files.createDirectories(folder.resolve("tables"));
        withProfile("reference to a folder", profile(folder, "folder", "reference.codeTables=tables"))
                .keepsTheContract(2, 0, Map.of());
        Path link = folder.resolve("divisions.tsv");
        Files.createSymbolicLink(link, PASSWD);
        withProfile("reference to a link out", profile(folder, "link", "reference.divisions=divisions.tsv"))
                .keepsTheContract(2, 0, Map.of()).showsNothingOf(PASSWD);
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("fifo.tsv").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Path fifo = profile(folder, "fifo", "reference.divisions=fifo.tsv");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> withProfile("reference to a FIFO", fifo))
                .keepsTheContract(2, 0, Map.of());
    }

    @Test
    void profileFilesWithParentLoopsOrBytesThatAreNotUtf8() throws IOException {
        Path folder = dir.resolve("parents");
        // A profile names its parent among the profiles already known, so a loop cannot be written down: a file
        // calling itself guangdong with the parent shantou is a new profile above the built-in chain, and ends.
        withProfile("a profile named like its grandparent", profile(folder, "guangdong"))
                .keepsTheContract(0, 1, Map.of());
        Path self = Files.writeString(folder.resolve("self.properties"), "name=self\nparent=self\n");
        withProfile("a profile that is its own parent", self).keepsTheContract(2, 0, Map.of());
        Path notUtf8 = folder.resolve("gbk.properties");
        Files.write(notUtf8, "name=gbk\nparent=shantou\ntitle.zh=汕头\n".getBytes("GBK"));
        withProfile("a profile in GBK", notUtf8).keepsTheContract(2, 0, Map.of());
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoAndLeavesNoPartialFile() throws IOException {
        Path data = json("good.json", HostileInputs.GOOD);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliCase run = CliCase.run("report under a file", null, "validate", data.toString(), "--profile", "shantou",
                "--report-html", blocker.resolve("report.html").toString());
        run.keepsTheContract(2, 0, Map.of());
        Path folderAsReport = Files.createDirectories(dir.resolve("report-is-a-folder.json"));
        CliCase.run("report onto a folder", null, "validate", data.toString(), "--profile", "shantou",
                "--report-json", folderAsReport.toString()).keepsTheContract(2, 0, Map.of());
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains(".part"));
        }
    }

    @Test
    void aTextBeyondTheLibraryLimitIsOneFindingOnItsElementAndAProfileCanRaiseTheLimit() throws IOException {
        String longCondition = "\"" + "申请人具有经营能力。".repeat(3_000) + "\"";
        Path data = json("long-text.json", HostileInputs.GOOD, HostileInputs.goodWith("acceptCondition",
                longCondition), HostileInputs.GOOD);
        CliCase run = CliCase.validate("30,000-character 受理条件", dir, data)
                .keepsTheContract(1, 3, Map.of(1L, Set.of("SC-0004")));
        assertThat(run.report().get("records").get(1).get("findings")).singleElement().satisfies(finding -> {
            assertThat(finding.get("pointer").asString()).isEqualTo("/acceptCondition");
            assertThat(finding.get("message").asString()).isEqualTo(
                    "受理条件(acceptCondition) 的长度（字符数）为 30000，超过上限 20000，未校验");
        });
        Path raised = profile(dir.resolve("raised"), "raised", "limit.maxTextLength=50000");
        CliCase.validate("the same with limit.maxTextLength=50000", dir, data, "--profile", raised.toString())
                .keepsTheContract(0, 3, Map.of());
        Path broken = profile(dir.resolve("broken"), "broken", "limit.maxTextLength=lots");
        CliCase.validate("limit.maxTextLength=lots", dir, data, "--profile", broken.toString())
                .keepsTheContract(2, 0, Map.of());
    }
}
