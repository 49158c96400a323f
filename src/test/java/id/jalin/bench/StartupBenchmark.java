package id.jalin.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to a shown main window: runs {@link StartupProbe} in several fresh JVMs (headless Monocle,
 * software rendering, an empty embedded database that is created and migrated) and reports min/median/max.
 */
public final class StartupBenchmark {
    private static final int RUNS = 5;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> times = new ArrayList<>();
        List<Long> firstWindow = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long[] result = runOnce();
            firstWindow.add(result[0]);
            times.add(result[1]);
        }
        Collections.sort(times);
        Collections.sort(firstWindow);
        String report = String.format("Cold start to shown start window over %d runs: min %d ms, median %d ms, max %d ms%n"
                        + "Cold start to shown main window over %d runs: min %d ms, median %d ms, max %d ms%n",
                RUNS, firstWindow.get(0), firstWindow.get(RUNS / 2), firstWindow.get(RUNS - 1),
                RUNS, times.get(0), times.get(RUNS / 2), times.get(RUNS - 1));
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    /** Milliseconds to the start window and to the main window. */
    private static long[] runOnce() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", StartupProbe.class.getName());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        long result = -1;
        long startWindow = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("START_WINDOW_MS=")) {
                    startWindow = Long.parseLong(line.substring("START_WINDOW_MS=".length()).strip());
                }
                if (line.startsWith("STARTUP_MS=")) {
                    result = Long.parseLong(line.substring("STARTUP_MS=".length()).strip());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (result < 0) {
            throw new IllegalStateException("The probe never showed the main window");
        }
        return new long[] {startWindow, result};
    }
}
