package io.structview.examples.ticks;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A file of fixed-size market ticks ({@link Tick}, {@code <qIdd}: timestamp, symbol id, price, size; 28 bytes),
 * written and then scanned through a memory mapping with the generated accessors: one flyweight re-pointed at
 * each record, so the scan allocates nothing however many records there are.
 */
public final class Ticks {
    private Ticks() {}

    /** Symbol ids run from 0 to this bound, exclusive. */
    public static final int MAX_SYMBOLS = 1024;

    /**
     * Writes {@code count} ticks for {@code symbols} symbols, a random walk per symbol from a fixed seed.
     *
     * @param file the file to create or replace, {@code count * Tick.SIZE} bytes
     * @param count how many ticks
     * @param symbols how many symbols, at most {@link #MAX_SYMBOLS}
     * @param seed the random seed; the same seed writes the same file
     * @throws IOException if the file cannot be written
     */
    public static void generate(Path file, long count, int symbols, long seed) throws IOException {
        if (symbols < 1 || symbols > MAX_SYMBOLS) {
            throw new IllegalArgumentException("symbols must be 1.." + MAX_SYMBOLS + ": " + symbols);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] price = new double[symbols];
        for (int s = 0; s < symbols; s++) {
            price[s] = 10 + random.nextDouble() * 490;
        }
        long timestamp = 1_704_205_800_000_000_000L; // 2024-01-02T14:30:00Z in nanoseconds
        try (Arena arena = Arena.ofConfined();
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            MemorySegment out = ch.map(FileChannel.MapMode.READ_WRITE, 0, count * Tick.SIZE, arena);
            Tick tick = new Tick();
            for (long i = 0; i < count; i++) {
                int symbol = random.nextInt(symbols);
                price[symbol] *= 1 + (random.nextDouble() - 0.5) * 0.002;
                timestamp += 1 + random.nextInt(20_000);
                tick.wrap(out, i * Tick.SIZE)
                        .timestamp(timestamp)
                        .symbol(symbol)
                        .price(Math.round(price[symbol] * 100) / 100.0)
                        .size(1 + random.nextInt(100) * 10);
            }
        }
    }

    /**
     * Per-symbol volume-weighted average price, with the scan's measurements.
     *
     * @param records how many ticks were read
     * @param ticks ticks per symbol id
     * @param volume the summed size per symbol id
     * @param notional the summed price times size per symbol id
     * @param nanos how long the scan took
     * @param allocatedBytes heap bytes the scanning thread allocated during the scan
     */
    public record Vwap(long records, long[] ticks, double[] volume, double[] notional, long nanos,
            long allocatedBytes) {
        /**
         * The VWAP of one symbol.
         *
         * @param symbol the symbol id
         * @return notional over volume, NaN if the symbol never traded
         */
        public double vwap(int symbol) {
            return notional[symbol] / volume[symbol];
        }

        /** Records per second. */
        public double recordsPerSecond() {
            return records * 1e9 / nanos;
        }

        /** Gigabytes (10^9 bytes) of ticks per second. */
        public double gigabytesPerSecond() {
            return records * Tick.SIZE / (double) nanos;
        }

        /** How many symbols traded. */
        public int symbols() {
            int n = 0;
            for (long t : ticks) {
                n += t > 0 ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * Maps a tick file read-only and computes the VWAP of every symbol.
     *
     * @param file a file written by {@link #generate}
     * @return the VWAPs and how fast they were computed
     * @throws IOException if the file cannot be read
     */
    public static Vwap vwap(Path file) throws IOException {
        return vwap(file, 1)[0];
    }

    /**
     * Maps a tick file read-only once and computes the VWAP of every symbol several times over the mapping, to
     * show the first scan (page faults, JIT warm-up) beside the steady state.
     *
     * @param file a file written by {@link #generate}
     * @param passes how many scans
     * @return each scan's VWAPs and timing
     * @throws IOException if the file cannot be read
     */
    public static Vwap[] vwap(Path file, int passes) throws IOException {
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MemorySegment ticks = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            Vwap[] results = new Vwap[passes];
            for (int p = 0; p < passes; p++) {
                results[p] = vwap(ticks);
            }
            return results;
        }
    }

    /**
     * Computes the VWAP of every symbol over ticks held in memory.
     *
     * @param ticks whole ticks, back to back
     * @return the VWAPs and how fast they were computed
     */
    public static Vwap vwap(MemorySegment ticks) {
        long records = ticks.byteSize() / Tick.SIZE;
        long[] count = new long[MAX_SYMBOLS];
        double[] volume = new double[MAX_SYMBOLS];
        double[] notional = new double[MAX_SYMBOLS];
        Tick tick = new Tick();

        long allocatedBefore = allocatedBytes();
        long start = System.nanoTime();
        for (long i = 0, at = 0; i < records; i++, at += Tick.SIZE) {
            tick.wrap(ticks, at);
            int symbol = (int) tick.symbol();
            double size = tick.size();
            count[symbol]++;
            volume[symbol] += size;
            notional[symbol] += tick.price() * size;
        }
        long nanos = System.nanoTime() - start;
        long allocated = allocatedBytes() - allocatedBefore;
        return new Vwap(records, count, volume, notional, Math.max(1, nanos), allocated);
    }

    /** HotSpot's thread bean, which counts the bytes each thread allocates; null on a JVM without it. */
    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean ? bean : null;

    /** The heap bytes this thread has allocated so far, or 0 where the JVM does not tell. */
    static long allocatedBytes() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * The tour's report: VWAP of the first symbols and the throughput of each pass.
     *
     * @param passes the results of scanning the same file several times (the first one includes JIT warm-up)
     * @param fileBytes the file's size
     * @param writeNanos how long writing the file took
     * @return printable lines
     */
    public static String report(Vwap[] passes, long fileBytes, long writeNanos) {
        Vwap last = passes[passes.length - 1];
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%,d ticks of %d bytes (%.0f MB) written through the mapping in %.2f s; %d symbols", last.records(),
                Tick.SIZE, fileBytes / 1e6, writeNanos / 1e9, last.symbols()));
        for (int s = 0; s < Math.min(4, MAX_SYMBOLS); s++) {
            if (last.ticks()[s] > 0) {
                b.append(String.format(Locale.ROOT, "%n   symbol %d: VWAP %.4f over %,d ticks, volume %,.0f", s,
                        last.vwap(s), last.ticks()[s], last.volume()[s]));
            }
        }
        for (int p = 0; p < passes.length; p++) {
            Vwap v = passes[p];
            b.append(String.format(Locale.ROOT,
                    "%n   scan %d: %.1f ms, %.1f M records/s, %.2f GB/s, %,d bytes allocated on the heap", p + 1,
                    v.nanos() / 1e6, v.recordsPerSecond() / 1e6, v.gigabytesPerSecond(), v.allocatedBytes()));
        }
        return b.toString();
    }
}
