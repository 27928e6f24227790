package org.matterstandards.examples;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (无头浏览器), with nothing but the JDK's WebSocket
 * client: start the browser, open a page, collect console errors and uncaught exceptions, evaluate script. For tests
 * only. The browser runs with a fresh profile in a temporary folder and without network services.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final Process process;
    private final Path profileDir;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private String session;

    private HeadlessChromium(Path binary) throws Exception {
        profileDir = Files.createTempDirectory("matter-chromium-");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profileDir,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true)
                .start();
        String endpoint = awaitEndpoint();
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(endpoint), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * The Chromium binary: {@code MATTER_CHROMIUM} or the first of chromium, chromium-browser, google-chrome on the
     * PATH.
     *
     * @return the binary, or empty when there is none
     */
    static Optional<Path> findBinary() {
        String configured = System.getenv("MATTER_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts a browser.
     *
     * @param binary the Chromium binary
     * @return the running browser
     * @throws Exception when it does not start
     */
    static HeadlessChromium start(Path binary) throws Exception {
        return new HeadlessChromium(binary);
    }

    private String awaitEndpoint() throws IOException, InterruptedException {
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        endpoint.complete(matcher.group(1));
                    } else if (!endpoint.isDone()) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IOException("chromium ended before it listened:\n" + output));
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("chromium did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a page in a new tab, with console and exception reporting on, and waits until it has loaded.
     *
     * @param url the page
     * @throws Exception on a protocol failure or time-out
     */
    void open(String url) throws Exception {
        String target = call(null, "Target.createTarget", mapper.createObjectNode().put("url", "about:blank"))
                .get("targetId").asString();
        session = call(null, "Target.attachToTarget",
                mapper.createObjectNode().put("targetId", target).put("flatten", true)).get("sessionId").asString();
        call(session, "Runtime.enable", mapper.createObjectNode());
        call(session, "Log.enable", mapper.createObjectNode());
        call(session, "Page.enable", mapper.createObjectNode());
        int before = events.size();
        call(session, "Page.navigate", mapper.createObjectNode().put("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events.subList(before, events.size()).stream()
                .noneMatch(event -> "Page.loadEventFired".equals(event.path("method").asString()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("page did not load: " + url);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Evaluates an expression in the open page.
     *
     * @param expression JavaScript returning a JSON-serialisable value
     * @return the value
     * @throws Exception on a protocol failure, or when the expression throws
     */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call(session, "Runtime.evaluate", mapper.createObjectNode()
                .put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Saves a PNG screenshot of the open page, the full page height at the given width.
     *
     * @param file  the PNG file to write
     * @param width the viewport width in CSS pixels
     * @throws Exception on a protocol failure
     */
    void screenshot(Path file, int width) throws Exception {
        int height = evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt();
        call(session, "Emulation.setDeviceMetricsOverride", mapper.createObjectNode().put("width", width)
                .put("height", Math.max(height, 200)).put("deviceScaleFactor", 1).put("mobile", false));
        String data = call(session, "Page.captureScreenshot", mapper.createObjectNode().put("format", "png")
                .put("captureBeyondViewport", true)).get("data").asString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, java.util.Base64.getDecoder().decode(data));
    }

    /**
     * Renders the open page as for printing (CSS {@code @media print}) or back on screen.
     *
     * @param print {@code true} for print media
     * @throws Exception on a protocol failure
     */
    void printMedia(boolean print) throws Exception {
        call(session, "Emulation.setEmulatedMedia", mapper.createObjectNode().put("media", print ? "print" : ""));
    }

    /**
     * Console errors, failed loads and uncaught exceptions of the open page so far.
     *
     * @return one line per problem
     */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode event : events) {
            String method = event.path("method").asString();
            JsonNode params = event.path("params");
            if ("Runtime.exceptionThrown".equals(method)) {
                errors.add("exception: " + params.path("exceptionDetails"));
            } else if ("Runtime.consoleAPICalled".equals(method)
                    && List.of("error", "assert").contains(params.path("type").asString())) {
                errors.add("console." + params.path("type").asString() + ": " + params.path("args"));
            } else if ("Log.entryAdded".equals(method) && "error".equals(params.path("entry").path("level").asString())) {
                errors.add("log: " + params.path("entry").path("text").asString() + " "
                        + params.path("entry").path("url").asString());
            }
        }
        return errors;
    }

    private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = mapper.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(mapper.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            socket.abort();
        } finally {
            // Chromium's helper processes outlive the main one for a moment and may still write to the profile.
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                helper.onExit().completeOnTimeout(helper, 5, TimeUnit.SECONDS).join();
            }
            try (Stream<Path> files = Files.walk(profileDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // A browser file still locked or vanishing: the temporary folder is left for the system to clean.
            }
        }
    }

    /** Collects text frames into messages; replies complete their call, everything else is an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = mapper.readTree(partial.toString());
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
