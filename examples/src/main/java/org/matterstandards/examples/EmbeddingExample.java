package org.matterstandards.examples;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * How a district system embeds the validator (嵌入示例): build one validator at start-up, share it, validate records
 * before uploading them.
 *
 * <p>Run from the repository root: {@code mvn -q -pl examples -am compile exec:java} is not needed; the plain way is
 * {@code java -cp "$(ls cli/target/matter-standards-cli-*-cli.jar)":examples/target/classes
 * org.matterstandards.examples.EmbeddingExample examples/data/shantou-sample.json}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Validates a file and prints what a district system would log before an upload.
     *
     * @param args the file to validate (default: the bundled Shantou sample)
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/shantou-sample.json");

        // Build once (it is immutable and thread-safe) and keep it, e.g. as a Spring bean.
        MatterValidator validator = MatterValidator.builder()
                .profile("shantou")
                .locale(Messages.ZH_CN)
                .build();

        AtomicInteger uploadable = new AtomicInteger();
        AtomicInteger held = new AtomicInteger();
        validator.validateAll(file, (ValidationResult result) -> {
            if (result.valid()) {
                uploadable.incrementAndGet();
                return;
            }
            held.incrementAndGet();
            for (Finding finding : result.findings()) {
                System.out.printf("hold back record %d (%s): %s %s %s%n", result.index() + 1, result.recordId(),
                        finding.code(), finding.pointer(), finding.message());
            }
        });
        System.out.printf("uploadable: %d, held back: %d%n", uploadable.get(), held.get());
    }
}
