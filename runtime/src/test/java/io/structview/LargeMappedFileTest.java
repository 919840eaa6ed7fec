package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view of a sparse 2.5 GiB mapped file: indices, offsets, slices and casts past 2^31 bytes. The file takes
 * almost no disk space (only the pages written are allocated) and is deleted afterwards.
 */
class LargeMappedFileTest {
    private static final long SIZE = (5L << 29) + 24; // 2.5 GiB + 24 bytes: not a multiple of 16
    private static final long PAST_2_31 = (1L << 31) + 5;

    @TempDir
    Path dir;

    @Test
    void readAndWriteNearTheEndOfA2GiBPlusFile() throws IOException {
        Path file = dir.resolve("sparse.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SIZE);
            raf.seek(SIZE - 3);
            raf.write(new byte[] {7, 8, 9});
        }
        try (MemoryView mv = MemoryView.map(file, FileChannel.MapMode.READ_WRITE)) {
            assertThat(mv.nbytes()).isEqualTo(SIZE);
            assertThat(mv.shape()).containsExactly(SIZE);
            assertThat(mv.get(SIZE - 1)).isEqualTo(9L);
            assertThat(mv.get(-3)).isEqualTo(7L);
            assertThat(mv.slice(-3, Long.MAX_VALUE).toBytes()).containsExactly(7, 8, 9);

            // Byte and item indices past 2^31.
            mv.set(0xAB, PAST_2_31);
            MemoryView longs = mv.cast("q");
            assertThat(longs.shape()).containsExactly(SIZE / 8);
            long last = SIZE / 8 - 1;
            longs.set(Long.MIN_VALUE, last);
            assertThat(longs.get(last)).isEqualTo(Long.MIN_VALUE);
            assertThat(mv.get(SIZE - 1)).isEqualTo(0x80L);
            assertThatThrownBy(() -> longs.get(last + 1)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("index " + (last + 1) + " out of bounds for length " + (last + 1)
                            + " on dimension 1 of shape [" + (last + 1) + "]");

            // A slice that starts past 2^31, its strides, a negative step, a cast of it and a record view.
            MemoryView tail = mv.slice(PAST_2_31 - 1, Long.MAX_VALUE);
            assertThat(tail.shape()).containsExactly(SIZE - PAST_2_31 + 1);
            assertThat(tail.get(1)).isEqualTo(0xABL);
            MemoryView backwards = mv.slice(Long.MAX_VALUE, (1L << 31), -(1L << 20));
            assertThat(backwards.strides()).containsExactly(-(1L << 20));
            assertThat(backwards.get(0)).isEqualTo(0x80L);
            MemoryView ints = mv.slice((1L << 31) + 64, (1L << 31) + 80).cast("<I");
            ints.set(0xDEADBEEFL, 1);
            assertThat(ints.get(1)).isEqualTo(0xDEADBEEFL);
            long far = (1L << 31) + (1L << 28);
            MemoryView records = mv.slice(far, far + 28).cast("<IHd");
            records.set(new Object[] {1, 2, 3.5}, 1);
            assertThat((Object[]) records.get(1)).containsExactly(1L, 2L, 3.5);
            assertThat(records.segment().address() - mv.segment().address()).isEqualTo(far);

            // 2-D: rows of 2^20 bytes; the last row lies past 2^31
            MemoryView grid = mv.slice(0, 2560L << 20).cast("B", 2560, 1 << 20);
            assertThat(grid.get(2048, 5)).isEqualTo(0xABL);
            assertThat(grid.strides()).containsExactly(1L << 20, 1);

            // Too big to copy into a Java array: refused with the reason, not an overflow.
            assertThatThrownBy(mv::toBytes).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("cannot copy " + SIZE + " bytes into a byte[]: more than a Java array holds; use"
                            + " segment() or slice the view");
        }
        // The writes reached the file.
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, PAST_2_31);
            assertThat(b.get(0)).isEqualTo((byte) 0xAB);
            ByteBuffer four = ByteBuffer.allocate(4);
            ch.read(four, (1L << 31) + 68);
            assertThat(four.array()).containsExactly(0xEF, 0xBE, 0xAD, 0xDE);
        } finally {
            Files.delete(file);
        }
    }
}
