package id.inovasi.stats.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol: open a page, and record its
 * console errors, exceptions and network requests; evaluate script; take a full-page screenshot.
 * Started with the flags this machine needs (no sandbox as root, no background networking).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Process process;
    private final WebSocket socket;
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Path profile;

    public HeadlessChromium() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1200,900", "about:blank")
                .redirectErrorStream(true).start();
        int port = devToolsPort();
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int i = 0; i < 50 && pageSocket == null; i++) {
            JsonNode targets = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if (target.path("type").asString().equals("page")) {
                    pageSocket = target.path("webSocketDebuggerUrl").asString();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            throw new IllegalStateException("Chromium opened no page");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).get(10, TimeUnit.SECONDS);
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            call(domain + ".enable", Map.of());
        }
    }

    private int devToolsPort() throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            int at = line.indexOf("DevTools listening on ws://127.0.0.1:");
            if (at >= 0) {
                String rest = line.substring(at + "DevTools listening on ws://127.0.0.1:".length());
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(rest.substring(0, rest.indexOf('/')));
            }
        }
        throw new IllegalStateException("Chromium did not start its DevTools endpoint");
    }

    /** Opens a URL and waits for its load event. */
    public void open(String url) throws Exception {
        events.clear();
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (events.stream().noneMatch(e -> e.path("method").asString().equals("Page.loadEventFired"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page did not load: " + url);
            }
            Thread.sleep(20);
        }
        Thread.sleep(300);   // late console messages and requests
    }

    /** Console errors, uncaught exceptions and error log entries since the page was opened. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asString();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.consoleAPICalled") && p.path("type").asString().equals("error")) {
                errors.add("console: " + p.path("args").toString());
            } else if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + p.path("exceptionDetails").toString());
            } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asString().equals("error")) {
                errors.add("log: " + p.path("entry").path("text").asString());
            }
        }
        return errors;
    }

    /** The URLs of every request the page made since it was opened. */
    public List<String> requests() {
        return events.stream().filter(e -> e.path("method").asString().equals("Network.requestWillBeSent"))
                .map(e -> e.path("params").path("request").path("url").asString()).toList();
    }

    /** Evaluates a script expression in the page and answers its JSON value. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        return result.path("result").path("value");
    }

    /** A PNG of the whole page. */
    public void screenshot(Path file) throws Exception {
        JsonNode metrics = call("Page.getLayoutMetrics", Map.of());
        double width = metrics.path("cssContentSize").path("width").asDouble();
        double height = metrics.path("cssContentSize").path("height").asDouble();
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asString()));
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(json.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).get(10, TimeUnit.SECONDS);
        JsonNode response = answer.get(30, TimeUnit.SECONDS);
        if (response.has("error")) {
            throw new IllegalStateException(method + ": " + response.path("error"));
        }
        return response.path("result");
    }

    @Override
    public void close() throws Exception {
        if (socket != null) {
            socket.abort();
        }
        // chromium's helpers (network service, renderers) can outlive it for a moment, still writing to the profile
        java.util.List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle helper : helpers) {
            helper.destroy();
            try {
                helper.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                helper.destroyForcibly();
            }
        }
        deleteProfile();
    }

    /** Removes the throwaway profile; a file a helper removed meanwhile is not a failure (three tries). */
    private void deleteProfile() throws InterruptedException {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                return;
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                Thread.sleep(200);
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonNode node = json.readTree(message.toString());
                message.setLength(0);
                if (node.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.remove(node.path("id").asLong());
                    if (answer != null) {
                        answer.complete(node);
                    }
                } else {
                    events.add(node);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
