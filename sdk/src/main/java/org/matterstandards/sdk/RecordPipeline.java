package org.matterstandards.sdk;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.input.CellLocator;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.InputLimits;
import org.matterstandards.sdk.pipeline.internal.RecordValueCheck;
import org.matterstandards.sdk.pipeline.internal.ModelStage;
import org.matterstandards.sdk.pipeline.internal.RuleStage;
import org.matterstandards.sdk.pipeline.internal.SchemaStage;
import org.matterstandards.core.code.TaskCodeStructure;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.schemas.SchemaValidator;
import org.matterstandards.sdk.pipeline.ElementLabeler;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the stages on one input record (记录校验流水线): parse result → schema stage → model stage → rule stage. A
 * stage that finds an ERROR stops the later stages for that record, and the result names the skipped stages.
 *
 * <p>When the schema stage runs, it alone checks the structural constraints and the model stage only binds; without
 * it, the model stage binds and checks them (docs/decisions/0002-schema-and-model-stages.md). Either way each
 * constraint is checked once per record. Thread-safe.
 */
final class RecordPipeline {

    /** Where the identifier of a record of unknown kind may be. */
    private static final List<String> UNKNOWN_KIND_ID_PROPERTIES = List.of("taskCode", "catalogCode", "serviceCode",
            "changeId");

    private final FindingFactory factory;
    private final SchemaStage schemaStage;
    private final ModelStage modelStage;
    private final RuleStage ruleStage;
    private final RecordValueCheck valueCheck;
    private final List<Stage> afterParse;

    /**
     * @param factory     creates findings under the profile
     * @param schemaStage the JSON Schema checks, or {@code null} to leave the structural checks to the model stage
     * @param modelStage  binding (and, without a schema stage, constraint checks)
     * @param ruleStage   business rules
     */
    RecordPipeline(FindingFactory factory, SchemaStage schemaStage, ModelStage modelStage,
                   RuleStage ruleStage) {
        this(factory, schemaStage, modelStage, ruleStage, new RecordValueCheck(InputLimits.defaults()));
    }

    /**
     * @param factory     creates findings under the profile
     * @param schemaStage the JSON Schema checks, or {@code null} to leave the structural checks to the model stage
     * @param modelStage  binding (and, without a schema stage, constraint checks)
     * @param ruleStage   business rules
     * @param valueCheck  the value limits and characters checked before any stage
     */
    RecordPipeline(FindingFactory factory, SchemaStage schemaStage, ModelStage modelStage,
                   RuleStage ruleStage, RecordValueCheck valueCheck) {
        this.valueCheck = valueCheck;
        this.factory = factory;
        this.schemaStage = schemaStage;
        this.modelStage = modelStage;
        this.ruleStage = ruleStage;
        this.afterParse = schemaStage == null ? List.of(Stage.MODEL, Stage.RULE)
                : List.of(Stage.SCHEMA, Stage.MODEL, Stage.RULE);
    }

    /**
     * Assembles the stages for a validator (流水线装配): the schema stage (unless switched off), the model stage and
     * the rule stage, all naming elements with one labeler and rendering in the factory's language.
     *
     * @param factory         creates findings under the profile
     * @param catalog         the rules in force
     * @param profile         the profile
     * @param referenceData   the reference data the rules use
     * @param mapper          the mapper the model stage binds with
     * @param labeler         names elements in messages
     * @param withSchemaStage {@code false} to leave the structural checks to the model stage
     * @param limits          the value limits checked before any stage
     * @return the pipeline
     */
    static RecordPipeline assemble(FindingFactory factory, RuleCatalog catalog, Profile profile,
                                   ReferenceData referenceData, ObjectMapper mapper, ElementLabeler labeler,
                                   boolean withSchemaStage, InputLimits limits) {
        Messages messages = factory.messages();
        TaskCodeStructure codeStructure = TaskCodeStructure.of(profile.setting(TaskCodeStructure.SETTING).orElse(null));
        SchemaStage schemaStage = withSchemaStage
                ? new SchemaStage(SchemaValidator.builtIn(), labeler, messages, codeStructure) : null;
        ModelStage modelStage = new ModelStage(mapper, DeferredBeanValidator.INSTANCE, labeler, messages, codeStructure);
        RuleStage ruleStage = new RuleStage(catalog, profile, referenceData);
        return new RecordPipeline(factory, schemaStage, modelStage, ruleStage, new RecordValueCheck(limits));
    }

    /**
     * Validates one input record.
     *
     * @param input the record as read
     * @param kind  its kind, or {@code null} when unknown
     * @param asOf  the date the check is made for
     * @return the result
     */
    ValidationResult validate(InputRecord input, RecordKind kind, LocalDate asOf) {
        RecordFindings findings = new RecordFindings(factory, input.index(), null, input.location());
        if (input instanceof InputRecord.Unreadable unreadable) {
            findings.report(unreadable.code(), "", rendered(unreadable.arguments(), ""));
            return result(findings, kind, null, afterParse);
        }
        InputRecord.Parsed parsed = (InputRecord.Parsed) input;
        RecordValueCheck.Checked checked = valueCheck.apply(parsed.node());
        ObjectNode node = checked.node();
        CellLocator cells = parsed.cells();
        if (kind == null) {
            findings.recordId(firstText(node, UNKNOWN_KIND_ID_PROPERTIES));
            findings.report(StructureRules.UNKNOWN_KIND, "", Args.of("kinds", kindIds()));
            return result(findings, null, null, afterParse, cells);
        }
        findings.recordId(firstText(node, kind.idProperties()));
        reportConversionProblems(parsed, checked.problems(), kind, findings);
        MatterRecord record;
        if (schemaStage != null) {
            schemaStage.apply(node, kind, findings);
            if (findings.hasAtLeast(Severity.ERROR)) {
                return result(findings, kind, modelStage.bindForCounting(node, kind),
                        List.of(Stage.MODEL, Stage.RULE), cells);
            }
            record = modelStage.bind(node, kind, findings);
        } else {
            record = modelStage.apply(node, kind, findings);
        }
        if (record == null || findings.hasAtLeast(Severity.ERROR)) {
            return result(findings, kind, record, List.of(Stage.RULE), cells);
        }
        ruleStage.apply(record, asOf, findings);
        return result(findings, kind, record, List.of(), cells);
    }

    /**
     * Reports the values an input adapter could not convert, and settles their elements so that the later stages
     * do not report them again (as missing, for instance).
     */
    private void reportConversionProblems(InputRecord.Parsed parsed, List<UnrenderedFinding> beyondLimits,
                                          RecordKind kind, RecordFindings findings) {
        if (parsed.problems().isEmpty() && beyondLimits.isEmpty()) {
            return;     // the usual case; nothing to settle
        }
        Set<String> converted = new HashSet<>();
        List<UnrenderedFinding> problems = new ArrayList<>(parsed.problems());
        problems.addAll(beyondLimits);
        for (UnrenderedFinding problem : problems) {
            Map<String, Object> args = rendered(problem.arguments(), modelStage.label(kind, problem.pointer()));
            findings.report(problem.code(), problem.pointer(), args,
                    problem.location() != null ? problem.location() : findings.location());
            converted.add(problem.pointer());
        }
        findings.settle(converted);
    }

    /** The arguments of a reader's problem with its message keys ({@code expected}, {@code limit} …) rendered. */
    private Map<String, Object> rendered(Map<String, Object> arguments, String label) {
        Map<String, Object> args = Args.of("label", label);
        args.putAll(arguments);
        Messages messages = factory.messages();
        if (args.get("expected") instanceof String expected) {
            args.put("expected", messages.get("io.expected." + expected));
        }
        if (args.get("limit") instanceof String limit) {
            args.put("limit", messages.format("io.limit." + limit, Map.of("label", label)));
        }
        if (args.remove("detailKey") instanceof String detail) {
            args.put("detail", messages.get("io.detail." + detail));
        }
        return args;
    }

    private static ValidationResult result(RecordFindings findings, RecordKind kind, MatterRecord record,
                                           List<Stage> skipped) {
        return result(findings, kind, record, skipped, CellLocator.NONE);
    }

    /** Builds the result; findings of a spreadsheet or CSV row are moved to the cell their element came from. */
    private static ValidationResult result(RecordFindings findings, RecordKind kind, MatterRecord record,
                                           List<Stage> skipped, CellLocator cells) {
        if (cells == CellLocator.NONE) {
            // Nothing to move (JSON input): the findings' own immutable lists, which the result keeps uncopied.
            return new ValidationResult(findings.recordIndex(), findings.recordId(), kind, findings.location(),
                    findings.findings(), findings.suppressed(), skipped, record);
        }
        List<Finding> located = new ArrayList<>();
        for (Finding finding : findings.findings()) {
            located.add(locate(finding, cells, findings.location()));
        }
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (SuppressedFinding entry : findings.suppressed()) {
            suppressed.add(new SuppressedFinding(locate(entry.finding(), cells, findings.location()),
                    entry.suppression()));
        }
        return new ValidationResult(findings.recordIndex(), findings.recordId(), kind, findings.location(),
                located, suppressed, skipped, record);
    }

    private static Finding locate(Finding finding, CellLocator cells, SourceLocation recordLocation) {
        if (!Objects.equals(finding.location(), recordLocation)) {
            return finding;
        }
        SourceLocation cell = cells.locate(finding.pointer());
        return cell == null ? finding : finding.withLocation(cell);
    }

    private static String firstText(ObjectNode node, List<String> properties) {
        for (String property : properties) {
            JsonNode value = node.get(property);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return null;
    }

    private static List<String> kindIds() {
        List<String> ids = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            ids.add(kind.id());
        }
        return ids;
    }

    /** @return the messages findings are rendered with */
    Messages messages() {
        return factory.messages();
    }
}
