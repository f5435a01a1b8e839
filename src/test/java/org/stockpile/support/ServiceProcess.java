package org.stockpile.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app}) run as its own process, the way an operator runs it: for the
 * crash and outage tests and the benchmark, which must be able to kill it, restart it and measure it from outside.
 * Its log goes to a file beside the build output.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final URI uri;
    private final Path log;
    private final long launchedAt;

    private ServiceProcess(Process process, URI uri, Path log, long launchedAt) {
        this.process = process;
        this.uri = uri;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    /**
     * Launches the packaged service with {@code environment} added to this process's own, on HTTP {@code port}
     * (a restarted service keeps its address). Returns at once: call {@link #awaitReady()}.
     */
    public static ServiceProcess launch(String name, Map<String, String> environment, List<String> jvmOptions,
            int port) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package the service first (./mvnw package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        Path log = Path.of("target", name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            long launchedAt = System.nanoTime();
            Process process = builder.start();
            // A test that fails before it stops the service must not leave it running after the build.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), log, launchedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch " + command, e);
        }
    }

    /**
     * The settings of a production deployment on {@code jdbcUrl}, with tokens from {@code tokens} and, on an empty
     * database, the demo dataset at {@code demoScale} (1 = Mali).
     */
    public static Map<String, String> environment(String jdbcUrl, String username, TokenMinter tokens,
            double demoScale) {
        Map<String, String> environment = new HashMap<>(tokens.serviceEnvironment());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", username);
        environment.put("STOCKPILE_DEMO_ENABLED", "true");
        environment.put("STOCKPILE_DEMO_SCALE", String.valueOf(demoScale));
        return environment;
    }

    /** Waits until the readiness check answers UP; returns the time from launch to that answer. */
    public Duration awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2))
                .build();
        long deadline = launchedAt + READY_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - launchedAt);
                }
            } catch (IOException notYetListening) {
                // Still starting: try again shortly.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the service", e);
            }
            sleep(Duration.ofMillis(20));
        }
        throw new IllegalStateException("The service was not ready within " + READY_LIMIT + "; see " + log);
    }

    public URI uri() {
        return uri;
    }

    public long pid() {
        return process.pid();
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** An orderly stop (SIGTERM), as an operator or systemd would do it. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** The service's resident memory now and at its peak, and the CPU time it has used, from /proc. */
    public record Usage(long residentBytes, long peakResidentBytes, Duration cpuTime) {
    }

    public Usage usage() {
        try {
            long resident = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kilobytes(line) * 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) * 1024;
                }
            }
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s on Linux.
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new Usage(resident, peak, Duration.ofMillis(ticks * 10));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read /proc for the service (pid " + pid() + ")", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("\\D", ""));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Sleeps, keeping the interrupt for the caller to see. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
