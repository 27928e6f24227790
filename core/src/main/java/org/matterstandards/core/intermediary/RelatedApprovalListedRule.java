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
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.RelatedTask;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * IM-0403: the approval matters a retained intermediary service serves exist in the approval lists of the same run
 * (关联审批事项须存在). A task code is looked up among the implementation items, a catalog code among the
 * implementation and catalogue items. Without approval items in the run there is nothing to compare with, and the
 * rule reports nothing; a task code is only compared when implementation items are present.
 */
final class RelatedApprovalListedRule extends RunListRule {

    /** One coded link of a retained service to an approval matter. */
    private record Link(RecordRef ref, int index, String taskCode, String catalogCode, String serviceName) {
    }

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0403", Severity.ERROR, Stage.LIST,
            "0.1.0", IntermediaryRules.LIST_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

    RelatedApprovalListedRule() {
        super(DESCRIPTOR);
    }

    @Override
    RunCheck newCheck(Profile profile, ReferenceData data) {
        CodeTable states = RetainedServiceRule.states(profile, data);
        return new RunCheck() {
            private final Set<String> taskCodes = new HashSet<>();
            private final Set<String> catalogCodes = new HashSet<>();
            private final List<Link> links = new ArrayList<>();
            private boolean implementationItems;
            private boolean catalogItems;

            @Override
            public void accept(RecordRef ref, MatterRecord record) {
                if (record instanceof ImplementationItem item) {
                    implementationItems = true;
                    taskCodes.add(item.taskCode());
                    catalogCodes.add(item.catalogCode());
                } else if (record instanceof CatalogItem item) {
                    catalogItems = true;
                    catalogCodes.add(item.catalogCode());
                } else if (record instanceof IntermediaryService service && service.relatedTasks() != null
                        && RetainedServiceRule.isRetained(service, states)) {
                    List<RelatedTask> tasks = service.relatedTasks();
                    for (int i = 0; i < tasks.size(); i++) {
                        RelatedTask task = tasks.get(i);
                        if (task != null) {
                            links.add(new Link(ref, i, task.taskCode(), task.catalogCode(), service.serviceName()));
                        }
                    }
                }
            }

            @Override
            List<PendingFinding> findings() {
                List<PendingFinding> findings = new ArrayList<>();
                for (Link link : links) {
                    if (implementationItems && Texts.present(link.taskCode())) {
                        if (!taskCodes.contains(link.taskCode())) {
                            findings.add(missing(link, "taskCode", link.taskCode()));
                        }
                    } else if ((implementationItems || catalogItems) && Texts.present(link.catalogCode())
                            && !catalogCodes.contains(link.catalogCode())) {
                        findings.add(missing(link, "catalogCode", link.catalogCode()));
                    }
                }
                return findings;
            }
        };
    }

    private PendingFinding missing(Link link, String element, String code) {
        return found(link.ref(), JsonPointers.append("/relatedTasks", link.index(), element),
                Args.of("label", element, "code", code, "serviceName", link.serviceName()));
    }
}
