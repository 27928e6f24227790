package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;

class ElementCatalogProfileTest {

    private static Profile profile(String parent, String settings) {
        String text = "name=test\nparent=" + parent + "\n" + settings;
        return ProfileRegistry.builtIn().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test.properties");
    }

    private static Element element(ElementCatalog catalog, RecordKind kind, String key) {
        return catalog.element(kind, key).orElseThrow();
    }

    @Test
    void aProfileWithoutElementSettingsLeavesTheCatalogueAlone() {
        ElementCatalog builtIn = ElementCatalog.builtIn();
        assertThat(builtIn.withProfile(ProfileRegistry.builtIn().get("longhu"))).isSameAs(builtIn);
    }

    @Test
    void reassignsModesAndTiersOfEveryElementWithTheKey() {
        ElementCatalog catalog = ElementCatalog.builtIn().withProfile(profile("shantou",
                "element.transactAddr.mode=review\nelement.deptName.mode=LOCKED\nelement.promiseDay.tier=2\n"
                        + "element.materials[].pageNum.tier=MUNICIPAL\n"));
        RecordKind item = RecordKind.IMPLEMENTATION_ITEM;
        assertThat(element(catalog, item, "transactAddr").mode()).isEqualTo(ChangeMode.REVIEW);
        assertThat(element(catalog, item, "deptName").mode()).isEqualTo(ChangeMode.LOCKED);
        assertThat(element(catalog, RecordKind.CATALOG_ITEM, "deptName").mode()).isEqualTo(ChangeMode.LOCKED);
        assertThat(element(catalog, item, "promiseDay").tier()).isEqualTo(Tier.PROVINCIAL);
        assertThat(element(catalog, item, "promiseDay").mode()).isEqualTo(ChangeMode.NARROW_ONLY);
        assertThat(element(catalog, item, "materials[].pageNum").tier()).isEqualTo(Tier.MUNICIPAL);
        assertThat(catalog.sources()).containsExactly("elements.tsv", "profile test");
        assertThat(catalog.elements()).hasSameSizeAs(ElementCatalog.builtIn().elements());
        // The built-in catalogue is untouched.
        assertThat(element(ElementCatalog.builtIn(), item, "transactAddr").mode()).isEqualTo(ChangeMode.FILING);
    }

    @Test
    void nearerProfilesWin() {
        Profile parent = profile("shantou", "element.transactAddr.mode=REVIEW\n");
        ProfileRegistry registry = ProfileRegistry.builtIn().with(parent);
        Profile child = registry.load(new ByteArrayInputStream(
                "name=child\nparent=test\nelement.transactAddr.mode=FREE\n".getBytes(StandardCharsets.UTF_8)),
                "child.properties");
        assertThat(element(ElementCatalog.builtIn().withProfile(child), RecordKind.IMPLEMENTATION_ITEM,
                "transactAddr").mode()).isEqualTo(ChangeMode.FREE);
    }

    @Test
    void refusesSettingsItCannotApplyWithAMessageNamingTheSetting() {
        assertRefused("element.transactAdr.mode=REVIEW", "el.profile.unknownElement", "element.transactAdr.mode");
        assertRefused("element.transactAddr.mood=REVIEW", "el.profile.unknownAttribute", "mood");
        assertRefused("element.transactAddr=REVIEW", "el.profile.unknownAttribute", "element.transactAddr");
        assertRefused("element.transactAddr.mode=APPROVE", "el.profile.badMode", "APPROVE");
        assertRefused("element.transactAddr.mode=NARROW_ONLY", "el.profile.noNarrowing", "NARROW_ONLY");
        assertRefused("element.transactAddr.tier=7", "el.profile.badTier", "7");
    }

    private static void assertRefused(String setting, String key, String named) {
        Profile profile = profile("national", setting + "\n");
        assertThatThrownBy(() -> ElementCatalog.builtIn().withProfile(profile))
                .isInstanceOfSatisfying(MatterException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains(named).contains("test.properties");
                    assertThat(e.getMessage()).contains(named);
                });
    }
}
