package org.matterstandards.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates any number of Shantou-like implementation items as NDJSON (实施清单示例数据生成器), for load tests and for
 * the size of the HTML report on large runs. Items of the city (行使层级 3) and of its seven districts and counties
 * (4) are drawn from the curated names of {@link PowerNames}; their elements agree with each other the way a
 * reviewer expects (全程网办 ⇒ no visit and an online address, 即办件 ⇒ promised 0 days …). A chosen share of records
 * carries one deliberate mistake each, of the kinds in {@code examples/data/README.md}: a wrong check character in
 * the task code (CD-0104), a missing 受理条件 (SC-0101), a promised time limit written as text (SC-0102), or an element
 * the standard does not define (SC-0103). The same seed gives the same file.
 *
 * <p>With {@code long} records ({@link #write(long, double, long, boolean, Writer)}) each item also carries what a
 * real guide holds, about 11–12 KB: several paragraphs of 受理条件 and 设定依据, two to four legal bases with their
 * clauses, five to ten materials with their filling notes, FAQs and handling steps; the benchmarks measure both sizes.
 *
 * <pre>
 * java -cp "$(ls cli/target/matter-standards-cli-*-cli.jar)":examples/target/classes \
 *     org.matterstandards.examples.ImplementationItemGenerator 100000 target/items-100k.ndjson 0.08 [SEED [long]]
 * </pre>
 */
public final class ImplementationItemGenerator {

    /** The default seed. */
    public static final long SEED = 20211129L;

    /** The city and its districts and counties: division code → name. */
    private static final Map<String, String> REGIONS = regions();

    private static final Map<String, String> TASK_TYPES = Map.of(
            "许可", "01", "给付", "05", "奖励", "08", "确认", "07", "裁决", "09", "其他", "20");

    private static final String[] MISTAKES = {"CD-0104", "SC-0101", "SC-0102", "SC-0103"};

    private final Random random;
    private final double errorRate;
    private final boolean longRecords;
    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final List<Slot> slots = new ArrayList<>();

    /** One item of one body, with the credit code of that body. */
    private record Slot(String region, String department, String uscc, int departmentIndex, int itemIndex,
                        PowerNames.Item item) {
    }

    private ImplementationItemGenerator(long seed, double errorRate, boolean longRecords) {
        this.random = new Random(seed);
        this.errorRate = errorRate;
        this.longRecords = longRecords;
        List<PowerNames.Department> departments = PowerNames.load();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, String> region : REGIONS.entrySet()) {
            for (int d = 0; d < departments.size(); d++) {
                PowerNames.Department department = departments.get(d);
                String name = region.getKey().equals(PowerListGenerator.SHANTOU) ? department.name()
                        : "汕头市" + region.getValue() + department.name().substring("汕头市".length());
                String uscc = ExampleCodes.organUscc(region.getKey(), random, used);
                for (int i = 0; i < department.items().size(); i++) {
                    PowerNames.Item item = department.items().get(i);
                    if (TASK_TYPES.containsKey(item.category())) {
                        slots.add(new Slot(region.getKey(), name, uscc, d + 1, i + 1, item));
                    }
                }
            }
        }
        Collections.shuffle(slots, random);
    }

    private static Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put(PowerListGenerator.SHANTOU, "汕头市");
        regions.put("440507", "龙湖区");
        regions.put("440511", "金平区");
        regions.put("440512", "濠江区");
        regions.put("440513", "潮阳区");
        regions.put("440514", "潮南区");
        regions.put("440515", "澄海区");
        regions.put("440523", "南澳县");
        return Collections.unmodifiableMap(regions);
    }

    /**
     * Writes items as NDJSON: COUNT FILE [ERROR_RATE [SEED [long]]].
     *
     * @param args the count, the output file, the share of records with a mistake (default 0.05), the seed and
     *             {@code long} for realistic long records
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ImplementationItemGenerator COUNT FILE [ERROR_RATE [SEED [long]]]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        double errorRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : SEED;
        boolean longRecords = args.length > 4 && args[4].equals("long");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(count, errorRate, seed, longRecords, out);
        }
        System.out.println("written " + count + " items to " + file);
    }

    /**
     * Writes items as NDJSON, one record per line.
     *
     * @param count     how many
     * @param errorRate the share of records with one deliberate mistake, 0 … 1
     * @param seed      the random seed
     * @param out       where to write; not closed
     */
    public static void write(long count, double errorRate, long seed, Writer out) {
        write(count, errorRate, seed, false, out);
    }

    /**
     * Writes items as NDJSON, one record per line, of the generator's size (about 2 KB) or realistic long ones.
     *
     * @param count       how many
     * @param errorRate   the share of records with one deliberate mistake, 0 … 1
     * @param seed        the random seed
     * @param longRecords {@code true} for realistic long records (about 11–12 KB each)
     * @param out         where to write; not closed
     */
    public static void write(long count, double errorRate, long seed, boolean longRecords, Writer out) {
        ImplementationItemGenerator generator = new ImplementationItemGenerator(seed, errorRate, longRecords);
        try {
            for (long i = 0; i < count; i++) {
                out.write(generator.mapper.writeValueAsString(generator.item(i)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode item(long number) {
        // Every (body, item) pair once, then again with the next handling-item number: ids never repeat.
        Slot slot = slots.get((int) (number % slots.size()));
        long handle = number / slots.size() + 1;
        if (handle > 99) {
            throw new IllegalArgumentException("at most " + 99L * slots.size() + " distinct items");
        }
        boolean city = slot.region().equals(PowerListGenerator.SHANTOU);
        String level = city ? "3" : "4";
        String catalogCode = "44" + TASK_TYPES.get(slot.item().category())
                + String.format(Locale.ROOT, "%02d%03d", slot.departmentIndex(), slot.itemIndex()) + "000";
        String taskCode = slot.uscc() + level + catalogCode;
        int depth = pick(new int[] {4, 3, 2, 1}, new double[] {0.76, 0.12, 0.08, 0.04});
        boolean online = depth >= 3 || (depth == 2 && random.nextBoolean());
        int visits = switch (depth) {
            case 4 -> 0;
            case 3 -> random.nextInt(2);
            default -> random.nextDouble() < 0.9 ? 1 : 2;
        };
        int statutory = new int[] {5, 10, 15, 20, 30, 45, 60}[random.nextInt(7)];
        boolean immediate = random.nextDouble() < 0.15;
        int promised = immediate ? 0 : Math.max(1, (int) Math.round(statutory * (0.2 + random.nextDouble() * 0.6)));
        boolean express = visits == 0 && !online || random.nextDouble() < 0.5;
        boolean entryCenter = random.nextDouble() < 0.85;
        String center = city ? "汕头市政务服务中心" : REGIONS.get(slot.region()) + "政务服务中心";
        String phone = String.format(Locale.ROOT, "0754-8%07d", random.nextInt(10_000_000));

        ObjectNode node = mapper.createObjectNode();
        node.put("taskName", slot.item().name());
        node.put("catalogCode", catalogCode);
        node.put("taskType", TASK_TYPES.get(slot.item().category()));
        node.put("byLaw", "设定该事项的法律、法规和规章（示例数据）");
        node.put("powerSource", "1");
        node.putArray("useLevel").add(level);
        node.put("taskCode", taskCode);
        node.put("taskHandleItem", taskCode + String.format(Locale.ROOT, "%02d", handle));
        node.put("taskState", "1");
        node.put("taskVersion", 1);
        node.put("deptName", slot.department());
        node.put("deptCode", slot.uscc());
        node.put("deptType", "1");
        node.put("areaCode", slot.region());
        node.put("anticipateDay", statutory);
        node.put("anticipateType", "1");
        node.put("promiseDay", promised);
        node.put("promiseType", "1");
        node.put("acceptCondition", "申请人符合法律、法规规定的条件，申请材料齐全、符合法定形式。");
        node.put("handleFlow", "申请→受理→审查→决定→送达");
        node.put("isFee", false);
        ArrayNode servers = node.putArray("serverType");
        int server = random.nextInt(3);
        if (server != 1) {
            servers.add("1");
        }
        if (server != 0) {
            servers.add("2");
        }
        node.put("projectType", immediate ? "1" : "2");
        ArrayNode handleTypes = node.putArray("handleType").add("1");
        if (online) {
            handleTypes.add("2");
        }
        if (express) {
            handleTypes.add("3");
        }
        node.put("limitSceneNum", visits);
        if (visits > 0) {
            node.put("limitSceneExplain", "需到现场核验申请材料原件。");
        }
        node.put("linkWay", "咨询电话：" + phone);
        node.put("superviseWay", "投诉电话：0754-12345");
        node.put("consultPhone", phone);
        node.put("complainPhone", "0754-12345");
        node.put("transactAddr", center + "综合窗口");
        node.put("transactTime", "周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）");
        if (online) {
            String url = "https://www.gdzwfw.gov.cn/portal/guide/" + taskCode;
            node.put("linkAddr", url);
            node.put("onlineHandleUrl", url);
        }
        node.put("isEntryCenter", entryCenter);
        if (entryCenter) {
            node.put("centerName", center);
            node.put("isOneWindow", random.nextDouble() < 0.65);
        }
        node.put("isExpress", express);
        node.put("isOnline", online);
        node.put("isPayOnline", false);
        node.put("handleArea", handleArea(city));
        ArrayNode capabilities = node.putArray("onlineHandleDepth");
        for (String capability : switch (depth) {
            case 4 -> List.of("1", "2", "3", "4", "5", "6");
            case 3 -> List.of("1", "2", "3", "4", "6");
            case 2 -> List.of("1", "2", "3");
            default -> List.of("1");
        }) {
            capabilities.add(capability);
        }
        node.put("onlineHandleLevel", Integer.toString(depth));
        node.put("resultType", random.nextBoolean() ? "10" : "20");
        node.put("resultName", slot.item().name() + "决定书");
        node.put("isExistIntermediary", false);
        node.put("isIntelliApproval", depth == 4 && immediate && random.nextDouble() < 0.3);
        if (longRecords) {
            LongContent.fill(node, slot.item().name(), slot.department(), random);
        } else {
            materials(node.putArray("materials"));
        }
        if (random.nextDouble() < errorRate) {
            mistake(node, MISTAKES[random.nextInt(MISTAKES.length)]);
        }
        return node;
    }

    private String handleArea(boolean city) {
        double roll = random.nextDouble();
        if (roll < 0.03) {
            return "1";
        }
        if (roll < 0.11) {
            return "2";
        }
        return city || roll < 0.2 ? "3" : "4";
    }

    private void materials(ArrayNode materials) {
        String[][] all = {
            {"申请表", "2", "10"}, {"申请人身份证明", "1", "20"}, {"营业执照", "1", "20"}, {"相关证明材料", "3", "10"}};
        int count = 1 + random.nextInt(all.length);
        for (int i = 0; i < count; i++) {
            ObjectNode material = materials.addObject();
            material.put("materialName", all[i][0]);
            material.put("materialType", all[i][1]);
            material.put("materialFormat", "3");
            material.put("isNeed", "1");
            material.put("sourceType", all[i][2]);
            material.put("pageNum", 1);
            material.put("orderNum", i + 1);
        }
    }

    private static void mistake(ObjectNode node, String code) {
        switch (code) {
            case "CD-0104" -> {
                // Break the credit code's check character inside the task code only.
                String taskCode = node.get("taskCode").asString();
                char check = taskCode.charAt(17);
                node.put("taskCode", taskCode.substring(0, 17) + (check == 'A' ? 'B' : 'A') + taskCode.substring(18));
                node.put("taskHandleItem", node.get("taskCode").asString()
                        + node.get("taskHandleItem").asString().substring(31));
            }
            case "SC-0101" -> node.remove("acceptCondition");
            case "SC-0102" -> node.put("promiseDay", node.get("promiseDay").asInt() + "天");
            default -> node.put("remarks", "内部备注");
        }
    }

    private int pick(int[] values, double[] weights) {
        double roll = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
