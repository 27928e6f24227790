package org.matterstandards.core.intermediary;

import java.util.function.Predicate;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;

/**
 * The keys the intermediary list rules (IM-0401 … IM-0404) compare records by (中介服务清单比对键): one place for the
 * rules here and for engines that run the same comparisons as joins over a distributed run (the Spark module), so
 * that both normalise codes and names the same way.
 */
public final class IntermediaryListKeys {

    private IntermediaryListKeys() {
    }

    /**
     * @param text an element's value, may be {@code null}
     * @return {@code true} when it holds something other than white space
     */
    public static boolean present(String text) {
        return Texts.present(text);
    }

    /**
     * IM-0401's key: the service code without surrounding space.
     *
     * @param service the service
     * @return the key, {@code null} when the service has no code
     */
    public static String serviceCode(IntermediaryService service) {
        return present(service.serviceCode()) ? service.serviceCode().strip() : null;
    }

    /**
     * IM-0402's key: name and approving department, spaces ignored (including the full-width ones that spreadsheets
     * leave inside Chinese names).
     *
     * @param service the service
     * @return the key, {@code null} when the name or the department is missing
     */
    public static String nameAndDepartment(IntermediaryService service) {
        if (!present(service.serviceName()) || !present(service.approvalDeptName())) {
            return null;
        }
        return compact(service.serviceName()) + '\u0000' + compact(service.approvalDeptName());
    }

    /**
     * Which services are on the list and in use (IM-0403 and IM-0404 only compare with those).
     *
     * @param profile the profile, which selects the 事项状态 table
     * @param data    the reference data
     * @return the test; the table is resolved once, here
     */
    public static Predicate<IntermediaryService> retained(Profile profile, ReferenceData data) {
        CodeTable states = RetainedServiceRule.states(profile, data);
        return service -> RetainedServiceRule.isRetained(service, states);
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
