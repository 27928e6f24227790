package org.matterstandards.sdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.io.json.JsonRecordReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses a built-in profile from the data when the user named none (按数据的行政区划选择配置): the profile of the
 * first record's {@code areaCode}, else of its city, else of its province. Statistics need it because the meaning
 * of a 事项类型 code depends on the province (Guangdong's 20 is 其他行政权力, the national 20 is 公共服务).
 */
final class RegionProfile {

    private RegionProfile() {
    }

    /**
     * The profile of the region of the first readable record of the first file that has one.
     *
     * @param files    the input files
     * @param registry the built-in profiles
     * @return the profile, or empty when no record names a region with a profile
     */
    static Optional<Profile> of(List<Path> files, ProfileRegistry registry) {
        for (Path file : files) {
            Optional<String> area = firstAreaCode(file);
            if (area.isPresent()) {
                return forDivision(area.get(), registry);
            }
        }
        return Optional.empty();
    }

    static Optional<Profile> forDivision(String code, ProfileRegistry registry) {
        if (!code.matches("\\d{6}")) {
            return Optional.empty();
        }
        for (String candidate : List.of(code, code.substring(0, 4) + "00", code.substring(0, 2) + "0000")) {
            Optional<Profile> profile = registry.find(candidate);
            if (profile.isPresent()) {
                return profile;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstAreaCode(Path file) {
        String name = file.toString().toLowerCase(Locale.ROOT);
        boolean lines = name.endsWith(".ndjson") || name.endsWith(".jsonl");
        try (InputStream in = Files.newInputStream(file);
             JsonRecordReader reader = JsonRecordReader.open(JsonMapper.builder().build(), in, file.toString(), lines)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Parsed parsed) {
                    JsonNode area = parsed.node().get("areaCode");
                    return area != null && area.isString() ? Optional.of(area.asString().trim()) : Optional.empty();
                }
            }
        } catch (IOException | InputException e) {
            // The real pass reports the file's problem; here it only means "no region to go by".
        }
        return Optional.empty();
    }
}
