package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@link MatterValidator} shared by 8 threads over a shuffled mix of valid, invalid and hostile records gives
 * exactly the results of one thread (codes, pointers, messages); two validators in different languages, used at the
 * same time, never mix them.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;

    private static List<String> mix() throws Exception {
        List<String> records = new ArrayList<>();
        for (JsonNode record : JsonMapper.builder().build().readTree(Files.readString(TestData.SAMPLE))) {
            records.add(record.toString());
        }
        String good = records.get(0);
        records.add("{\"taskName\": ");
        records.add("[1, 2]");
        records.add("{\"a\":".repeat(100) + "1" + "}".repeat(100));
        records.add(good.replace("\"taskName\":\"", "\"taskName\":\"\\u0000"));
        records.add(good.replace("\"promiseDay\":", "\"promiseDay\":\"三天\",\"x\":"));
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mix.addAll(records);
        }
        Collections.shuffle(mix, new Random(12));
        return mix;
    }

    private static String render(ValidationResult result) {
        StringBuilder text = new StringBuilder(String.valueOf(result.valid()));
        for (Finding finding : result.findings()) {
            text.append('\n').append(finding.code()).append(' ').append(finding.pointer()).append(' ')
                    .append(finding.message());
        }
        return text.toString();
    }

    private static List<String> inParallel(List<String> records, MatterValidator validator) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String record : records) {
                Callable<String> task = () -> render(validator.validate(record));
                futures.add(pool.submit(task));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static MatterValidator validator(java.util.Locale locale) {
        return MatterValidator.builder().profile("shantou").locale(locale).asOf(LocalDate.of(2026, 11, 29)).build();
    }

    @Test
    void eightThreadsSharingOneValidatorGiveTheSingleThreadedResults() throws Exception {
        List<String> records = mix();
        MatterValidator validator = validator(Messages.ZH_CN);
        List<String> alone = new ArrayList<>();
        for (String record : records) {
            alone.add(render(validator.validate(record)));
        }
        assertThat(alone).anyMatch(r -> r.startsWith("true")).anyMatch(r -> r.contains("SC-0004"))
                .anyMatch(r -> r.contains("SC-0005")).anyMatch(r -> r.contains("SC-0001"));
        assertThat(inParallel(records, validator)).containsExactlyElementsOf(alone);
    }

    @Test
    void twoValidatorsInDifferentLanguagesNeverMixThem() throws Exception {
        List<String> records = mix();
        MatterValidator chinese = validator(Messages.ZH_CN);
        MatterValidator english = validator(java.util.Locale.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> zh = pool.submit(() -> inParallel(records, chinese));
            Future<List<String>> en = pool.submit(() -> inParallel(records, english));
            for (String result : zh.get()) {
                for (String line : result.lines().skip(1).toList()) {
                    assertThat(line).as("a Chinese message").containsPattern("\\p{IsHan}");
                }
            }
            for (String result : en.get()) {
                for (String line : result.lines().skip(1).toList()) {
                    String message = line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1);
                    // English messages quote Chinese record values and labels, never Chinese sentence words.
                    assertThat(message).as("an English message").containsPattern("[A-Za-z]{3,}")
                            .doesNotContain("，超过上限").doesNotContain("缺少必填要素").doesNotContain("格式错误");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
