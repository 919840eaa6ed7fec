package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MemoryView} error paths that {@code MemoryViewTest} does not pin, each message naming what and where; and
 * results too large for Java refused before anything is allocated.
 */
class MemoryViewMessagesTest {

    @Test
    void castShapeWhoseProductOverflows() {
        MemoryView v = MemoryView.of(new byte[8]);
        assertThatThrownBy(() -> v.cast("q", 1L << 40, 1L << 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot cast view of format 'B' and shape [8] to 'q' with shape [1099511627776,"
                        + " 1099511627776]: product(shape) * itemsize overflows a long");
    }

    @Test
    void zeroDimensionViewTakesNoIndex() {
        MemoryView scalar = MemoryView.of(new byte[4]).cast("i", new long[0]);
        assertThat(scalar.ndim()).isZero();
        assertThatThrownBy(() -> scalar.get(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid indexing of 0-dim memory: a 0-dimension view takes no index, got 1");
    }

    /** Thread-allocated bytes, to show that a refused result was not built first. */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** A sparse file: a view larger than a Java array holds costs neither disk nor memory. */
    @Test
    void resultsTooLargeForJavaAreRefusedBeforeAllocating(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sparse.bin");
        long size = 3L << 30;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        try (MemoryView mv = MemoryView.map(file, FileChannel.MapMode.READ_ONLY)) {
            long before = allocated();
            assertThatThrownBy(mv::toList).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("cannot list 3221225472 items of dimension 1: more than a Java list holds; slice the"
                            + " view first");
            assertThatThrownBy(mv::toBytes).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageStartingWith("cannot copy 3221225472 bytes into a byte[]");
            // 1.5 GiB fits a byte[] but its hex (3 Gi characters) does not fit a String: refused before the copy
            MemoryView half = mv.slice(0, 3L << 29);
            assertThatThrownBy(half::hex).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("cannot format 1610612736 bytes as hex: the string would have 3221225472 characters,"
                            + " more than a Java string holds");
            assertThatThrownBy(() -> half.hex(':', 4)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageStartingWith("cannot format 1610612736 bytes as hex");
            assertThat(allocated() - before).as("bytes allocated while refusing").isLessThan(64L << 20);
        }
    }
}
