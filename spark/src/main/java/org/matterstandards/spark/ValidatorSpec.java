package org.matterstandards.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;

/**
 * What a validator is built from, small enough to ship to every executor (校验器规格): a built-in profile name or the
 * text of a profile file, the message language, the as-of date and optionally a fixed record kind. Executors build
 * one {@link MatterValidator} per spec ({@link ExecutorValidators}), so the spec must say everything that decides a
 * verdict: that is why the as-of date is fixed on the driver ({@link #resolved()}) rather than read from each
 * executor's clock.
 *
 * @param profile       built-in profile name or region code; ignored when {@code profileText} is given
 * @param profileText   the content of a profile properties file, {@code null} for a built-in profile
 * @param profileSource the name of that file, for messages (and for the {@code reference.*} files it names, which
 *                      must then be readable at that path on every executor)
 * @param locale        language tag of the messages ({@code zh-CN} or {@code en})
 * @param asOf          ISO date the checks are made for, {@code null} for today in Asia/Shanghai (see {@link #resolved()})
 * @param kind          record kind id to fix, {@code null} to detect it per input file
 */
public record ValidatorSpec(String profile, String profileText, String profileSource, String locale, String asOf,
                            String kind) implements Serializable {

    /** Checks the parts that must be there. */
    public ValidatorSpec {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * A spec for a built-in profile, zh-CN messages, today and kind detection.
     *
     * @param nameOrRegion e.g. {@code shantou} or {@code 440500}
     * @return the spec
     */
    public static ValidatorSpec profile(String nameOrRegion) {
        return new ValidatorSpec(nameOrRegion, null, null, Messages.ZH_CN.toLanguageTag(), null, null);
    }

    /**
     * A spec for a profile file, read now on the driver; its text travels with the spec.
     *
     * @param file the properties file
     * @return the spec
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ValidatorSpec profileFile(Path file) {
        try {
            return new ValidatorSpec("file", Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                    Messages.ZH_CN.toLanguageTag(), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile file " + file, e);
        }
    }

    /**
     * @param language zh-CN or en
     * @return this spec with that message language
     */
    public ValidatorSpec withLocale(Locale language) {
        return new ValidatorSpec(profile, profileText, profileSource, Messages.of(language).locale().toLanguageTag(),
                asOf, kind);
    }

    /**
     * @param date the date deadlines are judged against, {@code null} for today
     * @return this spec with that date
     */
    public ValidatorSpec withAsOf(LocalDate date) {
        return new ValidatorSpec(profile, profileText, profileSource, locale, date == null ? null : date.toString(),
                kind);
    }

    /**
     * @param recordKind the kind of every record, {@code null} to detect it per file
     * @return this spec with that kind
     */
    public ValidatorSpec withKind(RecordKind recordKind) {
        return new ValidatorSpec(profile, profileText, profileSource, locale,
                asOf, recordKind == null ? null : recordKind.id());
    }

    /**
     * This spec with "today" fixed to the driver's today in Asia/Shanghai, so that a run that crosses midnight, or
     * executors with other clocks, judge every record against the same date.
     *
     * @return the spec with an as-of date
     */
    public ValidatorSpec resolved() {
        return asOf != null ? this : withAsOf(LocalDate.now(MatterValidator.CHINA));
    }

    /**
     * Builds the validator this spec describes (on an executor: once per JVM, through {@link ExecutorValidators}).
     *
     * @return the validator
     * @throws org.matterstandards.core.MatterException when the profile is unknown or malformed
     */
    public MatterValidator build() {
        MatterValidator.Builder builder = MatterValidator.builder()
                .locale(Messages.parseLocale(locale))
                .asOf(asOf == null ? null : LocalDate.parse(asOf));
        if (profileText != null) {
            builder.profile(ProfileRegistry.builtIn().load(
                    new ByteArrayInputStream(profileText.getBytes(StandardCharsets.UTF_8)), profileSource));
        } else {
            builder.profile(profile);
        }
        if (kind != null) {
            builder.kind(RecordKind.fromId(kind)
                    .orElseThrow(() -> new IllegalArgumentException("unknown record kind: " + kind)));
        }
        return builder.build();
    }
}
