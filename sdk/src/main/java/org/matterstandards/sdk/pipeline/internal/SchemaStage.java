package org.matterstandards.sdk.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.code.TaskCodeStructure;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.CodeFormatRules;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.schemas.SchemaValidator;
import org.matterstandards.schemas.SchemaViolation;
import org.matterstandards.sdk.pipeline.ElementLabeler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema stage (模式校验): checks a record against its kind's published JSON Schema and reports each violation
 * as a finding with the same code, pointer and message arguments the model stage would use ({@code SC-01xx} for
 * structure, {@code CD-01xx} for codes), named with the element's {@code label}. Thread-safe.
 */
public final class SchemaStage {

    private final SchemaValidator validator;
    private final ElementLabeler labeler;
    private final Messages messages;
    private final ProfileCodeCheck profileCodes;

    /**
     * A stage for the default code structure.
     *
     * @param validator the compiled schemas, usually {@link SchemaValidator#builtIn()}
     * @param labeler   names elements in messages
     * @param messages  texts of the output locale
     */
    public SchemaStage(SchemaValidator validator, ElementLabeler labeler, Messages messages) {
        this(validator, labeler, messages, TaskCodeStructure.DEFAULT);
    }

    /**
     * A stage for the code structure a profile sets. The published schemas state the default structure; under
     * another one, the schema's verdict on task, catalog and handle item codes is replaced by a check under the
     * profile's structure (docs/decisions/0008-code-structures-per-profile.md).
     *
     * @param validator     the compiled schemas, usually {@link SchemaValidator#builtIn()}
     * @param labeler       names elements in messages
     * @param messages      texts of the output locale
     * @param codeStructure the profile's 实施编码 structure
     */
    public SchemaStage(SchemaValidator validator, ElementLabeler labeler, Messages messages,
                       TaskCodeStructure codeStructure) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.labeler = Objects.requireNonNull(labeler, "labeler");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.profileCodes = new ProfileCodeCheck(Objects.requireNonNull(codeStructure, "codeStructure"));
    }

    /**
     * Checks one record.
     *
     * @param node     the JSON object
     * @param kind     its kind
     * @param findings where findings go
     */
    public void apply(ObjectNode node, RecordKind kind, RecordFindings findings) {
        List<SchemaViolation> violations = validator.validate(kind, node);
        for (int i = 0; i < violations.size(); i++) {      // none on most records: no iterator for them
            SchemaViolation violation = violations.get(i);
            if (violation.detail("codeKind") instanceof CodeKind codeKind && profileCodes.replaces(codeKind)) {
                continue;   // the schema states the default structure; the profile's is checked below
            }
            findings.report(violation.code(), violation.pointer(), arguments(kind, violation));
        }
        List<ProfileCodeCheck.Failure> failures = profileCodes.check(node, kind);
        for (int i = 0; i < failures.size(); i++) {
            ProfileCodeCheck.Failure failure = failures.get(i);
            Map<String, Object> args = Args.of("label", labeler.label(kind, failure.pointer(), messages.locale()));
            StructureArgs.code(args, failure.check(), failure.value(), messages);
            findings.report(CodeFormatRules.findingCode(failure.kind()), failure.pointer(), args);
        }
    }

    private Map<String, Object> arguments(RecordKind kind, SchemaViolation violation) {
        Map<String, Object> args = Args.of("label", labeler.label(kind, violation.pointer(), messages.locale()));
        JsonNode value = violation.value();
        switch (violation.code()) {
            case StructureRules.REQUIRED -> {
                // The label says it all.
            }
            case StructureRules.WRONG_TYPE -> StructureArgs.wrongType(args,
                    String.valueOf(violation.detail("expected")), StructureArgs.written(value), messages);
            case StructureRules.UNKNOWN_ELEMENT -> StructureArgs.unknownElement(args,
                    String.valueOf(violation.detail("element")), kind, messages);
            case StructureRules.TOO_LONG -> StructureArgs.length(args, value.asString(), violation.detail("max"));
            case StructureRules.OUT_OF_RANGE -> StructureArgs.range(args, number(value),
                    violation.detail("min"), violation.detail("max"));
            case StructureRules.NOT_ALLOWED_VALUE -> {
                args.put("value", plain(value));
                args.put("allowed", violation.detail("allowed"));
            }
            default -> {
                if (violation.detail("codeKind") instanceof CodeKind codeKind) {
                    StructureArgs.code(args, codeKind.check(value.asString()), value.asString(), messages);
                } else {
                    args.put("value", plain(value));
                }
            }
        }
        return args;
    }

    /** A number as the model would hold it: {@code 10000}, not {@code 10000.0}. */
    private static Object number(JsonNode value) {
        if (value != null && value.isNumber()) {
            return value.canConvertToExactIntegral() && value.canConvertToLong() ? (Object) value.asLong()
                    : value.decimalValue();
        }
        return plain(value);
    }

    /** A value as its text, without JSON quotes. */
    private static String plain(JsonNode value) {
        return value == null ? "" : value.isString() ? value.asString() : value.toString();
    }
}
