package org.matterstandards.sdk.pipeline;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matterstandards.core.code.CodeCheck;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.rule.CodeFormatRules;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.core.rule.StructureRules;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model stage (模型校验): binds a JSON object to its model record, reporting type problems as findings, then runs
 * the model's constraint annotations through Jakarta Bean Validation. Thread-safe.
 */
public final class ModelStage {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final ElementLabeler labeler;
    private final Messages messages;

    /**
     * @param mapper    a mapper configured with {@link #configure}
     * @param validator the Bean Validation validator
     * @param labeler   names elements in messages
     * @param messages  texts of the output locale
     */
    public ModelStage(ObjectMapper mapper, Validator validator, ElementLabeler labeler, Messages messages) {
        this.mapper = mapper;
        this.validator = validator;
        this.labeler = labeler;
        this.messages = messages;
    }

    /**
     * Adds the lenient binding handler to a mapper builder, so that binding collects problems instead of failing.
     *
     * @param builder the mapper builder
     * @return the same builder
     */
    public static tools.jackson.databind.json.JsonMapper.Builder configure(
            tools.jackson.databind.json.JsonMapper.Builder builder) {
        return builder.addHandler(new LenientBindingHandler());
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
        return apply(node, kind, findings, Set.of());
    }

    /**
     * Binds and checks one record whose input adapter already reported some elements.
     *
     * @param node       the JSON object
     * @param kind       its kind
     * @param findings   where findings go
     * @param reported   JSON Pointers already reported (values an adapter could not convert and left out): no
     *                   second finding is made for them or inside them
     * @return the bound record, or {@code null} when it could not be bound at all
     */
    public MatterRecord apply(ObjectNode node, RecordKind kind, RecordFindings findings, Set<String> reported) {
        BindingProblems problems = new BindingProblems();
        MatterRecord record = bind(node, kind, problems);
        for (BindingProblems.Problem problem : problems.problems()) {
            Map<String, Object> args = Args.of("label", label(kind, problem.pointer()));
            args.putAll(problem.arguments());
            if (args.get("expected") instanceof String expected) {
                args.put("expected", messages.get("type." + expected));
            }
            if (StructureRules.UNKNOWN_ELEMENT.equals(problem.code())) {
                args.put("kindLabel", messages.get("kind." + kind.id()));
            }
            if (!covered(reported, problem.pointer())) {
                findings.report(problem.code(), problem.pointer(), args);
            }
        }
        if (record != null) {
            // Bean Validation returns a set; sort so that the same record always reports in the same order.
            List<ConstraintViolation<MatterRecord>> violations = new ArrayList<>(validator.validate(record));
            violations.sort(Comparator.comparing((ConstraintViolation<MatterRecord> v) -> pointer(v.getPropertyPath()))
                    .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()));
            for (ConstraintViolation<MatterRecord> violation : violations) {
                String pointer = pointer(violation.getPropertyPath());
                if (!problems.has(pointer) && !covered(reported, pointer)) {
                    report(kind, violation, pointer, findings);
                }
            }
        }
        return record;
    }

    private MatterRecord bind(ObjectNode node, RecordKind kind, BindingProblems problems) {
        try {
            return mapper.readerFor(kind.modelType())
                    .withAttribute(BindingProblems.ATTRIBUTE, problems)
                    .readValue(node);
        } catch (DatabindException e) {
            problems.add(StructureRules.WRONG_TYPE, pointerOf(e), Args.of(
                    "expected", "object", "actual", String.valueOf(e.getOriginalMessage())));
            return null;
        } catch (JacksonException e) {
            problems.add(StructureRules.WRONG_TYPE, "", Args.of(
                    "expected", "object", "actual", String.valueOf(e.getOriginalMessage())));
            return null;
        }
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

    private void report(RecordKind kind, ConstraintViolation<MatterRecord> violation, String pointer,
                        RecordFindings findings) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object annotation = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        Map<String, Object> args = Args.of("label", label(kind, pointer));
        String code = (String) attributes.get("code");
        if (annotation instanceof CodeFormat format) {
            CodeCheck check = format.value().check(String.valueOf(value));
            code = code.isEmpty() ? CodeFormatRules.findingCode(format.value()) : code;
            args.put("value", value);
            args.put("problem", check.problem().name());
            args.put("position", check.position());
            args.put("problemText", messages.format("code.problem." + check.problem().name(),
                    Args.of("position", check.position(), "detail", check.detail() == null ? "" : check.detail())));
        } else if (annotation instanceof MaxLength maxLength) {
            String text = String.valueOf(value);
            args.put("length", text.codePointCount(0, text.length()));
            args.put("max", maxLength.value());
        } else if (annotation instanceof Range range) {
            args.put("value", value);
            args.put("min", range.min());
            args.put("max", range.max() == Long.MAX_VALUE ? "∞" : range.max());
        }
        findings.report(code, pointer, args);
    }

    private static boolean covered(Set<String> reported, String pointer) {
        for (String done : reported) {
            if (pointer.equals(done) || pointer.startsWith(done + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label of an element, as model-stage findings name it.
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
