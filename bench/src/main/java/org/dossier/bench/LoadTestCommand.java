package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier load-test}: the served API under load, on loopback only. Clients read the story
 * list, a search and story pages as fast as they are answered, first alone, then (with
 * {@code --post}) while posters submit new articles; each phase prints requests per second and
 * p50/p95/p99 latency per kind of request, and the answers that were not 2xx.
 */
@Command(name = "load-test", description = "Measures the served API under load (loopback only): throughput and "
        + "p50/p95/p99 of the story list, search and story pages, with and without concurrent POSTs.")
public final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--url", description = "the server (default: ${DEFAULT-VALUE}); loopback addresses only")
    URI url = URI.create("http://127.0.0.1:7070");

    @Option(names = "--seconds", description = "length of each phase (default: ${DEFAULT-VALUE})")
    int seconds = 10;

    @Option(names = "--clients", description = "concurrent readers (default: ${DEFAULT-VALUE})")
    int clients = 8;

    @Option(names = "--post", description = "add a phase with concurrent POSTs: they write new articles into the "
            + "served workspace, so serve a scratch copy")
    boolean post;

    @Option(names = "--posters", description = "concurrent posters in that phase (default: ${DEFAULT-VALUE})")
    int posters = 2;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            System.err.println("load-test: " + url.getHost() + " is not a loopback address; the load test runs on "
                    + "this machine only");
            return 2;
        }
        if (seconds < 1 || clients < 1 || posters < 1) {
            System.err.println("load-test: --seconds, --clients and --posters must be at least 1");
            return 2;
        }
        List<String> storyIds = new ArrayList<>();
        List<String> words = new ArrayList<>();
        HttpResponse<String> list = get("/api/stories");
        if (list.statusCode() != 200) {
            System.err.println("load-test: GET /api/stories answered " + list.statusCode());
            return 1;
        }
        for (JsonNode s : json.readTree(list.body())) {
            storyIds.add(s.get("id").asText());
            for (String w : s.path("title").asText().split("[^\\p{L}]+")) {
                if (w.length() > 4) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (storyIds.isEmpty() || words.isEmpty()) {
            System.err.println("load-test: the served workspace has no stories; build some first");
            return 1;
        }
        System.out.printf(Locale.ROOT, "load-test: %s, %d stories, %d clients, %d s a phase%n", url, storyIds.size(),
                clients, seconds);
        print("reads alone", phase(storyIds, words, 0));
        if (post) {
            print("reads with " + posters + " posters", phase(storyIds, words, posters));
        }
        return 0;
    }

    /** Latencies (ms) per kind of request, and answers by status, of one phase. */
    record Phase(Map<String, List<Double>> latencies, Map<String, Map<Integer, Long>> statuses, double seconds) {
    }

    private Phase phase(List<String> storyIds, List<String> words, int posterCount) throws InterruptedException {
        Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
        Map<String, Map<Integer, Long>> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong counter = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(started(() -> {
                while (System.nanoTime() < end) {
                    long n = counter.getAndIncrement();
                    switch ((int) (n % 3)) {
                        case 0 -> time("GET /api/stories", () -> get("/api/stories"), latencies, statuses);
                        case 1 -> time("GET /api/search", () -> get("/api/search?q="
                                + URLEncoder.encode(words.get((int) (n % words.size())), StandardCharsets.UTF_8)),
                                latencies, statuses);
                        default -> time("GET /stories/ID", () -> get("/stories/" + storyIds.get((int) (n % storyIds.size()))),
                                latencies, statuses);
                    }
                }
            }));
        }
        for (int p = 0; p < posterCount; p++) {
            int poster = p;
            threads.add(started(() -> {
                long k = 0;
                while (System.nanoTime() < end) {
                    String body = "{\"title\": \"Load test report " + poster + "-" + k + "\", \"language\": \"en\", "
                            + "\"text\": \"The harbour council met on Tuesday for the " + poster + "-" + (k++)
                            + " time. Ministers agreed to cut the quota by " + (k % 40 + 1) + " percent.\"}";
                    time("POST /api/articles", () -> http.send(HttpRequest.newBuilder(url.resolve("/api/articles"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString()), latencies, statuses);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Phase(latencies, statuses, seconds);
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work, "load-test");
        t.start();
        return t;
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static void time(String kind, Call call, Map<String, List<Double>> latencies,
                             Map<String, Map<Integer, Long>> statuses) {
        long t0 = System.nanoTime();
        int status;
        try {
            status = call.send().statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        latencies.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add((System.nanoTime() - t0) / 1e6);
        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(status, 1L, Long::sum);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void print(String name, Phase phase) {
        System.out.println(name + ":");
        for (Map.Entry<String, List<Double>> e : new TreeMap<>(phase.latencies()).entrySet()) {
            double[] ms = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "  %-20s %6d requests %8.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms"
                            + "  answers %s%n", e.getKey(), ms.length, ms.length / phase.seconds(), percentile(ms, 50),
                    percentile(ms, 95), percentile(ms, 99), statusText(phase.statuses().get(e.getKey())));
        }
    }

    private static String statusText(Map<Integer, Long> statuses) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(statuses).forEach((status, n) -> out.append(out.length() == 0 ? "" : ", ")
                .append(status < 0 ? "no answer" : status.toString()).append(" x").append(n));
        return out.toString();
    }

    /** The {@code p}th percentile of {@code values} by the nearest-rank method; 0 for none. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
