package io.structview;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Mode;
import io.structview.schema.Signedness;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** For random valid formats and in-range values: pack and unpack are inverse, and agree with the offset forms. */
class StructPropertiesTest {

    /** One code of a generated format, its repeat count and the values it packs. */
    record Item(FormatCode code, int count, List<Object> values) {
        String token() {
            return (count == 1 && !code.countIsLength() && code != FormatCode.PAD ? "" : Integer.toString(count))
                    + code.code();
        }
    }

    /** A generated format with values; {@code toString} shows the format for failure reports. */
    record Case(Mode mode, List<Item> items) {
        String format() {
            StringBuilder sb = new StringBuilder().append(mode.prefix());
            items.forEach(i -> sb.append(i.token()));
            return sb.toString();
        }

        Object[] values() {
            return items.stream().flatMap(i -> i.values().stream()).toArray();
        }

        @Override
        public String toString() {
            return format() + " " + Arrays.deepToString(values());
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(Mode.values()).flatMap(mode -> item(mode).list().ofMaxSize(8)
                .map(items -> new Case(mode, items)));
    }

    private static Arbitrary<Item> item(Mode mode) {
        List<FormatCode> codes = Arrays.stream(FormatCode.values()).filter(c -> c.validIn(mode)).toList();
        return Arbitraries.of(codes).flatMap(code -> Arbitraries.integers().between(0, 4).flatMap(count -> {
            if (code == FormatCode.PAD) {
                return Arbitraries.just(new Item(code, count, List.of()));
            }
            if (code.countIsLength()) {
                int len = count * 3;
                int dataLen = code == FormatCode.PASCAL ? Math.max(0, len - 1) : len;
                Arbitrary<Object> bytes = Arbitraries.bytes().array(byte[].class).ofSize(dataLen).map(b -> b);
                return bytes.map(b -> new Item(code, len, List.of(b)));
            }
            return value(code, mode).list().ofSize(count).map(v -> new Item(code, count, v));
        }));
    }

    /** In-range values, boxed as the unpacked result will be, so that unpack(pack(v)) equals v. */
    private static Arbitrary<Object> value(FormatCode code, Mode mode) {
        if (code.kind() == Kind.INTEGER) {
            BigInteger min = code.signedness() == Signedness.SIGNED ? code.min(mode) : BigInteger.ZERO;
            return Arbitraries.bigIntegers().between(min, code.max(mode)).map(b -> (Object) b.longValue());
        }
        return switch (code.kind()) {
            case BOOL -> Arbitraries.of(true, false).map(b -> b);
            case CHAR -> Arbitraries.bytes().map(b -> new byte[] {b});
            case FLOAT -> switch (code.size(mode)) {
                case 2 -> Arbitraries.shorts().map(Float::float16ToFloat).filter(f -> !f.isNaN()).map(f -> f);
                case 4 -> Arbitraries.integers().map(Float::intBitsToFloat).filter(f -> !f.isNaN()).map(f -> f);
                default -> Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !d.isNaN()).map(d -> d);
            };
            default -> throw new IllegalArgumentException(code.toString());
        };
    }

    @Property(tries = 500)
    void unpackOfPackGivesTheValuesBack(@ForAll("cases") Case c) {
        Struct s = Struct.of(c.format());
        byte[] packed = s.pack(c.values());
        assertThat((long) packed.length).isEqualTo(s.size());
        assertSameValues(s.unpack(packed), c.values());
    }

    @Property(tries = 300)
    void offsetFormsAgreeWithPackAndUnpack(@ForAll("cases") Case c, @ForAll @IntRange(max = 37) int offset,
            @ForAll @IntRange(max = 11) int tail) {
        Struct s = Struct.of(c.format());
        byte[] packed = s.pack(c.values());
        MemorySegment seg = MemorySegment.ofArray(new byte[offset + packed.length + tail]).fill((byte) 0x5a);
        s.packInto(seg, offset, c.values());
        byte[] written = seg.asSlice(offset, packed.length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        assertThat(written).isEqualTo(packed);
        for (long i = 0; i < offset; i++) {
            assertThat(seg.get(java.lang.foreign.ValueLayout.JAVA_BYTE, i)).as("byte %d before the struct", i)
                    .isEqualTo((byte) 0x5a);
        }
        assertSameValues(s.unpackFrom(seg, offset), c.values());
        // A negative offset counts from the end, as in CPython.
        long fromEnd = -(packed.length + tail);
        if (fromEnd < 0) {
            assertSameValues(s.unpackFrom(seg, fromEnd), c.values());
        }
    }

    @Property(tries = 200)
    void iterUnpackReadsEveryRecord(@ForAll("cases") Case c, @ForAll @IntRange(max = 4) int rows) {
        Struct s = Struct.of(c.format());
        if (s.size() == 0) {
            return;
        }
        byte[] one = s.pack(c.values());
        byte[] all = new byte[one.length * rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(one, 0, all, r * one.length, one.length);
        }
        List<Object[]> got = new ArrayList<>(s.iterUnpack(all).toList());
        assertThat(got).hasSize(rows);
        got.forEach(row -> assertSameValues(row, c.values()));
    }

    private static void assertSameValues(Object[] actual, Object[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            Object e = expected[i];
            Object a = actual[i];
            if (e instanceof Float f) {
                assertThat(Float.floatToRawIntBits((Float) a)).as("value %d", i).isEqualTo(Float.floatToRawIntBits(f));
            } else if (e instanceof Double d) {
                assertThat(Double.doubleToRawLongBits((Double) a)).as("value %d", i)
                        .isEqualTo(Double.doubleToRawLongBits(d));
            } else {
                assertThat(a).as("value %d", i).isEqualTo(e);
            }
        }
    }
}
