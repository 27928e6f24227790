package org.matterstandards.benchmarks;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.examples.ImplementationItemGenerator;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.input.internal.RecordTreeReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A measured spike, not part of the product (一次解析试验): how fast could "one parse per record" be (issue 11,
 * decision 0010) if the text were tokenized once into a Jackson {@link TokenBuffer} and the buffer replayed both to
 * the tree (for the value check and the schema stage) and to the binder? Compared in one interleaved run with what
 * {@code validate(String)} does today (the text read to a tree, the tree bound), on valid generated records of both
 * sizes (valid, so that binding never needs the lenient handler's per-record collector).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.matterstandards.benchmarks.OneParseSpike [rounds]}.
 */
public final class OneParseSpike {

    private OneParseSpike() {
    }

    /**
     * Measures and prints a table per record size.
     *
     * @param args optional: number of rounds (default 60)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        MatterValidator validator = MatterValidator.builder().profile("shantou").asOf(PipelineBenchmark.AS_OF).build();
        ObjectMapper plain = JsonMapper.builder().build();
        RecordTreeReader trees = new RecordTreeReader(validator.mapper());
        ObjectReader tokens = validator.mapper().reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        ObjectReader binder = validator.mapper().readerFor(RecordKind.IMPLEMENTATION_ITEM.modelType());
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (String size : List.of("generator", "long")) {
            String[] texts = texts(size);
            sizes.put(size, meanBytes(texts));
            int[] next = {0};
            Supplier<String> text = () -> texts[next[0]++ % texts.length];
            variants.put(size + ": readTree (Jackson, plain mapper)", () -> plain.readTree(text.get()));
            variants.put(size + ": today: text to tree, tree bound", () -> {
                JsonNode tree = trees.read(text.get());
                return binder.readValue(tree);
            });
            variants.put(size + ": spike: text to token buffer, replayed to tree and binder", () -> {
                TokenBuffer buffer = buffer(tokens, text.get());
                JsonNode tree = tokens.readTree(buffer);
                Object record = binder.readValue(buffer);
                return tree == null ? null : record;
            });
            variants.put(size + ": spike part: text to token buffer", () -> buffer(tokens, text.get()));
            variants.put(size + ": floor: text bound directly, no tree", () -> binder.readValue(text.get()));
        }
        Map<String, Interleaved.Samples> samples = Interleaved.measure(variants, rounds, PipelineBenchmark.RECORDS);
        for (Map.Entry<String, Double> size : sizes.entrySet()) {
            System.out.printf(Locale.ROOT, "%n%s records, %.0f bytes each, median of %d rounds%n%n", size.getKey(),
                    size.getValue(), rounds);
            System.out.println("| step | µs/record | % of readTree throughput | bytes allocated per input byte |");
            System.out.println("| --- | ---: | ---: | ---: |");
            double readTree = samples.get(size.getKey() + ": readTree (Jackson, plain mapper)").medianMicros();
            samples.forEach((name, sample) -> {
                if (name.startsWith(size.getKey() + ": ")) {
                    System.out.printf(Locale.ROOT, "| %s | %.1f | %.0f%% | %.1f |%n",
                            name.substring(size.getKey().length() + 2), sample.medianMicros(),
                            100 * readTree / sample.medianMicros(), sample.medianAllocated() / size.getValue());
                }
            });
        }
    }

    private static TokenBuffer buffer(ObjectReader reader, String text) {
        try (JsonParser parser = reader.createParser(text)) {
            parser.nextToken();
            TokenBuffer buffer = TokenBuffer.forBuffering(parser, parser.objectReadContext());
            buffer.copyCurrentStructure(parser);
            return buffer;
        }
    }

    private static String[] texts(String size) {
        StringWriter out = new StringWriter();
        ImplementationItemGenerator.write(PipelineBenchmark.RECORDS, 0.0, ImplementationItemGenerator.SEED,
                size.equals("long"), out);
        return out.toString().split("\n");
    }

    private static double meanBytes(String[] texts) {
        long bytes = 0;
        for (String text : texts) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return (double) bytes / texts.length;
    }
}
