package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in Guangdong division table against the shared reference {@code gb2260-guangdong.tsv} (民政部
 * list as compiled in the project's shared folder): every code, name and parent, and nothing more.
 */
class SharedDivisionsCrossCheckTest {

    private static Path reference() {
        String shared = System.getenv("MATTER_SHARED_DIR");
        Path file = shared == null ? null : Path.of(shared, "reference", "gb2260-guangdong.tsv");
        assumeTrue(file != null && Files.isRegularFile(file),
                "division cross-check skipped: ../shared not present (MATTER_SHARED_DIR unset or without reference/)");
        return file;
    }

    @Test
    void everyGuangdongDivisionAgreesWithTheSharedReference() throws IOException {
        DivisionTable table = DivisionTable.builtIn();
        List<String> disagreements = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(reference(), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] fields = line.split("\t");
            String parent = "000000".equals(fields[2]) ? null : fields[2];
            Optional<Division> division = table.lookup(fields[0]);
            if (division.isEmpty()) {
                disagreements.add(fields[0] + " missing");
            } else if (!division.get().name().equals(fields[1])
                    || !java.util.Objects.equals(division.get().parentCode(), parent)) {
                disagreements.add(fields[0] + " is " + division.get() + ", reference says " + fields[1] + "/" + parent);
            }
        }
        assertThat(disagreements).as("divisions that differ from the shared reference").isEmpty();
        assertThat(rows).isEqualTo(144);
        assertThat(table.size()).as("built-in table has exactly the reference's divisions").isEqualTo(rows);
    }
}
