package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.matterstandards.core.element.TierCheck;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.intermediary.FilingRules;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * An implementation list over time (清单历史): every item's versions with their validity dates, derived from list
 * snapshots and list changes by {@link HistoryReader}. It answers what the list looked like on a date, what changed
 * between two dates (with the tier rule each element change falls under) and which filings are overdue on a date.
 * Immutable.
 */
public final class ListHistory {

    private static final Set<String> DEADLINE_CODES = Set.of(FilingRules.OVERDUE, FilingRules.DUE_SOON);

    private final Map<String, ItemHistory> items;
    private final List<ListSnapshot> snapshots;
    private final List<ValidationResult> changes;
    private final List<Finding> findings;
    private final List<String> order;
    private final TierCheck tierCheck;
    private final Function<LocalDate, MatterValidator> validatorAsOf;

    ListHistory(Map<String, ItemHistory> items, List<ListSnapshot> snapshots, List<ValidationResult> changes,
                List<Finding> findings, TierCheck tierCheck, Function<LocalDate, MatterValidator> validatorAsOf) {
        this.items = Map.copyOf(items);
        this.order = List.copyOf(items.keySet());
        this.snapshots = List.copyOf(snapshots);
        this.changes = List.copyOf(changes);
        this.findings = List.copyOf(findings);
        this.tierCheck = tierCheck;
        this.validatorAsOf = validatorAsOf;
    }

    /** @return every item's history, in order of first appearance */
    public List<ItemHistory> items() {
        return order.stream().map(items::get).toList();
    }

    /**
     * @param key the item's 业务办理项编码 or 实施编码
     * @return its history
     */
    public Optional<ItemHistory> item(String key) {
        return Optional.ofNullable(items.get(key));
    }

    /** @return the snapshots, as given */
    public List<ListSnapshot> snapshots() {
        return snapshots;
    }

    /** @return the list-change records, as given */
    public List<ValidationResult> changes() {
        return changes;
    }

    /**
     * The problems found while building the history: refused state transitions ({@code FL-04xx}) and the findings of
     * records that could not take part because of structural errors.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @param threshold a severity
     * @return whether a finding is at least that severe
     */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().compareTo(threshold) <= 0);
    }

    /**
     * The list as of a date (某日清单): the version of each item in force on that date.
     *
     * @param date the date
     * @return the versions in force, in item order
     */
    public List<ItemVersion> asOf(LocalDate date) {
        return items().stream().flatMap(item -> item.inForceOn(date).stream()).toList();
    }

    /**
     * The drafts on a date (待生效): versions already listed whose planned effective date is still ahead.
     *
     * @param date the date
     * @return the draft versions
     */
    public List<ItemVersion> draftsOn(LocalDate date) {
        return items().stream().flatMap(item -> item.versions().stream()).filter(v -> v.draftOn(date)).toList();
    }

    /**
     * The changes between two dates (清单变化): items added and cancelled, and for every item in force on both dates
     * under different versions, the element changes judged by the profile's element catalogue.
     *
     * @param from the earlier date
     * @param to   the later date, not before {@code from}
     * @return the changes
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public HistoryChanges changesBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the later date " + to + " is before " + from);
        }
        List<ItemVersion> added = new ArrayList<>();
        List<ItemVersion> cancelled = new ArrayList<>();
        List<HistoryChanges.Adjustment> adjusted = new ArrayList<>();
        for (ItemHistory item : items()) {
            Optional<ItemVersion> before = item.inForceOn(from);
            Optional<ItemVersion> after = item.inForceOn(to);
            if (before.isEmpty() && after.isPresent()) {
                added.add(after.get());
            } else if (before.isPresent() && after.isEmpty()) {
                cancelled.add(before.get());
            } else if (before.isPresent() && !before.get().equals(after.get())) {
                adjusted.add(new HistoryChanges.Adjustment(before.get(), after.get(),
                        tierCheck.compare(before.get().item(), after.get().item())));
            }
        }
        return new HistoryChanges(from, to, added, cancelled, adjusted);
    }

    /**
     * The list changes whose adjustment or filing is overdue, or due within a working day, on a date (逾期备案),
     * as the FL filing-deadline rules judge them with the profile's deadline and the working-day calendar.
     *
     * @param date the as-of date
     * @return the overdue changes, in input order
     */
    public List<OverdueFiling> overdueOn(LocalDate date) {
        MatterValidator validator = validatorAsOf.apply(date);
        List<OverdueFiling> overdue = new ArrayList<>();
        for (ValidationResult change : changes) {
            if (change.record() == null || !change.skippedStages().isEmpty()) {
                continue;
            }
            List<Finding> deadline = validator.validate(change.record()).findings().stream()
                    .filter(finding -> DEADLINE_CODES.contains(finding.code()))
                    .map(finding -> finding.withLocation(change.location()))
                    .toList();
            if (!deadline.isEmpty()) {
                overdue.add(new OverdueFiling(change, deadline));
            }
        }
        return overdue;
    }
}
