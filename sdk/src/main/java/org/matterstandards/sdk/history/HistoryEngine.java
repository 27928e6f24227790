package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.history.HistoryRules;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.sdk.ValidationResult;

/**
 * Replays snapshots and list changes in date order (清单历史推演) and derives each item's versions and its state
 * transitions; impossible transitions become {@link HistoryRules} findings. On one date, list changes are replayed
 * before the snapshot of that date, since a snapshot shows the list after the day's decisions.
 */
final class HistoryEngine {

    private static final String ADD = "1";
    private static final String MODIFY = "2";
    private static final String CANCEL = "3";

    private final FindingFactory findings;
    private final CodeTable taskStates;
    private final CodeTable changeTypes;
    private final Locale locale;
    private final Map<String, ItemTimeline> timelines = new LinkedHashMap<>();
    private final Map<String, String> keyOfTaskCode = new HashMap<>();
    private final List<Finding> found = new ArrayList<>();
    private LocalDate firstSnapshot;

    HistoryEngine(FindingFactory findings, CodeTable taskStates, CodeTable changeTypes) {
        this.findings = findings;
        this.taskStates = taskStates;
        this.changeTypes = changeTypes;
        this.locale = findings.messages().locale();
    }

    /** Replays everything and returns the frozen histories; {@link #findings()} then holds the transitions refused. */
    Map<String, ItemHistory> run(List<ListSnapshot> snapshots, List<ValidationResult> changes) {
        List<ListSnapshot> byDate = snapshots.stream().sorted(Comparator.comparing(ListSnapshot::date)).toList();
        List<ValidationResult> changesByDate = changes.stream()
                .filter(result -> result.record() instanceof ListChange change && change.decisionDate() != null)
                .sorted(Comparator.comparing(result -> ((ListChange) result.record()).decisionDate()))
                .toList();
        for (ListSnapshot snapshot : byDate) {
            for (ValidationResult result : snapshot.records()) {
                if (result.record() instanceof ImplementationItem item) {
                    keyOfTaskCode.putIfAbsent(item.taskCode(), item.recordId());
                }
            }
        }
        firstSnapshot = byDate.isEmpty() ? null : byDate.get(0).date();
        int next = 0;
        for (ListSnapshot snapshot : byDate) {
            while (next < changesByDate.size() && !decision(changesByDate.get(next)).isAfter(snapshot.date())) {
                change(changesByDate.get(next++));
            }
            snapshot(snapshot, !changes.isEmpty());
        }
        while (next < changesByDate.size()) {
            change(changesByDate.get(next++));
        }
        Map<String, ItemHistory> histories = new LinkedHashMap<>();
        for (ItemTimeline timeline : timelines.values()) {
            if (timeline.vanishedOn != null && !timeline.cancelRecorded && !changes.isEmpty()) {
                ItemVersion from = timeline.vanishedFrom;
                found.add(findings.create(HistoryRules.CANCELLED_WITHOUT_RECORD, "", from.index(), timeline.key,
                        Args.of("date", timeline.vanishedOn, "name", from.item().taskName(), "subject", timeline.key),
                        from.location()));
            }
            if (!timeline.versions.isEmpty()) {
                histories.put(timeline.key, timeline.freeze());
            }
        }
        return histories;
    }

    List<Finding> findings() {
        return List.copyOf(found);
    }

    private static LocalDate decision(ValidationResult result) {
        return ((ListChange) result.record()).decisionDate();
    }

    private ItemTimeline timeline(String key) {
        return timelines.computeIfAbsent(key, ItemTimeline::new);
    }

    private void snapshot(ListSnapshot snapshot, boolean changesGiven) {
        LocalDate date = snapshot.date();
        Set<String> listed = new HashSet<>();
        for (ValidationResult result : snapshot.records()) {
            if (result.record() instanceof ImplementationItem item && result.skippedStages().isEmpty()
                    && listed.add(item.recordId())) {
                listed(timeline(item.recordId()), item, date, result);
            }
        }
        for (ItemTimeline timeline : timelines.values()) {
            ItemState state = timeline.stateOn(date);
            if (!listed.contains(timeline.key) && (state == ItemState.IN_FORCE || state == ItemState.DRAFT)
                    && timeline.last() != null) {
                if (changesGiven && !timeline.cancelRecorded) {
                    timeline.vanishedOn = date;
                    timeline.vanishedFrom = timeline.last();
                }
                timeline.cancel(date);
            }
        }
    }

    private void listed(ItemTimeline timeline, ImplementationItem item, LocalDate date, ValidationResult result) {
        if (item.taskState() != null && taskStates.hasTag(item.taskState(), "cancelled")) {
            timeline.cancelRecorded = true;
            if (timeline.stateOn(date) != ItemState.CANCELLED && timeline.last() != null) {
                timeline.cancel(Objects.requireNonNullElse(item.planCancelDate(), date));
            }
            return;
        }
        ItemVersion last = timeline.last();
        if (timeline.cancelledOn != null) {
            ItemState shown = effectiveDate(item, last, date, timeline).isAfter(date)
                    ? ItemState.DRAFT : ItemState.IN_FORCE;
            refuse(HistoryRules.CANCELLED_RETURNS, "/taskState", result, Args.of("date", date,
                    "name", item.taskName(), "state", label(shown), "cancelledOn", timeline.cancelledOn));
            return;
        }
        if (last != null && last.item().equals(item)) {
            timeline.pendingStart = null;
            return;
        }
        LocalDate validFrom = effectiveDate(item, last, date, timeline);
        if (last != null) {
            int version = item.taskVersion() == null ? 0 : item.taskVersion();
            if (version == last.taskVersion() && last.inForceOn(date) && validFrom.isAfter(date)) {
                refuse(HistoryRules.BACK_TO_DRAFT, "/planEffectiveDate", result, Args.of("date", date,
                        "name", item.taskName(), "version", version, "effective", validFrom,
                        "validFrom", last.validFrom()));
                return;
            }
            if (version <= last.taskVersion()) {
                refuse(HistoryRules.VERSION_NOT_RAISED, "/taskVersion", result, Args.of("date", date,
                        "name", item.taskName(), "version", version, "previous", last.taskVersion()));
            }
        }
        timeline.add(item, validFrom, date, result);
    }

    /**
     * The effective date of a new version: its own planned date when that is later than the previous version's,
     * else the decision date of the 新增/变更 that led to it, else the snapshot date.
     */
    private static LocalDate effectiveDate(ImplementationItem item, ItemVersion last, LocalDate date,
                                           ItemTimeline timeline) {
        LocalDate planned = item.planEffectiveDate();
        if (planned != null && (last == null || planned.isAfter(last.validFrom()))) {
            return planned;
        }
        LocalDate start = Objects.requireNonNullElse(timeline.pendingStart, date);
        return last != null && !start.isAfter(last.validFrom()) ? date : start;
    }

    private void change(ValidationResult result) {
        ListChange change = (ListChange) result.record();
        LocalDate date = change.decisionDate();
        String key = keyOfTaskCode.getOrDefault(change.subjectCode(), change.subjectCode());
        ItemTimeline timeline = timeline(key);
        ItemState state = timeline.stateOn(date);
        boolean known = firstSnapshot != null && !date.isBefore(firstSnapshot);
        String type = change.changeType();
        if (ADD.equals(type)) {
            if (state == ItemState.IN_FORCE || state == ItemState.DRAFT) {
                refuse(HistoryRules.ADD_OF_LISTED_ITEM, "/changeType", result, changeArgs(change, key, state));
            } else if (state == ItemState.CANCELLED) {
                refuse(HistoryRules.CANCELLED_RETURNS, "/changeType", result, Args.of("date", date,
                        "name", Objects.requireNonNullElse(change.subjectName(), key),
                        "state", label(ItemState.IN_FORCE), "cancelledOn", timeline.cancelledOn));
            } else {
                timeline.pendingStart = date;
            }
        } else if (MODIFY.equals(type) || CANCEL.equals(type)) {
            boolean lateRecordOfAVanishedItem = CANCEL.equals(type) && timeline.vanishedOn != null;
            if (lateRecordOfAVanishedItem || (state == ItemState.ABSENT && !known)) {
                timeline.cancelRecorded |= CANCEL.equals(type);
            } else if (state == ItemState.ABSENT || state == ItemState.CANCELLED) {
                refuse(HistoryRules.CHANGE_OF_ABSENT_ITEM, "/subjectCode", result, changeArgs(change, key, state));
            } else if (CANCEL.equals(type)) {
                timeline.cancelRecorded = true;
                timeline.cancel(date);
            } else {
                timeline.pendingStart = date;
            }
        }
        // Other change types are FL-0201's business (matter validate); the history ignores them.
    }

    private Map<String, Object> changeArgs(ListChange change, String key, ItemState state) {
        String type = changeTypes.label(change.changeType(), locale).orElse(change.changeType());
        return Args.of("changeType", type, "changeId", change.changeId(), "decisionDate", change.decisionDate(),
                "subject", key, "state", label(state));
    }

    private String label(ItemState state) {
        return findings.messages().format("history.state." + state.name(), Map.of());
    }

    private void refuse(String code, String pointer, ValidationResult result, Map<String, ?> arguments) {
        found.add(findings.create(code, pointer, result.index(), result.recordId(), arguments, result.location()));
    }
}
