package io.github.clientbudgets.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The measuring loop: warm-up iterations (not recorded), then measured iterations; baseline and ours run
 * <em>interleaved</em> (baseline i, ours i, baseline i+1, ...) so that noise from other processes on the machine
 * hits both sides alike. Statistics: median and p99 (nearest rank) of the recorded wall-clock times.
 */
public final class Measure {
    /** Warm-up lasts at least this long as well as the given number of iterations: the JIT needs time, not counts. */
    static final long WARMUP_NANOS = (long) (Double.parseDouble(System.getProperty("bench.warmupSeconds", "5")) * 1e9);

    private Measure() {
    }

    /** Runs warm-up rounds until both the count and the time are reached; returns the number of rounds done. */
    private static int warmUp(int warmup, IntConsumer round) {
        long end = System.nanoTime() + WARMUP_NANOS;
        int i = 0;
        while (i < warmup || System.nanoTime() < end) {
            round.accept(i++);
        }
        return i;
    }

    /** Median and p99 of one side, in milliseconds. */
    public record Stats(int runs, double medianMs, double p99Ms) {
        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * n) - 1)];
            return new Stats(n, median / 1e6, p99 / 1e6);
        }
    }

    /** Wall-clock statistics of both sides, and the medians of the calling thread's CPU time (ms). */
    public record Pair(Stats ours, Stats baseline, double oursCpuMs, double baselineCpuMs) {
        Pair(Stats ours, Stats baseline) {
            this(ours, baseline, Double.NaN, Double.NaN);
        }

        /** ours / baseline of the CPU time medians of this thread (in-process work only: H2, not PostgreSQL). */
        public double cpuRatio() {
            return oursCpuMs / baselineCpuMs;
        }

        /** ours / baseline of the medians: 1.0 = as fast as the baseline. */
        public double ratio() {
            return ours.medianMs() / baseline.medianMs();
        }
    }

    /** Runs {@code warmup + runs} rounds of (baseline, ours); the iteration index is passed to both. */
    public static Pair interleaved(int warmup, int runs, IntConsumer baseline, IntConsumer ours) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] b = new long[runs];
        long[] o = new long[runs];
        long[] bc = new long[runs];
        long[] oc = new long[runs];
        int done = warmUp(warmup, i -> {
            baseline.accept(i);
            ours.accept(i);
        });
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            baseline.accept(done + i);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            ours.accept(done + i);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            b[i] = t1 - t0;
            o[i] = t2 - t1;
            bc[i] = c1 - c0;
            oc[i] = c2 - c1;
        }
        return new Pair(Stats.of(o), Stats.of(b), Stats.of(oc).medianMs(), Stats.of(bc).medianMs());
    }

    /** As {@link #interleaved}, with untimed set-up before each side (e.g. switching a listener on or off). */
    public static Pair interleaved(int warmup, int runs, Runnable beforeBaseline, IntConsumer baseline,
                                   Runnable beforeOurs, IntConsumer ours) {
        long[] b = new long[runs];
        long[] o = new long[runs];
        int done = warmUp(warmup, i -> {
            beforeBaseline.run();
            baseline.accept(i);
            beforeOurs.run();
            ours.accept(i);
        });
        for (int i = 0; i < runs; i++) {
            beforeBaseline.run();
            long t0 = System.nanoTime();
            baseline.accept(done + i);
            long t1 = System.nanoTime();
            beforeOurs.run();
            long t2 = System.nanoTime();
            ours.accept(done + i);
            long t3 = System.nanoTime();
            b[i] = t1 - t0;
            o[i] = t3 - t2;
        }
        return new Pair(Stats.of(o), Stats.of(b));
    }

    /** One side alone (scenarios whose two sides cannot alternate). */
    public static Stats single(int warmup, int runs, IntConsumer work) {
        long[] t = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            work.accept(i);
            long t1 = System.nanoTime();
            if (i >= warmup) {
                t[i - warmup] = t1 - t0;
            }
        }
        return Stats.of(t);
    }

    public static Stats ofNanos(long[] nanos) {
        return Stats.of(nanos);
    }
}
