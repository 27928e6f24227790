package org.matterstandards.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matterstandards.core.profile.ProfileRegistry;

class TaskTypeTableTest {

    @Test
    void profilesBelowGuangdongUseSetBAndOthersTheNationalTable() {
        ProfileRegistry profiles = ProfileRegistry.builtIn();
        assertThat(TaskTypeTable.forProfile(profiles.get("longhu")).name()).isEqualTo("guangdong");
        assertThat(TaskTypeTable.forProfile(profiles.get("guangdong")).name()).isEqualTo("guangdong");
        assertThat(TaskTypeTable.forProfile(profiles.get("national")).name()).isEqualTo("national");
    }

    @Test
    void theTwoTablesDifferOnTenTwentyAndTwentyOne() {
        TaskTypeTable guangdong = TaskTypeTable.forProfile(ProfileRegistry.builtIn().get("shantou"));
        TaskTypeTable national = TaskTypeTable.forProfile(ProfileRegistry.builtIn().get("national"));
        assertThat(guangdong.category("20")).contains(PowerCategory.OTHER);
        assertThat(guangdong.category("21")).contains(PowerCategory.PUBLIC_SERVICE);
        assertThat(guangdong.category("10")).isEmpty();
        assertThat(national.category("10")).contains(PowerCategory.OTHER);
        assertThat(national.category("20")).contains(PowerCategory.PUBLIC_SERVICE);
        assertThat(national.category("21")).isEmpty();
        assertThat(national.category(" 01 ")).contains(PowerCategory.LICENSING);
        assertThat(national.category(null)).isEmpty();
    }
}
