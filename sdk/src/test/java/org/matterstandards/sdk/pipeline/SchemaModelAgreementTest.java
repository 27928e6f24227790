package org.matterstandards.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.rule.FindingFactory;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.schemas.SchemaValidator;
import org.matterstandards.sdk.RepoFiles;
import org.matterstandards.sdk.pipeline.internal.ModelStage;
import org.matterstandards.sdk.pipeline.internal.SchemaStage;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema stage and the model stage agree (模式与模型一致), on the fixture corpus
 * {@code examples/fixtures/schema-agreement/<kind>/{valid,invalid}/*.json}: both find an ERROR in exactly the
 * records under {@code invalid/}, and both report the same findings: code, JSON Pointer and message.
 */
class SchemaModelAgreementTest {

    private static final Path CORPUS = RepoFiles.resolve("examples/fixtures/schema-agreement");
    private static final Pattern CODE = Pattern.compile("(SC|CD)-\\d{4}");
    private static final ValidatorFactory BEAN_VALIDATION = Validation.byProvider(HibernateValidator.class)
            .configure().messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final ObjectMapper MAPPER = ModelStage.configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).build();

    private final FindingFactory factory = new FindingFactory(BuiltInRules.catalog(),
            ProfileRegistry.builtIn().get("national"), Messages.of(Messages.EN));
    private final SchemaStage schemaStage = new SchemaStage(SchemaValidator.builtIn(), ElementLabeler.POINTER,
            factory.messages());
    private final ModelStage modelStage = new ModelStage(MAPPER, BEAN_VALIDATION.getValidator(),
            ElementLabeler.POINTER, factory.messages());

    @AfterAll
    static void close() {
        BEAN_VALIDATION.close();
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyKindHasValidAndInvalidFixtures() {
        for (RecordKind kind : RecordKind.values()) {
            for (String folder : List.of("valid", "invalid")) {
                Path dir = CORPUS.resolve(kind.id()).resolve(folder);
                assertThat(dir).as("fixture folder %s", dir).isDirectory();
                assertThat(dir.toFile().list((d, name) -> name.endsWith(".json"))).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void schemaAndModelAgree(Path fixture) throws IOException {
        RecordKind kind = RecordKind.fromId(fixture.getParent().getParent().getFileName().toString()).orElseThrow();
        boolean expectValid = fixture.getParent().getFileName().toString().equals("valid");
        ObjectNode record = (ObjectNode) MAPPER.readTree(Files.readString(fixture));

        RecordFindings bySchema = new RecordFindings(factory, 0, null, null);
        schemaStage.apply(record, kind, bySchema);
        RecordFindings byModel = new RecordFindings(factory, 0, null, null);
        modelStage.apply(record, kind, byModel);

        assertThat(bySchema.hasAtLeast(Severity.ERROR)).as("schema stage finds an ERROR").isEqualTo(!expectValid);
        assertThat(byModel.hasAtLeast(Severity.ERROR)).as("model stage finds an ERROR").isEqualTo(!expectValid);
        assertThat(describe(bySchema)).as("schema findings vs model findings").isEqualTo(describe(byModel));
        Matcher named = CODE.matcher(fixture.getFileName().toString());
        while (named.find()) {
            assertThat(describe(bySchema)).as("the code the fixture is named after")
                    .anyMatch(line -> line.startsWith(named.group()));
        }
    }

    private static Set<String> describe(RecordFindings findings) {
        return findings.findings().stream().map(SchemaModelAgreementTest::line)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String line(Finding finding) {
        return finding.code() + ' ' + finding.severity() + ' ' + finding.pointer() + " | " + finding.message();
    }
}
