package org.matterstandards.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates {@code examples/data/shantou-power-list.json} (权责清单示例数据生成器): a Shantou-like municipal power list
 * whose on-application main items match the figures of the Shantou 2021 report (汕政数〔2021〕58号) exactly — 698 main
 * items: 行政许可 330, 行政征收 19, 行政给付 11, 行政奖励 19, 行政确认 57, 行政裁决 7, 其他类 255 — plus the sub-items of
 * the main items that have some.
 *
 * <p>Names and departments come from {@code shantou-power-names.txt}; where a category has more candidate names than
 * the report's count, a {@link Random} with the fixed {@link #SEED} picks which ones, so the output is the same on
 * every run and machine. The same seed draws the departments' made-up credit codes. Codes follow the Guangdong
 * conventions: 事项类型 Set B (01 许可, 04 征收, 05 给付, 07 确认, 08 奖励, 09 裁决, 20 其他行政权力), 基本编码
 * {@code 44 TT DDNNN SSS} with {@code 000} for a main item, {@code 00Y} for a main item with sub-items and
 * {@code 001…} for its sub-items, 实施编码 = credit code + level digit 3 + 基本编码. Regenerate with:
 *
 * <pre>
 * java -cp "$(ls cli/target/matter-standards-cli-*-cli.jar)":examples/target/classes \
 *     org.matterstandards.examples.PowerListGenerator examples/data/shantou-power-list.json
 * </pre>
 *
 * A test fails when the committed file differs from what this class generates.
 */
public final class PowerListGenerator {

    /** The seed: the date of the Shantou report. */
    public static final long SEED = 20211129L;

    /** Main items per category word, as the Shantou report counts them, in the report's order. */
    public static final Map<String, Integer> REPORT_COUNTS = orderedCounts();

    /** Shantou's division code: every item here is a municipal (市级) item. */
    static final String SHANTOU = "440500";

    private static final Map<String, String> TASK_TYPES = Map.of(
            "许可", "01", "征收", "04", "给付", "05", "奖励", "08", "确认", "07", "裁决", "09", "其他", "20");

    private static final Map<String, String> LEGAL_BASES = Map.of(
            "许可", "《中华人民共和国行政许可法》及设定该许可的法律、法规",
            "征收", "设定该征收项目的法律、法规和国家、省收费政策文件",
            "给付", "设定该给付的法律、法规和国家、省政策规定",
            "奖励", "设定该奖励的法律、法规和规章",
            "确认", "设定该确认事项的法律、法规和规章",
            "裁决", "设定该裁决事项的法律、法规",
            "其他", "设定该职权的法律、法规、规章和规范性文件");

    private static final String RESPONSIBILITY = "受理责任：公示材料和时限，一次性告知补正；审查责任：审查材料，必要时实地核查；"
            + "决定责任：依法作出决定；送达责任：依法送达并公开；事后监管责任：加强事中事后监管。";
    private static final String ACCOUNTABILITY = "不履行或不正确履行职责的，依照《行政机关公务员处分条例》等规定追究责任。";
    private static final String SUPERVISE_WAY = "汕头市政务服务便民热线 0754-12345；市纪委监委派驻纪检监察组监督";

    private PowerListGenerator() {
    }

    private static Map<String, Integer> orderedCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("许可", 330);
        counts.put("征收", 19);
        counts.put("给付", 11);
        counts.put("奖励", 19);
        counts.put("确认", 57);
        counts.put("裁决", 7);
        counts.put("其他", 255);
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Writes the power list.
     *
     * @param args the output file (default {@code examples/data/shantou-power-list.json})
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/shantou-power-list.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(generate(SEED));
        }
        System.out.println("written " + file);
    }

    /**
     * Generates the power list as JSON text: an array with one record per line, so that diffs stay readable.
     *
     * @param seed the random seed ({@link #SEED} for the committed file)
     * @return the JSON text, ending with a newline
     */
    public static String generate(long seed) {
        Random random = new Random(seed);
        List<PowerNames.Department> departments = PowerNames.load();
        Set<PowerNames.Item> chosen = choose(departments, random);
        ObjectMapper mapper = JsonMapper.builder().build();
        Set<String> usedCodes = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < departments.size(); d++) {
            PowerNames.Department department = departments.get(d);
            String uscc = ExampleCodes.organUscc(SHANTOU, random, usedCodes);
            for (String category : REPORT_COUNTS.keySet()) {
                int sequence = 0;
                for (PowerNames.Item item : department.items()) {
                    if (!item.category().equals(category) || !chosen.contains(item)) {
                        continue;
                    }
                    sequence++;
                    String main = "44" + TASK_TYPES.get(category)
                            + String.format(Locale.ROOT, "%02d%03d", d + 1, sequence);
                    String sub = item.subItems().isEmpty() ? "000" : "00Y";
                    lines.add(mapper.writeValueAsString(record(mapper, item.name(), main + sub, category,
                            department.name(), uscc)));
                    for (int s = 0; s < item.subItems().size(); s++) {
                        lines.add(mapper.writeValueAsString(record(mapper, item.subItems().get(s),
                                main + String.format(Locale.ROOT, "%03d", s + 1), category, department.name(), uscc)));
                    }
                }
            }
        }
        return "[\n" + String.join(",\n", lines) + "\n]\n";
    }

    /** Picks, per category, as many main items as the report counts; the seeded random decides among extras. */
    private static Set<PowerNames.Item> choose(List<PowerNames.Department> departments, Random random) {
        Set<PowerNames.Item> chosen = new HashSet<>();
        for (Map.Entry<String, Integer> count : REPORT_COUNTS.entrySet()) {
            List<PowerNames.Item> candidates = new ArrayList<>();
            for (PowerNames.Department department : departments) {
                for (PowerNames.Item item : department.items()) {
                    if (item.category().equals(count.getKey())) {
                        candidates.add(item);
                    }
                }
            }
            if (candidates.size() < count.getValue()) {
                throw new IllegalStateException("only " + candidates.size() + " names for " + count.getKey()
                        + ", the report counts " + count.getValue());
            }
            Collections.shuffle(candidates, random);
            chosen.addAll(candidates.subList(0, count.getValue()));
        }
        return chosen;
    }

    private static ObjectNode record(ObjectMapper mapper, String name, String catalogCode, String category,
                                     String department, String uscc) {
        ObjectNode node = mapper.createObjectNode();
        node.put("taskName", name);
        node.put("catalogCode", catalogCode);
        node.put("taskCode", uscc + "3" + catalogCode);
        node.put("taskType", TASK_TYPES.get(category));
        node.put("deptName", department);
        node.put("deptCode", uscc);
        node.put("areaCode", SHANTOU);
        node.put("byLaw", LEGAL_BASES.get(category));
        node.put("powerSource", "1");
        node.putArray("useLevel").add("3");
        node.put("taskState", "1");
        node.put("responsibility", RESPONSIBILITY);
        node.put("accountability", ACCOUNTABILITY);
        node.put("superviseWay", SUPERVISE_WAY);
        return node;
    }
}
