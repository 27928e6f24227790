package org.matterstandards.sdk.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.FileConverter;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.io.InputRun;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.ModelTable;
import org.matterstandards.sdk.io.common.ValueType;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class XlsxRecordReaderTest {

    static final List<String> HEADER = Arrays.asList(CsvRecordReaderTest.HEADER.split(","));
    static final String[] ROW = CsvMapper.builder().build().readerFor(String[].class)
            .with(CsvSchema.emptySchema()).readValue(CsvRecordReaderTest.ROW);

    @TempDir
    Path dir;

    /** Writes the header in row {@code headerRow} and the standard row in each of {@code rows}. */
    private static XSSFSheet items(XSSFWorkbook workbook, String name, int headerRow, int... rows) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(headerRow);
        for (int i = 0; i < HEADER.size(); i++) {
            header.createCell(i).setCellValue(HEADER.get(i));
        }
        for (int number : rows) {
            Row row = sheet.createRow(number);
            for (int i = 0; i < ROW.length; i++) {
                row.createCell(i).setCellValue(ROW[i]);
            }
        }
        return sheet;
    }

    private static int column(String header) {
        return HEADER.indexOf(header);
    }

    private Path save(XSSFWorkbook workbook, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }

    @Test
    void readsCellsTheWayStaffSeeThem() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = items(workbook, "事项", 0, 1, 3);
        Row first = sheet.getRow(1);
        // A day count computed by a formula, with its cached result.
        Cell promise = first.getCell(column("PROMISE_DAY"));
        promise.setCellFormula("0+1");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(promise);
        // A code typed as a number, a version typed as text, a flag as an Excel boolean.
        first.getCell(column("AREA_CODE")).setCellValue(440507);
        first.getCell(column("TASK_VERSION")).setCellValue("1");
        first.getCell(column("IS_FEE")).setCellValue(false);
        // A date stored as an Excel serial number with a date format.
        sheet.getRow(0).createCell(HEADER.size()).setCellValue("PLAN_EFFECTIVE_DATE");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
        Cell date = first.createCell(HEADER.size());
        date.setCellValue(LocalDate.of(2026, 3, 1));
        date.setCellStyle(dateStyle);
        // Row 3 (index 2) is left empty; row 4 has an error value and a formula never calculated.
        Row fourth = sheet.getRow(3);
        fourth.getCell(column("HANDLE_FLOW")).setCellErrorValue(FormulaError.NA.getCode());
        fourth.removeCell(fourth.getCell(column("ANTICIPATE_DAY")));
        fourth.createCell(column("ANTICIPATE_DAY")).setCellFormula("A1*2");
        InputRun run = InputRun.of(save(workbook, "list.xlsx"));
        assertThat(run.format).isEqualTo(InputFormat.XLSX);
        assertThat(run.results).hasSize(2);
        assertThat(InputRun.adapterFindings(run.results.get(0))).isEmpty();
        assertThat(run.results.get(0).record()).isNotNull().satisfies(record -> {
            org.matterstandards.core.model.ImplementationItem item =
                    (org.matterstandards.core.model.ImplementationItem) record;
            assertThat(item.promiseDay()).isEqualTo(1);
            assertThat(item.areaCode()).isEqualTo("440507");
            assertThat(item.taskVersion()).isEqualTo(1);
            assertThat(item.isFee()).isFalse();
            assertThat(item.planEffectiveDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(item.handleType()).containsExactly("1", "2");
        });
        assertThat(run.findings()).containsExactly("2 SC-0202 /anticipateDay", "2 SC-0202 /handleFlow");
        List<Finding> cells = run.findings(InputRules.UNUSABLE_CELL);
        assertThat(cells.get(0).location()).isEqualTo(new SourceLocation(dir.resolve("list.xlsx").toString(),
                "事项", 4, column("ANTICIPATE_DAY") + 1, "ANTICIPATE_DAY"));
        assertThat(cells.get(0).message()).contains("=A1*2").contains("N4");
        assertThat(cells.get(1).message()).contains("#N/A");
        assertThat(run.results.get(1).location().line()).isEqualTo(4);
    }

    @Test
    void skipsTitleRowsAndReadsHeadersMergedOverTwoRows() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = items(workbook, "Sheet1", 2, 3);
        sheet.createRow(0).createCell(0).setCellValue("汕头市龙湖区实施清单");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
        // TASK_CODE is merged over rows 2 and 3: its text is in the upper cell only; a group label sits above
        // ANTICIPATE_DAY and ANTICIPATE_TYPE.
        Row group = sheet.createRow(1);
        group.createCell(column("TASK_CODE")).setCellValue("TASK_CODE");
        sheet.getRow(2).getCell(column("TASK_CODE")).setBlank();
        sheet.addMergedRegion(new CellRangeAddress(1, 2, column("TASK_CODE"), column("TASK_CODE")));
        group.createCell(column("ANTICIPATE_DAY")).setCellValue("办理时限");
        sheet.addMergedRegion(new CellRangeAddress(1, 1, column("ANTICIPATE_DAY"), column("ANTICIPATE_TYPE")));
        InputRun run = InputRun.of(save(workbook, "titled.xlsx"));
        assertThat(run.results).singleElement().satisfies(result -> {
            assertThat(InputRun.adapterFindings(result)).isEmpty();
            assertThat(result.recordId()).isEqualTo("11440507272211039T4440101001000");
            assertThat(result.location()).isEqualTo(new SourceLocation(dir.resolve("titled.xlsx").toString(),
                    "Sheet1", 4, 0, null));
        });
        assertThat(run.notices).isEmpty();
    }

    @Test
    void childSheetsJoinTheirItemsByTaskCode() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        items(workbook, "事项", 0, 1);
        XSSFSheet materials = workbook.createSheet("申请材料");
        String[][] rows = {{"实施编码", "MATERIAL_NAME", "IS_NEED", "ORDER_NUM"},
            {"11440507272211039T4440101001000", "申请书", "1", "1"},
            {"11440507272211039T4440101001000", "身份证明", "必要材料", "2"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = materials.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        workbook.createSheet("统计").createRow(0).createCell(0).setCellValue("x");
        InputRun run = InputRun.of(save(workbook, "children.xlsx"));
        assertThat(run.results).singleElement().satisfies(result -> {
            org.matterstandards.core.model.ImplementationItem item =
                    (org.matterstandards.core.model.ImplementationItem) result.record();
            assertThat(item.materials()).extracting(m -> m.materialName()).containsExactly("申请书", "身份证明");
        });
        assertThat(run.findings()).containsExactly("1 SC-0104 /materials/1/isNeed");
        assertThat(InputRun.adapterFindings(run.results.get(0)).get(0).location()).isEqualTo(new SourceLocation(
                dir.resolve("children.xlsx").toString(), "申请材料", 3, 3, "IS_NEED"));
        assertThat(run.noticeKeys()).containsExactly("io.notice.ignoredTable");
    }

    @Test
    void anEncryptedOldDamagedOrNonWorkbookFileStopsWithOneClearMessage() throws Exception {
        Path plain = save(itemsOnly(), "plain.xlsx");
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        Path legacy = dir.resolve("old.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(legacy)) {
            old.createSheet("事项");
            old.write(out);
        }
        byte[] zip = Files.readAllBytes(plain);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(zip, zip.length / 2));
        Path text = Files.writeString(dir.resolve("text.xlsx"), "TASK_CODE\nabc\n");
        assertThat(key(encrypted)).isEqualTo("io.input.encrypted");
        assertThat(key(legacy)).isEqualTo("io.input.legacyXls");
        assertThat(key(truncated)).isEqualTo("io.input.corruptWorkbook");
        assertThat(key(text)).isEqualTo("io.input.notWorkbook");
        assertThatThrownBy(() -> InputRun.of(encrypted)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.getLocalizedMessage(Messages.ZH_CN)).isEqualTo(encrypted
                        + " 是加密（有打开密码）的工作簿，无法读取；请在 Excel 中取消密码后另存为 .xlsx"));
    }

    @Test
    void poiZipBombLimitsStayOn() throws Exception {
        Path plain = save(itemsOnly(), "plain.xlsx");
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    // 20 MB of blanks compress about a thousandfold: far beyond POI's minimum inflate ratio.
                    xml = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000));
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThat(key(bomb)).isEqualTo("io.input.zipBomb");
    }

    private static XSSFWorkbook itemsOnly() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        items(workbook, "事项", 0, 1);
        return workbook;
    }

    private static String key(Path file) {
        try {
            InputRun.of(file);
        } catch (InputException e) {
            assertThat(e.getLocalizedMessage(Messages.EN)).doesNotContain("\n").doesNotContain("Exception");
            return e.messageKey();
        }
        throw new AssertionError("no InputException for " + file);
    }

    @Test
    void theSampleSurvivesWorkbookAndCsvRoundTripsUnchanged() throws Exception {
        FileConverter converter = new FileConverter(InputRun.VALIDATOR.mapper(), InputOptions.defaults(),
                Messages.ZH_CN, java.nio.charset.Charset.forName("GBK"));
        Path sample = org.matterstandards.sdk.TestData.SAMPLE;
        Path workbook = dir.resolve("sample.xlsx");
        Path csv = dir.resolve("sample.csv");
        Path back = dir.resolve("back.json");
        Path backCsv = dir.resolve("back-csv.json");
        assertThat(converter.convert(sample, null, InputFormat.XLSX, workbook).records()).isEqualTo(30);
        assertThat(converter.convert(workbook, null, InputFormat.JSON, back).kept()).isZero();
        assertThat(converter.convert(sample, null, InputFormat.CSV, csv).records()).isEqualTo(30);
        assertThat(converter.convert(csv, null, InputFormat.JSON, backCsv).records()).isEqualTo(30);
        var mapper = InputRun.VALIDATOR.mapper();
        assertThat(mapper.readTree(back.toFile())).isEqualTo(mapper.readTree(sample.toFile()));
        assertThat(mapper.readTree(backCsv.toFile())).isEqualTo(mapper.readTree(sample.toFile()));
    }

    @Test
    void theTemplateHasAColumnForEveryElementAndReadsBackAsNoRecords() throws Exception {
        Path template = dir.resolve("模板.xlsx");
        new XlsxRecordWriter(Files.newOutputStream(template),
                org.matterstandards.core.model.RecordKind.IMPLEMENTATION_ITEM, ElementNames.standard(),
                java.util.Map.of(), Messages.ZH_CN, notice -> { }).close();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("事项");
            assertThat(workbook.getSheet("申请材料").getRow(0).getCell(0).getStringCellValue()).isEqualTo("实施编码");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项名称");
            assertThat(workbook.getSheet("填写说明").getLastRowNum()).isGreaterThan(100);
            assertThat(workbook.getSheetAt(0).getRow(0).getLastCellNum())
                    .isEqualTo((short) ModelTable.of(org.matterstandards.core.model.RecordKind.IMPLEMENTATION_ITEM)
                            .elements().stream().filter(e -> e.type() != ValueType.CHILDREN).count());
        }
        assertThat(InputRun.of(template).results).isEmpty();
    }

    @SuppressWarnings("unused")
    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
