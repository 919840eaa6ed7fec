package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Each error path of {@link Struct} names what is wrong and where. */
class StructErrorsTest {

    @Test
    void badFormatNamesCharacterAndPosition() {
        assertThatThrownBy(() -> Struct.of("<iHy"))
                .isInstanceOf(StructException.class)
                .hasMessage("bad char in struct format: 'y' at position 3 in format \"<iHy\"");
    }

    @Test
    void wrongArgumentCount() {
        assertThatThrownBy(() -> Struct.of("<IHd").pack(1, 2))
                .isInstanceOf(StructException.class)
                .hasMessage("pack expected 3 items for packing (got 2) for format <IHd");
    }

    @Test
    void integerOutOfRangeNamesArgumentCodeAndPosition() {
        assertThatThrownBy(() -> Struct.of("<i h").pack(1, 40000))
                .isInstanceOf(StructException.class)
                .hasMessage("pack argument 1 ('h' at format position 3 of <i h): "
                        + "'h' format requires -32768 <= number <= 32767 (got 40000)");
        assertThatThrownBy(() -> Struct.of("Q").pack(BigInteger.ONE.shiftLeft(64)))
                .hasMessageEndingWith("'Q' format requires 0 <= number <= 18446744073709551615 (got 18446744073709551616)");
        assertThatThrownBy(() -> Struct.of("<l").pack(1L << 31))
                .hasMessageEndingWith("'l' format requires -2147483648 <= number <= 2147483647 (got 2147483648)");
    }

    @Test
    void wrongTypes() {
        assertThatThrownBy(() -> Struct.of("i").pack(2.5))
                .hasMessage("pack argument 0 ('i' at format position 0 of i): required argument is not an integer (got Double)");
        assertThatThrownBy(() -> Struct.of("d").pack("x"))
                .hasMessageEndingWith("required argument is not a float (got String)");
        assertThatThrownBy(() -> Struct.of("3s").pack("abc"))
                .hasMessageEndingWith("argument for 's' must be a bytes object (got String)");
        assertThatThrownBy(() -> Struct.of("c").pack((Object) new byte[] {1, 2}))
                .hasMessageEndingWith("char format requires a bytes object of length 1 (got length 2)");
    }

    @Test
    void floatOverflow() {
        assertThatThrownBy(() -> Struct.of("<e").pack(65520.0))
                .hasMessageEndingWith("float too large to pack with e format (got 65520.0)");
        assertThatThrownBy(() -> Struct.of("<f").pack(1e300))
                .hasMessageEndingWith("float too large to pack with f format (got 1.0E300)");
        // Native f stores infinity, as CPython's C cast does (pinned: struct.pack('f', 1e300) == 0000807f).
        assertThat(Tagged.hex(Struct.of("f").pack(1e300))).isEqualTo("0000807f");
        assertThatThrownBy(() -> Struct.of("d").pack(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970))))
                .hasMessageEndingWith("int too large to convert to float (got 1024-bit integer)");
    }

    @Test
    void unpackLengths() {
        assertThatThrownBy(() -> Struct.of("HH").unpack(new byte[6]))
                .hasMessage("unpack requires a buffer of 4 bytes (got 6) for format HH");
        assertThatThrownBy(() -> Struct.of("ii").unpackFrom(new byte[1], 1))
                .hasMessage("unpack_from requires a buffer of at least 9 bytes for unpacking 8 bytes at offset 1 "
                        + "(actual buffer size is 1)");
        assertThatThrownBy(() -> Struct.of("ii").unpackFrom(new byte[8], -1))
                .hasMessage("not enough data to unpack 8 bytes at offset -1");
        assertThatThrownBy(() -> Struct.of("ii").unpackFrom(new byte[8], -9))
                .hasMessage("offset -9 out of range for 8-byte buffer");
        assertThatThrownBy(() -> Struct.of("ii").packInto(new byte[4], 0, 1, 2))
                .hasMessage("pack_into requires a buffer of at least 8 bytes for packing 8 bytes at offset 0 "
                        + "(actual buffer size is 4)");
        assertThatThrownBy(() -> Struct.of("ii").iterUnpack(new byte[3]))
                .hasMessage("iterative unpacking requires a buffer of a multiple of 8 bytes (got 3)");
        assertThatThrownBy(() -> Struct.of("0i").iterUnpack(new byte[3]))
                .hasMessage("cannot iteratively unpack with a struct of length 0 (format 0i)");
    }

    @Test
    void refusedPackIntoWritesNothing() {
        byte[] buf = {9, 9, 9, 9, 9, 9, 9, 9};
        assertThatThrownBy(() -> Struct.of("<hhhB").packInto(buf, 0, 1, 2, 3, 256))
                .hasMessageStartingWith("pack argument 3 ('B' at format position 4");
        assertThat(buf).containsOnly(9);
    }

    @Test
    void readOnlyAndClosedSegments() {
        MemorySegment ro = MemorySegment.ofArray(new byte[8]).asReadOnly();
        assertThatThrownBy(() -> Struct.of("q").packInto(ro, 0, 1L))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("pack_into requires a writable segment, got a read-only one");
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(8);
        }
        assertThatThrownBy(() -> Struct.of("q").unpackFrom(closed, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hugeFormatsFailClearlyWithoutAllocating() {
        Struct s = Struct.of("3000000000x");
        assertThat(s.size()).isEqualTo(3_000_000_000L);
        assertThatThrownBy(s::pack).hasMessageStartingWith("cannot pack 3000000000 bytes into a byte[]");
        Struct many = Struct.of("3000000000b");
        assertThatThrownBy(() -> many.pack()).hasMessage("pack expected 3000000000 items for packing (got 0) for format 3000000000b");
        assertThatThrownBy(() -> many.unpackFrom(MemorySegment.NULL.reinterpret(Long.MAX_VALUE), 0))
                .hasMessage("cannot unpack 3000000000 values into a Java array: format 3000000000b has too many items");
    }

    @Test
    void cacheReturnsTheSameCompiledStruct() {
        assertThat(Struct.of("<IHd")).isSameAs(Struct.of("<IHd"));
        assertThat(Struct.of("<IHd")).isEqualTo(Struct.of(io.structview.schema.Format.parse("<IHd")));
    }
}
