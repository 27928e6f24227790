package org.matterstandards.sdk.internal;

import java.util.Locale;
import java.util.Objects;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;

/**
 * The options every SDK builder takes alike (画像、参考数据与语言): the profile (by name, region code or as an
 * object), the reference data replacing the profile's, and the message language — held and resolved in one place
 * for {@code MatterValidator.Builder}, {@code HistoryReader.Builder} and {@code TierDiffer.Builder}, whose public
 * setters delegate here. Not thread-safe, as the builders are not.
 */
public final class ProfileOptions {

    private String profileName = "national";
    private Profile profile;
    private ReferenceData referenceData;
    private Locale locale = Messages.ZH_CN;

    /** @param nameOrRegion a built-in profile name ({@code shantou}) or region code ({@code 440500}) */
    public void profile(String nameOrRegion) {
        this.profileName = Objects.requireNonNull(nameOrRegion, "nameOrRegion");
        this.profile = null;
    }

    /** @param value a profile object, for example one loaded from a file */
    public void profile(Profile value) {
        this.profile = Objects.requireNonNull(value, "profile");
    }

    /** @param data reference data replacing {@link ReferenceData#forProfile(Profile)} */
    public void referenceData(ReferenceData data) {
        this.referenceData = Objects.requireNonNull(data, "data");
    }

    /**
     * @param value zh-CN or en; the JVM default is never used
     * @throws IllegalArgumentException for another language
     */
    public void locale(Locale value) {
        this.locale = Messages.of(value).locale();
    }

    /** @return the message language */
    public Locale locale() {
        return locale;
    }

    /**
     * @return the profile object given, else the built-in one named
     * @throws org.matterstandards.core.MatterException when no built-in profile has the name
     */
    public Profile resolveProfile() {
        return profile != null ? profile : ProfileRegistry.builtIn().get(profileName);
    }

    /**
     * The reference data given, else the built-in data plus the files the profile names. Read on each call, so a
     * builder that builds for another profile next does not keep the first profile's data.
     *
     * @param effective the resolved profile
     * @return the reference data
     */
    public ReferenceData referenceDataFor(Profile effective) {
        return referenceData != null ? referenceData : ReferenceData.forProfile(effective);
    }
}
