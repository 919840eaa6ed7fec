package io.structview;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Copies items between strided runs of memory, overlapping or not, as CPython's {@code copy_single} does. */
final class StridedCopy {
    /** Copies between non-contiguous runs go through a heap buffer up to this size, native memory above. */
    private static final long HEAP_SCRATCH = 1 << 20;

    private StridedCopy() {}

    /**
     * Copies {@code count} items of {@code size} bytes from {@code from} (first item at {@code src}, then every
     * {@code srcStride} bytes) to {@code to} (at {@code dst}, every {@code dstStride}), as if through a temporary
     * buffer when the two overlap.
     */
    static void copy(MemorySegment from, long src, long srcStride, MemorySegment to, long dst, long dstStride,
            long count, long size) {
        if (count == 0) {
            return;
        }
        if ((count == 1 || dstStride == size) && (count == 1 || srcStride == size)) {
            // MemorySegment.copy behaves as if through a temporary segment when the two overlap.
            MemorySegment.copy(from, src, to, dst, count * size);
            return;
        }
        long total = count * size;
        try (Arena arena = total <= HEAP_SCRATCH ? null : Arena.ofConfined()) {
            MemorySegment scratch = arena == null ? MemorySegment.ofArray(new byte[(int) total])
                    : arena.allocate(total);
            for (long k = 0; k < count; k++) {
                MemorySegment.copy(from, src + k * srcStride, scratch, k * size, size);
            }
            for (long k = 0; k < count; k++) {
                MemorySegment.copy(scratch, k * size, to, dst + k * dstStride, size);
            }
        }
    }

    /** Gathers the {@code nbytes} bytes of a view's items in row-major order into {@code out}, from offset 0. */
    static void gather(MemorySegment from, Cursor items, long nbytes, long size, MemorySegment out) {
        for (long at = 0; at < nbytes; at += size) {
            MemorySegment.copy(from, items.offset(), out, at, size);
            items.advance();
        }
    }
}
