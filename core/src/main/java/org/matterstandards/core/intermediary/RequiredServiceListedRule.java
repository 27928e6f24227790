package org.matterstandards.core.intermediary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * IM-0404: an implementation item may only require intermediary services that are on the intermediary list and in
 * use (清单之外不得作为受理条件). Compared with the intermediary services of the same run; without any in the run
 * there is no list to compare with, and the rule reports nothing. The finding is on the implementation item.
 */
final class RequiredServiceListedRule extends RunListRule {

    /** One intermediary code an implementation item requires. */
    private record Requirement(RecordRef ref, int index, String serviceCode, String taskName) {
    }

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0404", Severity.ERROR, Stage.LIST,
            "0.1.0", IntermediaryRules.LIST_SOURCE, RecordKind.IMPLEMENTATION_ITEM);

    RequiredServiceListedRule() {
        super(DESCRIPTOR);
    }

    @Override
    RunCheck newCheck(Profile profile, ReferenceData data) {
        CodeTable states = RetainedServiceRule.states(profile, data);
        return new RunCheck() {
            private final Set<String> retained = new HashSet<>();
            private final List<Requirement> requirements = new ArrayList<>();
            private boolean services;

            @Override
            public void accept(RecordRef ref, MatterRecord record) {
                if (record instanceof IntermediaryService service) {
                    services = true;
                    if (RetainedServiceRule.isRetained(service, states) && Texts.present(service.serviceCode())) {
                        retained.add(service.serviceCode().strip());
                    }
                } else if (record instanceof ImplementationItem item && item.intermediaryCodes() != null) {
                    List<String> codes = item.intermediaryCodes();
                    for (int i = 0; i < codes.size(); i++) {
                        if (Texts.present(codes.get(i))) {
                            requirements.add(new Requirement(ref, i, codes.get(i).strip(), item.taskName()));
                        }
                    }
                }
            }

            @Override
            List<PendingFinding> findings() {
                if (!services) {
                    return List.of(); // no intermediary list in this run to compare with
                }
                List<PendingFinding> findings = new ArrayList<>();
                for (Requirement requirement : requirements) {
                    if (!retained.contains(requirement.serviceCode())) {
                        findings.add(found(requirement.ref(),
                                JsonPointers.append("/intermediaryCodes", requirement.index()),
                                Args.of("label", "intermediaryCodes", "serviceCode", requirement.serviceCode(),
                                        "taskName", requirement.taskName())));
                    }
                }
                return findings;
            }
        };
    }
}
