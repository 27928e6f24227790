package org.matterstandards.core.intermediary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * One intermediary service is listed once (中介服务事项不重复): IM-0401 by service code, IM-0402 by name and approving
 * department. Every later occurrence is reported and names the first one.
 */
final class DuplicateServiceRule extends RunListRule {

    private static final String SOURCE = "清单管理 (国发〔2022〕5号; domain-reference §4.1)";
    // A repeated code breaks every link to the list, whatever the region: no profile may relax it.
    static final RuleDescriptor BY_CODE = RuleDescriptor.locked("IM-0401", Severity.ERROR, Stage.LIST, "0.1.0",
            SOURCE, RecordKind.INTERMEDIARY_SERVICE);
    static final RuleDescriptor BY_NAME = RuleDescriptor.adjustable("IM-0402", Severity.WARNING, Stage.LIST, "0.1.0",
            SOURCE, RecordKind.INTERMEDIARY_SERVICE);

    /** The first record seen with a key. */
    private record First(RecordRef ref, String serviceCode) {
    }

    private final Function<IntermediaryService, String> key;
    private final String pointer;
    private final boolean ignoreSameCode;

    /**
     * @param descriptor     the rule
     * @param key            what makes two services the same; {@code null} when a service has no key
     * @param pointer        the element the finding points at
     * @param ignoreSameCode {@code true} to leave records with the first one's service code to the code rule
     */
    private DuplicateServiceRule(RuleDescriptor descriptor, Function<IntermediaryService, String> key, String pointer,
                                 boolean ignoreSameCode) {
        super(descriptor);
        this.key = key;
        this.pointer = pointer;
        this.ignoreSameCode = ignoreSameCode;
    }

    /** IM-0401: the same service code twice. */
    static DuplicateServiceRule byCode() {
        return new DuplicateServiceRule(BY_CODE, IntermediaryListKeys::serviceCode, "/serviceCode", false);
    }

    /** IM-0402: the same name and approving department under different codes. */
    static DuplicateServiceRule byNameAndDepartment() {
        return new DuplicateServiceRule(BY_NAME, IntermediaryListKeys::nameAndDepartment, "/serviceName", true);
    }

    @Override
    RunCheck newCheck(Profile profile, ReferenceData referenceData) {
        return new RunCheck() {
            private final Map<String, First> firsts = new HashMap<>();
            private final List<PendingFinding> pending = new ArrayList<>();

            @Override
            public void accept(RecordRef ref, MatterRecord record) {
                if (!(record instanceof IntermediaryService service)) {
                    return;
                }
                String serviceKey = key.apply(service);
                if (serviceKey == null) {
                    return;
                }
                First first = firsts.putIfAbsent(serviceKey, new First(ref, service.serviceCode()));
                if (first == null || (ignoreSameCode && Objects.equals(first.serviceCode(), service.serviceCode()))) {
                    return;
                }
                Map<String, Object> arguments = Args.of("serviceCode", service.serviceCode(),
                        "serviceName", service.serviceName(), "approvalDeptName", service.approvalDeptName(),
                        "firstCode", first.serviceCode(), "firstFile", first.ref().file(),
                        "firstNumber", first.ref().index() + 1);
                pending.add(found(ref, pointer, arguments));
            }

            @Override
            List<PendingFinding> findings() {
                return pending;
            }
        };
    }
}
