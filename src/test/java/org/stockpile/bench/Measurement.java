package org.stockpile.bench;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/** One workload's figures, as docs/performance.md shows them. */
record Measurement(String workload, String offered, double achievedPerSecond, long requests, long errors,
        double p50Ms, double p95Ms, double p99Ms, double p999Ms, double maxMs, long peakRssMb, Cores cpu) {

    /** The cores each party used on average while the workload ran. */
    record Cores(double service, double database, double generator) {
    }

    /** The latencies are those of the answered requests; every request sent counts, answered or not. */
    static Measurement of(String workload, String offered, Histogram latencyMicros, long unanswered, long errors,
            double seconds, long peakRssMb, Cores cpu) {
        long requests = latencyMicros.getTotalCount() + unanswered;
        return new Measurement(workload, offered, (requests - errors) / seconds, requests, errors,
                latencyMicros.getValueAtPercentile(50) / 1000.0, latencyMicros.getValueAtPercentile(95) / 1000.0,
                latencyMicros.getValueAtPercentile(99) / 1000.0,
                latencyMicros.getValueAtPercentile(99.9) / 1000.0, latencyMicros.getMaxValue() / 1000.0, peakRssMb,
                cpu);
    }

    static String header() {
        return "| workload | offered | achieved/s | requests | errors | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms "
                + "| service peak RSS MB | CPU cores: service | PostgreSQL | load generator |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %.2f "
                + "| %.2f | %.2f |", workload, offered, achievedPerSecond, requests, errors, p50Ms, p95Ms, p99Ms,
                p999Ms, maxMs, peakRssMb, cpu.service(), cpu.database(), cpu.generator());
    }
}
