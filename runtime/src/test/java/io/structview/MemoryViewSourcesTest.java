package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every source kind: zero copy, writes through the view reach the source and writes to the source show. */
class MemoryViewSourcesTest {
    @TempDir
    Path dir;

    /**
     * Writes through the view (an item of a cast view and a byte of a slice) and checks the source, then writes
     * to the source and checks the view.
     *
     * @param readSource reads the source's byte at an index
     * @param writeSource writes a byte into the source at an index
     */
    private static void assertWriteThrough(MemoryView v, IntUnaryOperator readSource,
            ObjIntConsumer<Byte> writeSource) {
        assertThat(v.format()).isEqualTo("B");
        assertThat(v.shape()).containsExactly(16);
        assertThat(v.readOnly()).isFalse();
        // view -> source
        v.cast("I").set(0xA1B2C3D4L, 1); // native order: little-endian on x86-64
        assertThat(readSource.applyAsInt(4)).isEqualTo(0xD4);
        assertThat(readSource.applyAsInt(7)).isEqualTo(0xA1);
        v.slice(15, 0, -7).set(0x7F, 1); // the slice is [15, 8]; item 1 is byte 8
        assertThat(readSource.applyAsInt(8)).isEqualTo(0x7F);
        // source -> view
        writeSource.accept((byte) 0x42, 13);
        assertThat(v.get(13)).isEqualTo(0x42L);
        assertThat(v.slice(12, 14).toBytes()).containsExactly(0, 0x42);
        assertThat(v.cast("I").get(1)).isEqualTo(0xA1B2C3D4L);
    }

    @Test
    void byteArray() {
        byte[] a = new byte[16];
        assertWriteThrough(MemoryView.of(a), i -> a[i] & 0xFF, (b, i) -> a[i] = b);
    }

    @Test
    void byteArrayRange() {
        byte[] a = new byte[20];
        MemoryView v = MemoryView.of(a, 3, 16);
        assertWriteThrough(v, i -> a[3 + i] & 0xFF, (b, i) -> a[3 + i] = b);
        assertThat(a[0]).isZero();
        assertThat(a[19]).isZero();
    }

    @Test
    void byteArrayRangeIsChecked() {
        byte[] a = new byte[8];
        assertThatThrownBy(() -> MemoryView.of(a, 4, 5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Range [4, 4 + 5) out of bounds for length 8");
        assertThatThrownBy(() -> MemoryView.of(a, -1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(MemoryView.of(a, 8, 0).shape()).containsExactly(0);
    }

    @Test
    void heapByteBuffer() {
        ByteBuffer bb = ByteBuffer.allocate(20).position(2).limit(18);
        assertWriteThrough(MemoryView.of(bb), i -> bb.get(2 + i) & 0xFF, (b, i) -> bb.put(2 + i, b));
    }

    @Test
    void directByteBuffer() {
        ByteBuffer bb = ByteBuffer.allocateDirect(16);
        assertWriteThrough(MemoryView.of(bb), i -> bb.get(i) & 0xFF, (b, i) -> bb.put(i, b));
    }

    @Test
    void readOnlyByteBufferGivesReadOnlyView() {
        ByteBuffer bb = ByteBuffer.allocate(4);
        MemoryView v = MemoryView.of(bb.asReadOnlyBuffer());
        assertThat(v.readOnly()).isTrue();
        bb.put(1, (byte) 9);
        assertThat(v.get(1)).isEqualTo(9L);
        assertThatThrownBy(() -> v.set(1, 0)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("cannot set an item: cannot modify read-only memory");
        assertThat(v.segment().isReadOnly()).isTrue();
    }

    @Test
    void nativeSegment() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(16);
            assertWriteThrough(MemoryView.of(s), i -> s.get(ValueLayout.JAVA_BYTE, i) & 0xFF,
                    (b, i) -> s.set(ValueLayout.JAVA_BYTE, i, b));
        }
    }

    @Test
    void heapSegmentOfAnotherArrayType() {
        long[] longs = new long[2];
        MemorySegment s = MemorySegment.ofArray(longs);
        assertWriteThrough(MemoryView.of(s), i -> s.get(ValueLayout.JAVA_BYTE, i) & 0xFF,
                (b, i) -> s.set(ValueLayout.JAVA_BYTE, i, b));
        assertThat(longs[0]).isEqualTo(0xA1B2C3D4_00000000L);
    }

    @Test
    void readOnlySegmentGivesReadOnlyView() {
        MemorySegment s = MemorySegment.ofArray(new byte[4]);
        MemoryView v = MemoryView.of(s.asReadOnly());
        assertThat(v.readOnly()).isTrue();
        s.set(ValueLayout.JAVA_BYTE, 3, (byte) 5);
        assertThat(v.get(3)).isEqualTo(5L);
        assertThatThrownBy(() -> v.set(1, 0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allocate() {
        MemoryView v = MemoryView.allocate(16);
        MemorySegment s = v.segment();
        assertThat(v.toBytes()).containsOnly(0);
        assertWriteThrough(v, i -> s.get(ValueLayout.JAVA_BYTE, i) & 0xFF,
                (b, i) -> s.set(ValueLayout.JAVA_BYTE, i, b));
        assertThat(s.isNative()).isTrue();
    }

    @Test
    void allocateNegativeIsRefused() {
        assertThatThrownBy(() -> MemoryView.allocate(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot allocate a view of -1 bytes: size is negative");
    }

    @Test
    void allocateFromArena() {
        MemoryView v;
        MemoryView ints;
        try (Arena arena = Arena.ofConfined()) {
            v = MemoryView.allocate(arena, 16);
            MemorySegment s = v.segment();
            assertWriteThrough(v, i -> s.get(ValueLayout.JAVA_BYTE, i) & 0xFF,
                    (b, i) -> s.set(ValueLayout.JAVA_BYTE, i, b));
            ints = v.cast("i");
        }
        // The arena, not the view, owns the memory: once it is closed no view of it can be used.
        assertThatThrownBy(() -> v.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot get an item: the memory of this view was freed (its arena or file mapping is"
                        + " closed)");
        assertThatThrownBy(ints::toList).isInstanceOf(IllegalStateException.class);
        assertThat(v.toString()).isEqualTo("MemoryView[released]");
    }

    @Test
    void mapReadWrite() throws IOException {
        Path f = dir.resolve("rw.bin");
        Files.write(f, new byte[16]);
        try (MemoryView v = MemoryView.map(f, FileChannel.MapMode.READ_WRITE);
                FileChannel ch = FileChannel.open(f, java.nio.file.StandardOpenOption.READ,
                        java.nio.file.StandardOpenOption.WRITE)) {
            assertWriteThrough(v, i -> readByte(ch, i), (b, i) -> writeByte(ch, i, b));
        }
        byte[] after = Files.readAllBytes(f);
        assertThat(after[4] & 0xFF).isEqualTo(0xD4);
        assertThat(after[8]).isEqualTo((byte) 0x7F);
        assertThat(after[13]).isEqualTo((byte) 0x42);
    }

    @Test
    void mapReadOnly() throws IOException {
        Path f = dir.resolve("ro.bin");
        Files.write(f, new byte[] {1, 2, 3, 4});
        try (MemoryView v = MemoryView.map(f, FileChannel.MapMode.READ_ONLY)) {
            assertThat(v.readOnly()).isTrue();
            assertThat(v.toBytes()).containsExactly(1, 2, 3, 4);
            assertThat(v.cast(">I").get(0)).isEqualTo(0x01020304L);
            assertThatThrownBy(() -> v.set(0, 0)).isInstanceOf(UnsupportedOperationException.class);
            try (FileChannel ch = FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                writeByte(ch, 2, (byte) 9);
            }
            assertThat(v.get(2)).isEqualTo(9L);
        }
    }

    @Test
    void mapPrivateWritesStayPrivate() throws IOException {
        Path f = dir.resolve("private.bin");
        Files.write(f, new byte[] {1, 2, 3, 4});
        try (MemoryView v = MemoryView.map(f, FileChannel.MapMode.PRIVATE)) {
            assertThat(v.readOnly()).isFalse();
            v.set(99, 0);
            assertThat(v.get(0)).isEqualTo(99L);
        }
        assertThat(Files.readAllBytes(f)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void mapReleaseUnmapsForEveryDerivedView() throws IOException {
        Path f = dir.resolve("release.bin");
        Files.write(f, new byte[8]);
        MemoryView v = MemoryView.map(f, FileChannel.MapMode.READ_WRITE);
        MemoryView ints = v.cast("i");
        MemorySegment s = v.segment();
        v.close();
        assertThat(s.scope().isAlive()).isFalse();
        assertThatThrownBy(() -> v.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot get an item: operation forbidden on released memoryview object");
        assertThatThrownBy(() -> ints.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the memory of this view was freed");
        v.close(); // again: nothing happens
    }

    @Test
    void mapMissingFile() {
        assertThatThrownBy(() -> MemoryView.map(dir.resolve("missing"), FileChannel.MapMode.READ_ONLY))
                .isInstanceOf(IOException.class);
    }

    @Test
    void mapEmptyFile() throws IOException {
        Path f = dir.resolve("empty.bin");
        Files.write(f, new byte[0]);
        try (MemoryView v = MemoryView.map(f, FileChannel.MapMode.READ_WRITE)) {
            assertThat(v.shape()).containsExactly(0);
            assertThat(v.toBytes()).isEmpty();
        }
    }

    @Test
    void segmentSharesMemoryAndIsReadOnlyWhereTheViewIs() {
        byte[] a = {0, 1, 2, 3, 4, 5, 6, 7};
        MemoryView v = MemoryView.of(a);
        MemorySegment s = v.slice(2, 6).segment();
        assertThat(s.byteSize()).isEqualTo(4);
        s.set(ValueLayout.JAVA_BYTE, 0, (byte) 42);
        assertThat(a[2]).isEqualTo((byte) 42);
        assertThat(v.toReadOnly().segment().isReadOnly()).isTrue();
        // A length-1 view with a negative stride is contiguous (CPython: shape[0] == 1).
        assertThat(v.slice(7, 0, -1).slice(0, 1).segment().get(ValueLayout.JAVA_BYTE, 0)).isEqualTo((byte) 7);
        // Empty slices: m[5:2] and m[8:8] are contiguous, m[::-1][8:8] (stride -1) is not.
        assertThat(v.slice(5, 2).segment().byteSize()).isZero();
        assertThat(v.slice(8, 8).segment().byteSize()).isZero();
        assertThat(v.slice(Long.MAX_VALUE, Long.MIN_VALUE, -1).slice(8, 8).contiguous()).isFalse();
        assertThatThrownBy(() -> v.slice(0, 8, 2).segment()).isInstanceOf(IllegalStateException.class)
                .hasMessage("segment() needs a contiguous view, but this view (format B, shape [4], strides [2])"
                        + " is not contiguous; use toBytes() for a copy");
    }

    @Test
    void sourcesAreNotCopied() {
        ByteBuffer direct = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
        MemoryView v = MemoryView.of(direct);
        assertThat(v.segment().address()).isEqualTo(MemorySegment.ofBuffer(direct).address());
    }

    private static int readByte(FileChannel ch, long position) {
        try {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, position);
            return one.get(0) & 0xFF;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeByte(FileChannel ch, long position, byte b) {
        try {
            ch.write(ByteBuffer.wrap(new byte[] {b}), position);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
