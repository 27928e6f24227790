package org.matterstandards.sdk.io.tabular;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.ModelTable;

/**
 * Names of the sheets of a workbook and of companion CSV files (工作表名称), and the element that links a child row to
 * its item. The names are data identifiers, the same in every locale.
 */
final class SheetNames {

    /** The sheet with the items (one row per item). */
    static final String ITEMS = "事项";
    /** The sheet with instructions, written by the template and ignored when reading. */
    static final String NOTES = "填写说明";

    private static final Map<String, String> CHILD_SHEETS = Map.of(
            "materials", "申请材料",
            "feeItems", "收费项目",
            "questions", "常见问题",
            "processSteps", "办理环节",
            "specialProcedures", "特别程序",
            "legalBases", "设定依据",
            "relatedTasks", "涉及审批事项");

    private SheetNames() {
    }

    /**
     * The sheet name of a child table.
     *
     * @param child the child table
     * @return e.g. 申请材料
     */
    static String of(ModelTable child) {
        return CHILD_SHEETS.getOrDefault(child.path(), child.path());
    }

    /**
     * The child table a sheet (or a companion file's middle name, {@code items.materials.csv}) holds.
     *
     * @param parent the items table
     * @param name   the sheet name
     * @param names  element names (a child table may also be named by its exchange name, e.g. MATERIAL)
     * @return the child table, or empty when the name is none of them
     */
    static Optional<ModelTable> child(ModelTable parent, String name, ElementNames names) {
        String wanted = name.strip();
        for (ModelTable child : parent.children()) {
            if (wanted.equals(of(child)) || wanted.equalsIgnoreCase(child.path())
                    || wanted.equalsIgnoreCase(names.exchangeName(parent, child.path()))) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * The element that links child rows to their item: the task code for implementation items, else the record's own
     * code.
     *
     * @param kind the record kind
     * @return the canonical name of the link element
     */
    static String linkKey(RecordKind kind) {
        return switch (kind) {
            case IMPLEMENTATION_ITEM, POWER_ITEM -> "taskCode";
            case CATALOG_ITEM -> "catalogCode";
            case INTERMEDIARY_SERVICE -> "serviceCode";
            case LIST_CHANGE -> "changeId";
        };
    }

    /**
     * A spreadsheet column name: 0 → A, 26 → AA.
     *
     * @param column 0-based column
     * @return the letters
     */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }
}
