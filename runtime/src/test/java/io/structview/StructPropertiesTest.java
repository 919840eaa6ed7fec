package io.structview;

import static io.structview.SeededTries.bigWithEdges;
import static io.structview.SeededTries.intBetween;
import static io.structview.SeededTries.longBetween;
import static io.structview.SeededTries.oneOf;
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
import java.util.Random;
import org.junit.jupiter.api.Test;

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

    /** A random mode and up to 8 items of codes valid in it. */
    static Case randomCase(Random r) {
        Mode mode = oneOf(r, Mode.values());
        List<Item> items = new ArrayList<>();
        int n = intBetween(r, 0, 8);
        for (int i = 0; i < n; i++) {
            items.add(item(mode, r));
        }
        return new Case(mode, items);
    }

    private static Item item(Mode mode, Random r) {
        List<FormatCode> codes = Arrays.stream(FormatCode.values()).filter(c -> c.validIn(mode)).toList();
        FormatCode code = oneOf(r, codes);
        int count = intBetween(r, 0, 4);
        if (code == FormatCode.PAD) {
            return new Item(code, count, List.of());
        }
        if (code.countIsLength()) {
            int len = count * 3;
            int dataLen = code == FormatCode.PASCAL ? Math.max(0, len - 1) : len;
            byte[] bytes = new byte[dataLen];
            r.nextBytes(bytes);
            return new Item(code, len, List.of(bytes));
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(value(code, mode, r));
        }
        return new Item(code, count, values);
    }

    /** An in-range value, boxed as the unpacked result will be, so that unpack(pack(v)) equals v. */
    private static Object value(FormatCode code, Mode mode, Random r) {
        if (code.kind() == Kind.INTEGER) {
            BigInteger min = code.signedness() == Signedness.SIGNED ? code.min(mode) : BigInteger.ZERO;
            return bigWithEdges(r, min, code.max(mode)).longValue();
        }
        return switch (code.kind()) {
            case BOOL -> r.nextBoolean();
            case CHAR -> new byte[] {(byte) r.nextInt(256)};
            case FLOAT -> switch (code.size(mode)) {
                case 2 -> {
                    float f;
                    do {
                        f = Float.float16ToFloat((short) longBetween(r, Short.MIN_VALUE, Short.MAX_VALUE));
                    } while (Float.isNaN(f));
                    yield f;
                }
                case 4 -> {
                    float f;
                    do {
                        f = Float.intBitsToFloat(intBetween(r, Integer.MIN_VALUE, Integer.MAX_VALUE));
                    } while (Float.isNaN(f));
                    yield f;
                }
                default -> {
                    double d;
                    do {
                        d = Double.longBitsToDouble(longBetween(r, Long.MIN_VALUE, Long.MAX_VALUE));
                    } while (Double.isNaN(d));
                    yield d;
                }
            };
            default -> throw new IllegalArgumentException(code.toString());
        };
    }

    @Test
    void unpackOfPackGivesTheValuesBack() {
        SeededTries.run("unpackOfPackGivesTheValuesBack", 500,
                t -> unpackOfPackGivesTheValuesBack(t.draw("case", randomCase(t.random()))));
    }

    private static void unpackOfPackGivesTheValuesBack(Case c) {
        Struct s = Struct.of(c.format());
        byte[] packed = s.pack(c.values());
        assertThat((long) packed.length).isEqualTo(s.size());
        assertSameValues(s.unpack(packed), c.values());
    }

    @Test
    void offsetFormsAgreeWithPackAndUnpack() {
        SeededTries.run("offsetFormsAgreeWithPackAndUnpack", 300, t -> offsetFormsAgreeWithPackAndUnpack(
                t.draw("case", randomCase(t.random())), t.draw("offset", intBetween(t.random(), 0, 37)),
                t.draw("tail", intBetween(t.random(), 0, 11))));
    }

    private static void offsetFormsAgreeWithPackAndUnpack(Case c, int offset, int tail) {
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

    @Test
    void iterUnpackReadsEveryRecord() {
        SeededTries.run("iterUnpackReadsEveryRecord", 200, t -> iterUnpackReadsEveryRecord(
                t.draw("case", randomCase(t.random())), t.draw("rows", intBetween(t.random(), 0, 4))));
    }

    private static void iterUnpackReadsEveryRecord(Case c, int rows) {
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
