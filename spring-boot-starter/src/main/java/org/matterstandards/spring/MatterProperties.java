package org.matterstandards.spring;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code matter.*} settings (配置项) of the auto-configured {@code MatterValidator}.
 *
 * <pre>
 * matter.profile=shantou
 * matter.locale=zh-CN
 * </pre>
 */
@ConfigurationProperties(prefix = "matter")
public class MatterProperties {

    /** Built-in profile name or region code, e.g. shantou or 440500; ignored when profile-file is set. */
    private String profile = "national";

    /** A profile properties file of the host's own (another province or district); wins over profile. */
    private Path profileFile;

    /** Language of the findings: zh-CN (default) or en; never the JVM default locale. */
    private String locale = "zh-CN";

    /** Fixed "today" for date rules (e.g. 2026-12-03); by default the current date in Asia/Shanghai. */
    private LocalDate asOf;

    /** How many days ahead the working-day calendar must reach for the health indicator to be UP. */
    private int calendarHorizonDays = 60;

    /** @return the built-in profile name or region code */
    public String getProfile() {
        return profile;
    }

    /** @param profile the built-in profile name or region code */
    public void setProfile(String profile) {
        this.profile = profile;
    }

    /** @return the host's profile file, or {@code null} */
    public Path getProfileFile() {
        return profileFile;
    }

    /** @param profileFile the host's profile file */
    public void setProfileFile(Path profileFile) {
        this.profileFile = profileFile;
    }

    /** @return the language tag of the findings */
    public String getLocale() {
        return locale;
    }

    /** @param locale the language tag of the findings, zh-CN or en */
    public void setLocale(String locale) {
        this.locale = locale;
    }

    /** @return the fixed date for date rules, or {@code null} for today */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** @param asOf the fixed date for date rules */
    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** @return the days ahead the calendar must cover */
    public int getCalendarHorizonDays() {
        return calendarHorizonDays;
    }

    /** @param calendarHorizonDays the days ahead the calendar must cover */
    public void setCalendarHorizonDays(int calendarHorizonDays) {
        this.calendarHorizonDays = calendarHorizonDays;
    }
}
