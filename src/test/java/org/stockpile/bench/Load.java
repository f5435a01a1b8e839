package org.stockpile.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import org.stockpile.support.ServiceProcess;

/**
 * Drives the service and times it. The open model sends at a fixed rate whatever the service does, and times each
 * request from the moment it was due to be sent, so a stall shows as the latency every waiting request suffered
 * (no coordinated omission). The closed model runs a fixed number of clients back to back: it finds the most the
 * service can do at that concurrency.
 */
final class Load {

    /** A request and what to do with its answer's status (0: no answer). */
    record Call(HttpRequest request, IntConsumer settle) {

        static Call of(HttpRequest request) {
            return new Call(request, status -> { });
        }
    }

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ServiceProcess service;

    Load(ServiceProcess service) {
        this.service = service;
    }

    Measurement open(String workload, double perSecond, Duration duration, Supplier<Call> calls) {
        Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        AtomicLong errors = new AtomicLong();
        long count = (long) (perSecond * duration.toSeconds());
        List<CompletableFuture<?>> pending = new ArrayList<>();
        Sampler sampler = new Sampler(service);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (long i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Call call = calls.get();
            pending.add(http.sendAsync(call.request(), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        record(latency, due);
                        int status = failure == null ? response.statusCode() : 0;
                        if (status / 100 != 2) {
                            errors.incrementAndGet();
                        }
                        call.settle().accept(status);
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).completeOnTimeout(null,
                DRAIN.toSeconds(), TimeUnit.SECONDS).join();
        long unanswered = pending.stream().filter(f -> !f.isDone()).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        return sampler.finish(workload, String.format(Locale.ROOT, "%.0f/s", perSecond), latency, unanswered,
                errors.get() + unanswered, seconds);
    }

    Measurement closed(String workload, int clients, Duration duration, Supplier<Call> calls) {
        Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        AtomicLong errors = new AtomicLong();
        Sampler sampler = new Sampler(service);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Call call = calls.get();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(call.request(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = 0;
                    }
                    record(latency, sent);
                    if (status / 100 != 2) {
                        errors.incrementAndGet();
                    }
                    call.settle().accept(status);
                }
            });
            threads.add(client);
            client.start();
        }
        for (Thread client : threads) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sampler.finish(workload, clients + " clients", latency, 0, errors.get(),
                (System.nanoTime() - start) / 1e9);
    }

    private static void record(Histogram latency, long since) {
        long micros = Math.min(HIGHEST_MICROS, (System.nanoTime() - since) / 1000);
        synchronized (latency) {
            latency.recordValue(micros);
        }
    }

    /**
     * Watches the service's memory and CPU while a workload runs, and the CPU of the two other parties sharing the
     * machine's cores: PostgreSQL (every process named postgres; the server's own count includes its backends that
     * have ended) and this load generator.
     */
    private static final class Sampler {

        private final ServiceProcess service;
        private final ServiceProcess.Usage before;
        private final double databaseBefore = databaseCpuSeconds();
        private final double generatorBefore = generatorCpuSeconds();
        private final long startedAt = System.nanoTime();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakResident;

        Sampler(ServiceProcess service) {
            this.service = service;
            this.before = service.usage();
            this.peakResident = before.residentBytes();
            this.thread = new Thread(() -> {
                while (running) {
                    peakResident = Math.max(peakResident, service.usage().residentBytes());
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                }
            }, "usage-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** {@code unanswered}: requests sent that had no answer when the workload ended, counted among the errors. */
        Measurement finish(String workload, String offered, Histogram latency, long unanswered, long errors,
                double seconds) {
            running = false;
            ServiceProcess.Usage after = service.usage();
            double wall = (System.nanoTime() - startedAt) / 1e9;
            double cores = (after.cpuTime().toMillis() - before.cpuTime().toMillis()) / 1000.0 / wall;
            long peak = Math.max(peakResident, after.residentBytes()) / (1024 * 1024);
            return Measurement.of(workload, offered, latency, unanswered, errors, seconds, peak,
                    new Measurement.Cores(cores, (databaseCpuSeconds() - databaseBefore) / wall,
                            (generatorCpuSeconds() - generatorBefore) / wall));
        }

        private static double generatorCpuSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }

        /** utime, stime, cutime and cstime of every postgres process, from /proc, in clock ticks of 1/100 s. */
        private static double databaseCpuSeconds() {
            long ticks = 0;
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        if (stat.contains("(postgres)")) {
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            for (int field = 11; field <= 14; field++) {
                                ticks += Long.parseLong(fields[field]);
                            }
                        }
                    } catch (IOException ended) {
                        // The process ended while it was being read.
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ticks / 100.0;
        }
    }
}
