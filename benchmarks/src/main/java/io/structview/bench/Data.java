package io.structview.bench;

import static io.structview.bench.Hand.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * The benchmark bytes. The same formulas are in {@code python/struct_timeit.py}, so CPython times the very same
 * bytes; both check the CRC-32 of the first 1000 records against {@link #TICK_CRC_1000} / {@link #MIXED_CRC_1000}.
 */
public final class Data {
    private Data() {
    }

    /** CRC-32 of 1000 tick records, as {@code zlib.crc32} computes it in the Python script. */
    public static final long TICK_CRC_1000 = 0x22AAD678L;
    /** CRC-32 of 1000 mixed records. */
    public static final long MIXED_CRC_1000 = 0x65B90148L;

    public static void fillTicks(MemorySegment s, long records) {
        for (long i = 0; i < records; i++) {
            long b = i * TICK_SIZE;
            s.set(TICK_TIMESTAMP, b + TICK_TIMESTAMP_OFFSET, 1_700_000_000_000_000_000L + i * 1000);
            s.set(TICK_SYMBOL, b + TICK_SYMBOL_OFFSET, (int) ((i * 7919) % 5000));
            s.set(TICK_PRICE, b + TICK_PRICE_OFFSET, 100.0 + (i % 1000) * 0.25);
            s.set(TICK_SIZE_FIELD, b + TICK_SIZE_OFFSET, (double) (i % 100 + 1));
        }
    }

    public static void fillMixed(MemorySegment s, long records) {
        for (long i = 0; i < records; i++) {
            long b = i * MIXED_SIZE;
            int qty = (int) (i * 3 - 1000);
            double px = i * 0.5;
            s.set(M_FLAGS, b + M_FLAGS_OFFSET, (byte) (i % 256 - 128));
            s.set(M_KIND, b + M_KIND_OFFSET, (short) (i % 65536));
            s.set(M_QTY, b + M_QTY_OFFSET, qty);
            s.set(M_ORDER_ID, b + M_ORDER_ID_OFFSET, i * 1_000_003L);
            s.set(M_PX, b + M_PX_OFFSET, px);
            s.set(M_RATIO, b + M_RATIO_OFFSET, (i % 64) / 4.0f);
            s.set(M_ACTIVE, b + M_ACTIVE_OFFSET, (byte) (i % 2));
            byte[] tag = String.format("T%07d", i % 10_000_000).getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(tag, 0, s, ValueLayout.JAVA_BYTE, b + M_TAG_OFFSET, 8);
            s.set(M_SEQ, b + M_SEQ_OFFSET, (int) i);
            s.set(M_DELTA, b + M_DELTA_OFFSET, (short) (i % 60000 - 30000));
            s.set(M_VENUE_TS, b + M_VENUE_TS_OFFSET, 1_700_000_000_000_000_000L + i * 1000);
            s.set(M_NOTIONAL, b + M_NOTIONAL_OFFSET, px * qty);
            s.set(M_SIDE, b + M_SIDE_OFFSET, (byte) (i % 2 == 0 ? 1 : -1));
            s.set(M_LEVEL, b + M_LEVEL_OFFSET, (byte) (i % 10));
            s.set(M_CHECKSUM, b + M_CHECKSUM_OFFSET, (int) (i ^ 0x5A5A5A5AL));
        }
    }

    /** A fixed-seed random permutation-free index list (uniform, with repeats), the same for every contender. */
    public static int[] randomIndices(int records, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] idx = new int[records];
        for (int i = 0; i < records; i++) {
            idx[i] = r.nextInt(records);
        }
        return idx;
    }

    public static long crc32(MemorySegment s) {
        CRC32 crc = new CRC32();
        crc.update(s.asByteBuffer());
        return crc.getValue();
    }
}
