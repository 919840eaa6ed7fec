package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absurd sizes and offsets: a clear {@link StructException}, before anything large is allocated or read. */
class StructLimitsTest {

    @Test
    void sizeOverflowIsRefusedByTheParser() {
        assertThatThrownBy(() -> Struct.of("<4611686018427387904i"))
                .isInstanceOf(StructException.class)
                .hasMessage("total struct size too long (field overflows a 63-bit size): '4' at position 1 in format "
                        + "\"<4611686018427387904i\"");
        assertThatThrownBy(() -> Struct.of("9223372036854775807xi"))
                .hasMessageStartingWith("total struct size too long (alignment overflows a 63-bit size): 'i' at position 20");
        assertThatThrownBy(() -> Struct.of("18446744073709551616x"))
                .hasMessageStartingWith("total struct size too long (repeat count overflows a 63-bit size): '1' at position 0");
    }

    @Test
    void billionsOfItemsAreRefusedBeforeAllocating() {
        Struct s = Struct.of("<3000000000q");
        assertThat(s.size()).isEqualTo(24_000_000_000L);
        assertThatThrownBy(() -> s.pack()).hasMessage("pack expected 3000000000 items for packing (got 0) for format <3000000000q");
        assertThatThrownBy(() -> s.unpack(new byte[8]))
                .hasMessage("unpack requires a buffer of 24000000000 bytes (got 8) for format <3000000000q");
        assertThatThrownBy(() -> s.iterUnpack(new byte[8]))
                .hasMessage("iterative unpacking requires a buffer of a multiple of 24000000000 bytes (got 8)");
        assertThatThrownBy(() -> Struct.of("2147483640x").pack())
                .hasMessageStartingWith("cannot pack 2147483640 bytes into a byte[]");
    }

    /** A 3 GiB sparse file costs no disk and no memory, but lets a format describe more than a byte[] holds. */
    @Test
    void stringLongerThanAnArrayIsAStructException(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sparse.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file)) {
            MemorySegment big = ch.map(FileChannel.MapMode.READ_ONLY, 0, 3L << 30, arena);
            assertThatThrownBy(() -> Struct.of("3000000000s").unpackFrom(big, 0))
                    .isInstanceOf(StructException.class)
                    .hasMessage("cannot unpack 's' at format position 10 of 3000000000s: a 3000000000-byte string "
                            + "does not fit in a byte[]");
            assertThatThrownBy(() -> Struct.of("b3000000000p").unpackFrom(big, 0))
                    .isInstanceOf(StructException.class)
                    .hasMessageStartingWith("cannot unpack 'p' at format position 11 of b3000000000p");
            assertThatThrownBy(() -> Struct.of("3000000000s").iterUnpack(big.asSlice(0, 3_000_000_000L)))
                    .isInstanceOf(StructException.class);
            // the check is made before anything is read: a small struct still works on the same mapping
            assertThat(Struct.of("<q").unpackFrom(big, (3L << 30) - 8)).containsExactly(0L);
        }
        Files.deleteIfExists(file);
    }

    @Test
    void extremeOffsetsGiveExactNumbers() {
        Struct s = Struct.of("ii");
        assertThatThrownBy(() -> s.unpackFrom(new byte[16], Long.MAX_VALUE))
                .hasMessage("unpack_from requires a buffer of at least 9223372036854775815 bytes for unpacking 8 bytes "
                        + "at offset 9223372036854775807 (actual buffer size is 16)");
        assertThatThrownBy(() -> s.unpackFrom(new byte[16], Long.MIN_VALUE))
                .hasMessage("offset -9223372036854775808 out of range for 16-byte buffer");
        assertThatThrownBy(() -> s.packInto(new byte[16], Long.MAX_VALUE, 1, 2))
                .hasMessage("pack_into requires a buffer of at least 9223372036854775815 bytes for packing 8 bytes "
                        + "at offset 9223372036854775807 (actual buffer size is 16)");
        assertThatThrownBy(() -> s.packInto(new byte[16], -4, 1, 2))
                .hasMessage("no space to pack 8 bytes at offset -4");
        assertThatThrownBy(() -> s.unpackFrom(new byte[16], -4))
                .hasMessage("not enough data to unpack 8 bytes at offset -4");
    }
}
