import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The response times of one page, in milliseconds, in the order they were taken, and the figures the
 * benchmarks report of them (median, percentiles, slowest). JDK only (Java 17).
 */
public final class Timings {

    private final List<Double> millis = new ArrayList<>();

    /** Records the time since {@code startNanos} (from {@link System#nanoTime()}). */
    public void since(long startNanos) {
        millis.add((System.nanoTime() - startNanos) / 1e6);
    }

    public int count() {
        return millis.size();
    }

    /** The nearest-rank percentile: the time that {@code p} per cent of the requests took at most. */
    public double percentile(int p) {
        List<Double> sorted = sorted();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double slowest() {
        return sorted().get(millis.size() - 1);
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no request was timed");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }

    /** Every time of every page, one row each: {@code page,request,millis}. */
    public static void writeCsv(Path out, Map<String, Timings> byPage) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            csv.println("page,request,millis");
            byPage.forEach((page, timings) -> {
                for (int i = 0; i < timings.millis.size(); i++) {
                    csv.printf("\"%s\",%d,%.1f%n", page.replace("\"", "\"\""), i + 1, timings.millis.get(i));
                }
            });
        }
    }
}
