package org.matterstandards.sdk.stats;

import java.util.Map;
import java.util.Optional;
import org.matterstandards.core.profile.Profile;

/**
 * Maps 事项类型 codes ({@code taskType}) to {@link PowerCategory power categories} under a profile (事项类型代码表).
 *
 * <p>Interim: the project's code tables ({@code org.matterstandards.core.codetable}, selected by the profile setting
 * {@code codeTable.taskType}) are being written in parallel. Until they are available this class carries the two
 * tables of domain-reference §1.6 itself and picks one from the profile chain: the Guangdong table (Set B) when the
 * chain contains {@code guangdong}, else the national table (Set A). {@link #forProfile(Profile)} is the only place
 * to switch to the shared code tables later; nothing else in the statistics reads task-type codes. Immutable and
 * thread-safe.
 */
public final class TaskTypeTable {

    /** Set A: the national exchange and 好差评 interfaces (10 = 其他行政权力, 20 = 公共服务). */
    private static final Map<String, PowerCategory> NATIONAL = Map.ofEntries(
            Map.entry("01", PowerCategory.LICENSING),
            Map.entry("02", PowerCategory.PUNISHMENT),
            Map.entry("03", PowerCategory.COERCION),
            Map.entry("04", PowerCategory.LEVY),
            Map.entry("05", PowerCategory.PAYMENT),
            Map.entry("06", PowerCategory.INSPECTION),
            Map.entry("07", PowerCategory.CONFIRMATION),
            Map.entry("08", PowerCategory.REWARD),
            Map.entry("09", PowerCategory.ADJUDICATION),
            Map.entry("10", PowerCategory.OTHER),
            Map.entry("20", PowerCategory.PUBLIC_SERVICE));

    /**
     * Set B: 广东政务服务网 portal data (20 = 其他行政权力, 21 = 公共服务). The portal sample shows only 01, 05, 07, 08,
     * 09, 20 and 21; 02 is seen as 处罚 in a provincial power-list code; 03, 04 and 06 are assumed to keep their
     * national meaning.
     */
    private static final Map<String, PowerCategory> GUANGDONG = Map.ofEntries(
            Map.entry("01", PowerCategory.LICENSING),
            Map.entry("02", PowerCategory.PUNISHMENT),
            Map.entry("03", PowerCategory.COERCION),
            Map.entry("04", PowerCategory.LEVY),
            Map.entry("05", PowerCategory.PAYMENT),
            Map.entry("06", PowerCategory.INSPECTION),
            Map.entry("07", PowerCategory.CONFIRMATION),
            Map.entry("08", PowerCategory.REWARD),
            Map.entry("09", PowerCategory.ADJUDICATION),
            Map.entry("20", PowerCategory.OTHER),
            Map.entry("21", PowerCategory.PUBLIC_SERVICE));

    private final String name;
    private final Map<String, PowerCategory> codes;

    private TaskTypeTable(String name, Map<String, PowerCategory> codes) {
        this.name = name;
        this.codes = codes;
    }

    /**
     * The table a profile selects.
     *
     * @param profile the profile
     * @return the Guangdong table for profiles below {@code guangdong}, else the national table
     */
    public static TaskTypeTable forProfile(Profile profile) {
        return profile.chain().contains("guangdong")
                ? new TaskTypeTable("guangdong", GUANGDONG)
                : new TaskTypeTable("national", NATIONAL);
    }

    /** @return the table's name: {@code national} or {@code guangdong} */
    public String name() {
        return name;
    }

    /**
     * The category of a task-type code.
     *
     * @param taskType the code, e.g. {@code 01}; may be {@code null}
     * @return the category, or empty when the code is missing or not in the table
     */
    public Optional<PowerCategory> category(String taskType) {
        return taskType == null ? Optional.empty() : Optional.ofNullable(codes.get(taskType.trim()));
    }
}
