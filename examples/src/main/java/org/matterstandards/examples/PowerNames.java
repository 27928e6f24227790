package org.matterstandards.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curated department and item names the example generators draw from (示例名称表), read from
 * {@code shantou-power-names.txt} next to this class. See that file's header for its small syntax.
 */
final class PowerNames {

    /**
     * One power-list main item with its sub-items.
     *
     * @param category the category word of the file: 许可 征收 给付 奖励 确认 裁决 其他
     * @param name     the main item's name
     * @param subItems names of its sub-items, empty when it has none
     */
    record Item(String category, String name, List<String> subItems) {
    }

    /**
     * One department and its items, in file order.
     *
     * @param name  the department's name
     * @param items its items
     */
    record Department(String name, List<Item> items) {
    }

    private static final Pattern VARIANTS = Pattern.compile("(.*)\\{(.*)}");
    private static final Pattern SUB_ITEMS = Pattern.compile("(.*)\\[(.*)]");

    private PowerNames() {
    }

    /** @return the departments of the names file, in file order */
    static List<Department> load() {
        List<Department> departments = new ArrayList<>();
        try (InputStream in = PowerNames.class.getResourceAsStream("shantou-power-names.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String department = null;
            List<Item> items = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    if (department != null) {
                        departments.add(new Department(department, List.copyOf(items)));
                    }
                    department = line.substring(1);
                    items = new ArrayList<>();
                    continue;
                }
                int colon = line.indexOf(':');
                String category = line.substring(0, colon).strip();
                for (String entry : line.substring(colon + 1).strip().split("；")) {
                    items.addAll(expand(category, entry.strip()));
                }
            }
            if (department != null) {
                departments.add(new Department(department, List.copyOf(items)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(departments);
    }

    private static List<Item> expand(String category, String entry) {
        Matcher variants = VARIANTS.matcher(entry);
        if (variants.matches()) {
            List<Item> items = new ArrayList<>();
            for (String variant : variants.group(2).split("\\|")) {
                items.add(new Item(category, variants.group(1) + "（" + variant + "）", List.of()));
            }
            return items;
        }
        Matcher subItems = SUB_ITEMS.matcher(entry);
        if (subItems.matches()) {
            List<String> subs = new ArrayList<>();
            for (String sub : subItems.group(2).split("\\|")) {
                subs.add(subItems.group(1) + "（" + sub + "）");
            }
            return List.of(new Item(category, subItems.group(1), List.copyOf(subs)));
        }
        return List.of(new Item(category, entry, List.of()));
    }
}
