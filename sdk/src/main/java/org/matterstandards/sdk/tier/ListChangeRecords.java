package org.matterstandards.sdk.tier;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.element.ChangeSet;
import org.matterstandards.core.element.Route;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change set as list-change records (清单调整备案记录, kind {@code list-change}): one record per item and route, so
 * that the submission can be tracked like any other list change and checked by {@code matter validate} (FL rules:
 * the steps' dates, filled in as they are done, against the deadline). The steps start empty: nothing is done when
 * the diff runs.
 */
public final class ListChangeRecords {

    /** 调整类型 变更: every routed change changes an existing claimed item. */
    private static final String CHANGE_TYPE_MODIFY = "2";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    // The caller owns the stream: the mapper must not close it. Dates are written as yyyy-MM-dd.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ListChangeRecords() {
    }

    /**
     * Writes the records of a change set as a JSON array, the input format of {@code matter validate}.
     *
     * @param result  the tier check's result
     * @param routing the decision date and the authorities
     * @param out     where to write (UTF-8); not closed
     */
    public static void write(TierDiffResult result, ChangeRouting routing, OutputStream out) {
        MAPPER.writeValue(out, of(result, routing));
    }

    /**
     * The records of a change set.
     *
     * @param result  the tier check's result (its local records give department and region)
     * @param routing the decision date and the authorities
     * @return one record per item and route, in change-set order, 审核 before 备案
     */
    public static List<ListChange> of(TierDiffResult result, ChangeRouting routing) {
        List<ListChange> records = new ArrayList<>();
        for (ChangeSet.Item item : result.changeSet().items()) {
            ImplementationItem local = (ImplementationItem) result.local().get(Math.toIntExact(item.local().index())).record();
            Map<Route, List<ChangeSet.Change>> byRoute = new LinkedHashMap<>();
            for (Route route : Route.values()) {
                List<ChangeSet.Change> changes = item.changes().stream().filter(c -> c.route() == route).toList();
                if (!changes.isEmpty()) {
                    byRoute.put(route, changes);
                }
            }
            byRoute.forEach((route, changes) -> records.add(record(item, local, route, changes, routing)));
        }
        return records;
    }

    private static ListChange record(ChangeSet.Item item, ImplementationItem local, Route route,
                                     List<ChangeSet.Change> changes, ChangeRouting routing) {
        String authority = routing.authority(item, changes.get(0))
                .map(tier -> tier.label(Messages.ZH_CN) + (route == Route.REVIEW ? "主管部门" : "政务服务数据管理部门"))
                .orElse(null);
        String id = String.format(Locale.ROOT, "BG-%s-%04d-%s", COMPACT.format(routing.decisionDate()),
                item.local().index() + 1, route.name());
        String subject = item.taskHandleItem() != null && !item.taskHandleItem().isBlank() ? item.taskHandleItem()
                : item.taskCode();
        List<String> keys = changes.stream().map(c -> c.change().element().key()).distinct().toList();
        String reference = route == Route.REVIEW ? item.reviewReference() : item.filingReference();
        String reason = Messages.of(Messages.ZH_CN).format("diff.listChangeReason", Args.of(
                "route", route.label(Messages.ZH_CN), "count", changes.size(),
                "reference", reference == null || reference.isBlank() ? "—" : reference.strip()));
        return new ListChange(id, CHANGE_TYPE_MODIFY, RecordKind.IMPLEMENTATION_ITEM.id(), subject, item.taskName(),
                local.deptName(), local.deptCode(), local.areaCode(), routing.decisionDate(), null, null, null,
                authority, keys, reason);
    }
}
