package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.tier.Repository;

/** {@code matter diff --upstream} takes the Guangdong portal's file directly (上级清单为广东政务服务网格式). */
class PortalUpstreamDiffTest {

    @Test
    void thePortalFileGivesTheSameTierCheckAsTheCanonicalUpstream() {
        String local = Repository.file("examples/data/local-longhu.json").toString();
        String canonical = Repository.file("examples/data/upstream-shantou.json").toString();
        String portal = Repository.file("examples/data/upstream-shantou.gdzwfw.json").toString();
        CliRun fromCanonical = CliRun.of("diff", "--upstream", canonical, "--local", local, "--profile", "longhu");
        CliRun fromPortal = CliRun.of("diff", "--upstream", portal, "--local", local, "--profile", "longhu");
        assertThat(fromPortal.exitCode()).isEqualTo(fromCanonical.exitCode());
        assertThat(fromPortal.out()).contains("认领核对：本级 8 条，上级 8 条");
        assertThat(fromPortal.out().replace(portal, canonical)).isEqualTo(fromCanonical.out());
    }
}
