package org.matterstandards.sdk.pipeline.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.matterstandards.core.code.TaskCodeStructure;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.rule.CodeFormatRules;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.pipeline.ElementLabeler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model stage (模型校验): binds a JSON object to its model record, reporting type problems as findings, then runs
 * the model's constraint annotations through Jakarta Bean Validation.
 *
 * <p>Two entry points share one binding: {@link #apply} binds and checks the constraints (used when the schema stage
 * is switched off, and by the agreement test); {@link #bind} only binds, for the default pipeline in which the schema
 * stage has already checked the very same constraints (docs/decisions/0002-schema-and-model-stages.md). Thread-safe.
 */
public final class ModelStage {

    /**
     * One reader per kind, by {@link RecordKind#ordinal()}, made when the kind is first bound: {@code readerFor}
     * resolves the type on every call, and building the deserializers of all five kinds at once was a tenth of the
     * command line's start-up although a file usually holds one kind.
     */
    private final AtomicReferenceArray<ObjectReader> readers = new AtomicReferenceArray<>(RecordKind.values().length);
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ElementLabeler labeler;
    private final Messages messages;
    private final ProfileCodeCheck profileCodes;

    /**
     * A stage for the default code structure.
     *
     * @param mapper    a mapper configured with {@link #configure}
     * @param validator the Bean Validation validator
     * @param labeler   names elements in messages
     * @param messages  texts of the output locale
     */
    public ModelStage(ObjectMapper mapper, Validator validator, ElementLabeler labeler, Messages messages) {
        this(mapper, validator, labeler, messages, TaskCodeStructure.DEFAULT);
    }

    /**
     * A stage for the code structure a profile sets: the {@code @CodeFormat} constraints state the default
     * structure, so under another one their verdict on task, catalog and handle item codes is replaced by a check
     * under the profile's structure (when this stage checks constraints, see {@link #apply}).
     *
     * @param mapper        a mapper configured with {@link #configure}
     * @param validator     the Bean Validation validator
     * @param labeler       names elements in messages
     * @param messages      texts of the output locale
     * @param codeStructure the profile's 实施编码 structure
     */
    public ModelStage(ObjectMapper mapper, Validator validator, ElementLabeler labeler, Messages messages,
                      TaskCodeStructure codeStructure) {
        this.profileCodes = new ProfileCodeCheck(codeStructure);
        this.mapper = mapper;
        this.validator = validator;
        this.labeler = labeler;
        this.messages = messages;
    }

    /**
     * Configures a mapper builder for binding records: the lenient binding handler, so that binding collects problems
     * instead of failing, strict scalar types, so that binding agrees with the schemas on what is a wrong type, and the
     * model's constructors called through a handle made once per type ({@link DirectCreators}).
     *
     * @param builder the mapper builder
     * @return the same builder
     */
    public static tools.jackson.databind.json.JsonMapper.Builder configure(
            tools.jackson.databind.json.JsonMapper.Builder builder) {
        return builder.addHandler(new LenientBindingHandler())
                .addModule(StrictScalars.module())
                .addModule(DirectCreators.module());
    }

    /**
     * Binds and checks one record.
     *
     * @param node     the JSON object
     * @param kind     its kind
     * @param findings where findings go
     * @return the bound record, or {@code null} when it could not be bound at all
     */
    public MatterRecord apply(ObjectNode node, RecordKind kind, RecordFindings findings) {
        BindingProblems problems = new BindingProblems();
        MatterRecord record = bind(node, kind, problems);
        NullListItems.report(record, problems);
        report(kind, problems, findings);
        if (record != null) {
            // Bean Validation returns a set; sort so that the same record always reports in the same order.
            List<ConstraintViolation<MatterRecord>> violations = new ArrayList<>(validator.validate(record));
            violations.sort(Comparator.comparing((ConstraintViolation<MatterRecord> v) -> pointer(v.getPropertyPath()))
                    .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()));
            for (ConstraintViolation<MatterRecord> violation : violations) {
                String pointer = pointer(violation.getPropertyPath());
                if (!problems.has(pointer) && !replacedByProfile(violation)) {
                    report(kind, violation, pointer, findings);
                }
            }
            for (ProfileCodeCheck.Failure failure : profileCodes.check(node, kind)) {
                if (!problems.has(failure.pointer())) {
                    Map<String, Object> args = Args.of("label", label(kind, failure.pointer()));
                    StructureArgs.code(args, failure.check(), failure.value(), messages);
                    findings.report(CodeFormatRules.findingCode(failure.kind()), failure.pointer(), args);
                }
            }
        }
        return record;
    }

    /**
     * Binds one record without checking the constraint annotations, because the schema stage has checked them.
     * A binding problem that the schema stage has not already reported at the same place is still reported, so a
     * disagreement between schema and model can never pass silently.
     *
     * @param node     the JSON object, already valid against its kind's schema (no ERROR)
     * @param kind     its kind
     * @param findings where findings go; holds the schema stage's findings
     * @return the bound record, or {@code null} when it could not be bound at all
     */
    public MatterRecord bind(ObjectNode node, RecordKind kind, RecordFindings findings) {
        MatterRecord plain = TreeBinder.bind(node, kind.modelType());
        if (plain != null) {
            return plain;       // the usual case: a plain tree, bound without databind and without a problem
        }
        BindingProblems problems = new BindingProblems();
        MatterRecord record = bind(node, kind, problems);
        NullListItems.report(record, problems);
        if (problems.problems().isEmpty()) {
            return record;      // the usual case: nothing to compare with the schema stage's findings
        }
        Set<String> known = new HashSet<>();
        findings.findings().forEach(finding -> known.add(finding.code() + ' ' + finding.pointer()));
        findings.suppressed().forEach(s -> known.add(s.finding().code() + ' ' + s.finding().pointer()));
        problems.problems().removeIf(problem -> known.contains(problem.code() + ' ' + problem.pointer()));
        report(kind, problems, findings);
        return record;
    }

    /**
     * Binds a record whose structure the schema stage has already refused, reporting nothing: the schema stage has
     * said what is wrong, and values that do not fit are left empty. The result only serves to count the record
     * (statistics); no rule sees it.
     *
     * @param node the JSON object
     * @param kind its kind
     * @return the record with unreadable values left empty, or {@code null} when even that is impossible
     */
    public MatterRecord bindForCounting(ObjectNode node, RecordKind kind) {
        return bind(node, kind, new BindingProblems());
    }

    private void report(RecordKind kind, BindingProblems problems, RecordFindings findings) {
        for (UnrenderedFinding problem : problems.problems()) {
            Map<String, Object> args = Args.of("label", label(kind, problem.pointer()));
            Map<String, Object> raw = problem.arguments();
            if (StructureRules.WRONG_TYPE.equals(problem.code())) {
                StructureArgs.wrongType(args, String.valueOf(raw.get("expected")), String.valueOf(raw.get("actual")),
                        messages);
            } else if (StructureRules.UNKNOWN_ELEMENT.equals(problem.code())) {
                StructureArgs.unknownElement(args, String.valueOf(raw.get("element")), kind, messages);
            } else {
                args.putAll(raw);
            }
            findings.report(problem.code(), problem.pointer(), args);
        }
    }

    private MatterRecord bind(ObjectNode node, RecordKind kind, BindingProblems problems) {
        ObjectReader reader = reader(kind);
        BindingProblems outer = problems.collect();
        try {
            return reader.readValue(node);
        } catch (DatabindException e) {
            // Jackson gave up on a value (a text where a child record belongs): report it as written, at its place.
            String pointer = pointerOf(e);
            String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? LenientBindingHandler.expectedType(mismatch.getTargetType()) : "object";
            problems.add(StructureRules.WRONG_TYPE, pointer, Args.of(
                    "expected", expected, "actual", StructureArgs.written(node.at(pointer))));
            return null;
        } catch (JacksonException e) {
            problems.add(StructureRules.WRONG_TYPE, "", Args.of(
                    "expected", "object", "actual", String.valueOf(e.getOriginalMessage())));
            return null;
        } finally {
            BindingProblems.restore(outer);
        }
    }

    /**
     * The reader of a kind. Two threads meeting a new kind together may both make it; either reader does the same
     * (a reader is immutable, and the mapper caches the deserializers it builds).
     */
    private ObjectReader reader(RecordKind kind) {
        ObjectReader reader = readers.get(kind.ordinal());
        if (reader == null) {
            reader = mapper.readerFor(kind.modelType());
            readers.set(kind.ordinal(), reader);
        }
        return reader;
    }

    private static String pointerOf(DatabindException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append(reference.getPropertyName() != null
                    ? JsonPointers.append("", reference.getPropertyName())
                    : "/" + reference.getIndex());
        }
        return pointer.toString();
    }

    /** A code constraint of the default structure, when the profile's structure decides that code instead. */
    private boolean replacedByProfile(ConstraintViolation<MatterRecord> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof CodeFormat format
                && profileCodes.replaces(format.value());
    }

    private void report(RecordKind kind, ConstraintViolation<MatterRecord> violation, String pointer,
                        RecordFindings findings) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object annotation = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        Map<String, Object> args = Args.of("label", label(kind, pointer));
        String code = (String) attributes.get("code");
        if (annotation instanceof CodeFormat format) {
            code = code.isEmpty() ? CodeFormatRules.findingCode(format.value()) : code;
            StructureArgs.code(args, format.value().check(String.valueOf(value)), String.valueOf(value), messages);
        } else if (annotation instanceof MaxLength maxLength) {
            StructureArgs.length(args, String.valueOf(value), maxLength.value());
        } else if (annotation instanceof Range range) {
            StructureArgs.range(args, value, range.min(), range.max());
        }
        findings.report(code, pointer, args);
    }

    /**
     * The label of an element, as this stage's findings name it.
     *
     * @param kind    the record kind
     * @param pointer JSON Pointer of the element
     * @return the label in the stage's locale
     */
    public String label(RecordKind kind, String pointer) {
        return labeler.label(kind, pointer, messages.locale());
    }

    /** The JSON Pointer of a Bean Validation property path; component names are the JSON names. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null) {
                pointer.append(JsonPointers.append("", node.getName()));
            }
        }
        return pointer.toString();
    }
}
