package org.matterstandards.core.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.code.CodeKind;

/** The host constraints on a host's own DTO, through plain Hibernate Validator (Surefire runs under fr_FR). */
class HostConstraintsTest {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** A DTO of the embedding system, not of this project. */
    record Applicant(
            @UnifiedSocialCreditCode String creditCode,
            @OrganizationCode String organizationCode,
            @DivisionCode String areaCode,
            @CatalogCode String catalogCode,
            @TaskCode String taskCode,
            @HandleItemCode String handleItemCode,
            @CaseNumber String caseNumber,
            @UnifiedSocialCreditCode(message = "主体代码有误") String customMessage) {
    }

    private static final Applicant VALID = new Applicant("11440300007542785U", "007542785", "440507",
            "440118009000", "11440100007482575H3440118009000", "11440100007482575H344011800900001",
            "11440100007482575H3440118009000202612030001", null);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static Map<String, String> violations(Applicant applicant) {
        Set<ConstraintViolation<Applicant>> found = VALIDATOR.validate(applicant);
        Map<String, String> byField = new TreeMap<>();
        found.forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
        return byField;
    }

    @Test
    void validCodesNullAndBlankPass() {
        assertThat(CodeKind.ORGANIZATION_CODE.check("007542785").isOk())
                .as("the fixture's organization code itself").isTrue();
        assertThat(violations(VALID)).isEmpty();
        assertThat(violations(new Applicant(null, null, " ", "", null, null, null, null))).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsReportedInChineseThenEnglishNeverInTheJvmLocale() {
        Map<String, String> found = violations(new Applicant("11440300007542785T", VALID.organizationCode(),
                VALID.areaCode(), VALID.catalogCode(), VALID.taskCode(), VALID.handleItemCode(), VALID.caseNumber(),
                null));
        assertThat(found).containsOnlyKeys("creditCode");
        assertThat(found.get("creditCode"))
                .startsWith("统一社会信用代码无效：校验码错误：第18位应为“U”")
                .contains(" / Invalid unified social credit code: ")
                .doesNotContain("doit", "valide", "{");
    }

    @Test
    void everyConstraintGivesTheVerdictOfItsCodeKind() {
        Applicant wrong = new Applicant("11440300007542785", "007542786", "449999", "4401180090",
                "11440100007482575H7440118009000", "11440100007482575H3440118009000AB",
                "11440100007482575H3440118009000202613400001", "91440300007542785T");
        Map<String, String> found = violations(wrong);
        assertThat(found).containsOnlyKeys("creditCode", "organizationCode", "areaCode", "catalogCode", "taskCode",
                "handleItemCode", "caseNumber", "customMessage");
        assertThat(found.get("customMessage")).isEqualTo("主体代码有误");
        assertThat(found.get("areaCode")).startsWith("行政区划代码无效：").contains("Invalid division code");
        assertThat(found.get("taskCode")).startsWith("实施编码无效：实施编码第19位（行使层级）应为1至6之间的数字");
        assertThat(found.get("caseNumber")).startsWith("办件编号无效：");
        // The same verdicts as the CD-01xx checks of each kind.
        assertThat(CodeKind.USCC.check(wrong.creditCode()).isOk()).isFalse();
        assertThat(CodeKind.DIVISION_CODE.check(wrong.areaCode()).isOk()).isFalse();
        assertThat(CodeKind.DIVISION_CODE.check("440599").isOk()).isTrue();
        assertThat(violations(new Applicant(null, null, "440599", null, null, null, null, null)))
                .as("Guangdong's city-level pseudo-code passes, as CD-0107 lets it").isEmpty();
    }
}
