package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.structview.schema.Field;
import io.structview.schema.FormatCode;
import io.structview.schema.Mode;
import io.structview.schema.Signedness;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes {@link Struct} on arbitrary formats, bytes and values. Input layout (see {@link FuzzInput}): the format
 * on the first line, then the target's own bytes. The only exceptions allowed are the documented ones:
 * {@link StructException} for refused formats, buffers and values, {@link IllegalStateException} for a closed
 * arena. Every result is checked against an oracle, so wrong data is a finding too.
 *
 * <p>Regression inputs: {@code src/test/resources/io/structview/StructFuzzTestInputs/<method>/}.
 */
class StructFuzzTest {
    /** Larger structs are legal but would make the fuzzer allocate; they are covered by the limit tests. */
    private static final long MAX_PACK = 1 << 16;

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"@", "=", "<", ">", "!", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q",
        "n", "N", "e", "f", "d", "s", "p", "P", "3000000000", "9223372036854775807", "\\x0A"})
    void unpack(byte[] input) {
        FuzzInput in = new FuzzInput(input);
        String format = in.line();
        Struct s;
        try {
            s = Struct.of(format);
        } catch (StructException e) {
            return;
        }
        long offset = in.i8();
        if (offset == -128) {
            offset = in.i64(); // any offset, Long.MIN_VALUE and Long.MAX_VALUE included
        }
        byte[] data = in.rest();
        long size = s.size();

        // unpack: the exact length, nothing else
        Object[] whole = null;
        try {
            whole = s.unpack(data);
            assertThat((long) data.length).isEqualTo(size);
            checkTypes(s, whole);
            if (size <= MAX_PACK) {
                assertSameValues(s.unpack(s.pack(whole)), whole);
            }
        } catch (StructException e) {
            assertThat((long) data.length).isNotEqualTo(size);
            assertThat(e.getMessage()).contains("unpack requires a buffer of " + size + " bytes (got " + data.length + ")");
        }

        // unpack_from at an offset, CPython's negative-offset rules
        long start = offset < 0 ? offset + data.length : offset;
        boolean fits = offset < 0 ? offset + size <= 0 && start >= 0 : data.length - start >= size;
        try {
            Object[] from = s.unpackFrom(data, offset);
            assertThat(fits).as("unpack_from at %d of %d bytes", offset, data.length).isTrue();
            checkTypes(s, from);
            assertSameValues(from, s.unpack(Arrays.copyOfRange(data, (int) start, (int) (start + size))));
            if (whole != null) {
                assertSameValues(from, whole);
            }
        } catch (StructException e) {
            assertThat(fits).as("refused: %s", e.getMessage()).isFalse();
            String why = e.getMessage();
            if (offset >= 0) {
                assertThat(why).isEqualTo("unpack_from requires a buffer of at least "
                        + BigInteger.valueOf(size).add(BigInteger.valueOf(offset)) + " bytes for unpacking " + size
                        + " bytes at offset " + offset + " (actual buffer size is " + data.length + ")");
            } else if (offset + size > 0) {
                assertThat(why).isEqualTo("not enough data to unpack " + size + " bytes at offset " + offset);
            } else {
                assertThat(why).isEqualTo("offset " + offset + " out of range for " + data.length + "-byte buffer");
            }
        }

        // iter_unpack
        if (size > 0 && data.length % size == 0) {
            List<Object[]> rows = s.iterUnpack(data).toList();
            assertThat((long) rows.size()).isEqualTo(data.length / size);
            for (int r = 0; r < rows.size(); r++) {
                assertSameValues(rows.get(r), s.unpackFrom(data, r * size));
            }
        } else {
            assertThatThrownBy(() -> s.iterUnpack(data)).isInstanceOf(StructException.class);
        }

        // off-heap, then closed: never stale data
        MemorySegment seg;
        try (Arena arena = Arena.ofConfined()) {
            seg = arena.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, seg, ValueLayout.JAVA_BYTE, 0, data.length);
            if (whole != null) {
                assertSameValues(s.unpackFrom(seg.asSlice(0, data.length), 0), whole);
            }
        }
        // a closed segment fails every read; values of zero bytes (0s, 0p) and pad bytes read nothing
        boolean reads = s.fields().stream().anyMatch(f -> f.values() > 0 && f.byteSize() > 0);
        if (fits && reads) {
            assertThatThrownBy(() -> s.unpackFrom(seg, 0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"@", "=", "<", ">", "!", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q",
        "n", "N", "e", "f", "d", "s", "p", "P", "\\x0A"})
    void pack(byte[] input) {
        FuzzInput in = new FuzzInput(input);
        String format = in.line();
        Struct s;
        try {
            s = Struct.of(format);
        } catch (StructException e) {
            return;
        }
        long expected = s.layout().valueCount();
        if (expected > 64 || s.size() > MAX_PACK) {
            // a wrong count of values (never equal to expected, never a huge array)
            assertThatThrownBy(() -> s.pack(new Object[(int) (expected == 0 ? 1 : expected > 65 ? 65 : expected - 1)]))
                    .isInstanceOf(StructException.class)
                    .hasMessageContaining("pack expected " + expected + " items");
            return;
        }
        int n = (int) expected;
        int countTweak = in.u8();
        if (countTweak == 0xFF) {
            n++;
        } else if (countTweak == 0xFE && n > 0) {
            n--;
        }
        Object[] values = new Object[n];
        for (int k = 0; k < n; k++) {
            values[k] = value(in);
        }
        // which value (if any) must be refused, from the oracle
        List<FieldItem> items = items(s);
        int refused = -1;
        if (n == expected) {
            for (int k = 0; k < n; k++) {
                if (!accepts(items.get(k), values[k])) {
                    refused = k;
                    break;
                }
            }
        }

        byte[] packed;
        try {
            packed = s.pack(values);
        } catch (StructException e) {
            if (n != expected) {
                assertThat(e.getMessage()).isEqualTo("pack expected " + expected + " items for packing (got " + n
                        + ") for format " + format);
                return;
            }
            assertThat(refused).as("%s refused %s: %s", format, Arrays.deepToString(values), e.getMessage())
                    .isNotNegative();
            FieldItem it = items.get(refused);
            assertThat(e.getMessage()).startsWith("pack argument " + refused + " ('" + it.field.code().code()
                    + "' at format position " + it.field.position() + " of " + format + "): ");
            checkRefusedPackIntoWritesNothing(s, values);
            return;
        }
        assertThat(n).isEqualTo(expected);
        assertThat(refused).as("%s accepted %s", format, Arrays.deepToString(values)).isNegative();
        assertThat((long) packed.length).isEqualTo(s.size());
        Object[] back = s.unpack(packed);
        for (int k = 0; k < n; k++) {
            checkUnpacked(items.get(k), values[k], back[k]);
        }
        // pad bytes and alignment padding are zero
        boolean[] covered = new boolean[packed.length];
        for (Field f : s.fields()) {
            if (f.code() != FormatCode.PAD) {
                Arrays.fill(covered, (int) f.offset(), (int) (f.offset() + f.byteSize()), true);
            }
        }
        for (int b = 0; b < packed.length; b++) {
            if (!covered[b]) {
                assertThat(packed[b]).as("padding byte %d", b).isZero();
            }
        }
        // pack_into at an offset writes exactly those bytes and nothing around them
        int offset = in.u8() & 0x0F;
        byte[] target = new byte[offset + packed.length + 3];
        Arrays.fill(target, (byte) 0x5A);
        s.packInto(target, offset, values);
        assertThat(Arrays.copyOfRange(target, offset, offset + packed.length)).isEqualTo(packed);
        for (int b = 0; b < target.length; b++) {
            if (b < offset || b >= offset + packed.length) {
                assertThat(target[b]).isEqualTo((byte) 0x5A);
            }
        }
    }

    private static void checkRefusedPackIntoWritesNothing(Struct s, Object[] values) {
        byte[] target = new byte[(int) s.size()];
        Arrays.fill(target, (byte) 0x5A);
        assertThatThrownBy(() -> s.packInto(target, 0, values)).isInstanceOf(StructException.class);
        for (byte b : target) {
            assertThat(b).isEqualTo((byte) 0x5A);
        }
    }

    /** One value slot of a format: its field and mode. */
    record FieldItem(Field field, Mode mode) {}

    static List<FieldItem> items(Struct s) {
        List<FieldItem> out = new ArrayList<>();
        for (Field f : s.fields()) {
            for (long k = 0; k < f.values(); k++) {
                out.add(new FieldItem(f, f.mode()));
            }
        }
        return out;
    }

    /** A value of any type the API might be handed. */
    static Object value(FuzzInput in) {
        switch (in.u8() % 12) {
            case 0: return in.i64();
            case 1: return (int) in.i64();
            case 2: return (short) in.i64();
            case 3: return (byte) in.i64();
            case 4: {
                byte[] mag = in.bytes(in.u8() % 20);
                return mag.length == 0 ? BigInteger.ZERO : new BigInteger(mag);
            }
            case 5: return Double.longBitsToDouble(in.i64());
            case 6: return Float.intBitsToFloat((int) in.i64());
            case 7: return in.bool();
            case 8: return in.bytes(in.u8() % 300);
            case 9: return "x".repeat(in.u8() % 3);
            case 10: return null;
            default: return new java.math.BigDecimal(in.i64()).scaleByPowerOfTen(in.i8());
        }
    }

    private static boolean integral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger bigOf(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) v).longValue());
    }

    private static boolean unsigned64(FieldItem it) {
        return it.field.code().size(it.mode) == 8 && it.field.code().signedness() != Signedness.SIGNED;
    }

    /** The oracle: does CPython (with the contract's Java mapping) pack this value for this code? */
    static boolean accepts(FieldItem it, Object v) {
        FormatCode code = it.field.code();
        switch (code.kind()) {
            case INTEGER: {
                if (!integral(v)) {
                    return false;
                }
                if (v instanceof Long && unsigned64(it)) {
                    return true; // the unsigned bit pattern
                }
                BigInteger b = bigOf(v);
                BigInteger min = code.signedness() == Signedness.UNSIGNED ? BigInteger.ZERO : code.min(it.mode);
                BigInteger max = unsigned64(it) ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)
                        : code.max(it.mode);
                return b.compareTo(min) >= 0 && b.compareTo(max) <= 0;
            }
            case FLOAT: {
                if (!(v instanceof Number) && !(v instanceof Boolean)) {
                    return false;
                }
                double x = toDouble(v);
                if (v instanceof BigInteger && Double.isInfinite(x)) {
                    return false;
                }
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    return true;
                }
                if (code == FormatCode.HALF) {
                    return Math.abs(x) < 65520.0;
                }
                if (code == FormatCode.FLOAT) {
                    return it.mode == Mode.NATIVE || !Float.isInfinite((float) x);
                }
                return true;
            }
            case BOOL:
                return true;
            case CHAR:
                return v instanceof byte[] a && a.length == 1;
            case STRING:
            case PASCAL:
                return v instanceof byte[];
            default:
                throw new AssertionError(code);
        }
    }

    private static double toDouble(Object v) {
        return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
    }

    private static boolean truth(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof byte[] a) {
            return a.length > 0;
        }
        if (v instanceof String t) {
            return !t.isEmpty();
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.signum() != 0;
        }
        if (v instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue() != 0.0;
        }
        return ((Number) v).longValue() != 0;
    }

    /** The unpacked value is what packing {@code v} must store. */
    static void checkUnpacked(FieldItem it, Object v, Object got) {
        FormatCode code = it.field.code();
        long count = it.field.count();
        switch (code.kind()) {
            case INTEGER -> {
                long bits = v instanceof Long l && unsigned64(it) ? l : bigOf(v).longValue();
                assertThat(got).isEqualTo(bits);
            }
            case FLOAT -> {
                double x = toDouble(v);
                if (code == FormatCode.DOUBLE) {
                    assertThat(Double.doubleToRawLongBits((Double) got)).isEqualTo(Double.doubleToRawLongBits(x));
                } else if (code == FormatCode.FLOAT) {
                    float f = (Float) got;
                    if (Double.isNaN(x)) {
                        assertThat(f).isNaN();
                    } else {
                        assertThat(f).isEqualTo((float) x);
                    }
                } else {
                    float h = (Float) got;
                    if (Double.isNaN(x)) {
                        assertThat(h).isNaN();
                    } else if (Double.isInfinite(x)) {
                        assertThat((double) h).isEqualTo(x);
                    } else {
                        // correctly rounded to binary16: within half an ulp of the half value
                        double spacing = Math.scalb(1.0, Math.max(Math.getExponent(x), -14) - 10);
                        assertThat(Math.abs(h - x)).as("%s packed as e gave %s", x, h)
                                .isLessThanOrEqualTo(spacing / 2);
                    }
                }
            }
            case BOOL -> assertThat(got).isEqualTo(truth(v));
            case CHAR -> assertThat((byte[]) got).isEqualTo((byte[]) v);
            case STRING -> {
                byte[] a = (byte[]) v;
                byte[] want = Arrays.copyOf(a, (int) count);
                assertThat((byte[]) got).isEqualTo(want);
            }
            case PASCAL -> {
                byte[] a = (byte[]) v;
                int n = (int) Math.min(Math.min(a.length, Math.max(0, count - 1)), 255);
                assertThat((byte[]) got).isEqualTo(Arrays.copyOf(a, n));
            }
            default -> fail("unexpected code " + code);
        }
    }

    /** Each unpacked value has the contract's Java type and lies in its code's range. */
    static void checkTypes(Struct s, Object[] values) {
        List<FieldItem> items = items(s);
        assertThat(values).hasSize(items.size());
        for (int k = 0; k < values.length; k++) {
            FieldItem it = items.get(k);
            Object v = values[k];
            FormatCode code = it.field.code();
            switch (code.kind()) {
                case INTEGER -> {
                    assertThat(v).isInstanceOf(Long.class);
                    if (!unsigned64(it)) {
                        BigInteger b = BigInteger.valueOf((Long) v);
                        assertThat(b).isBetween(code.min(it.mode), code.max(it.mode));
                    }
                }
                case FLOAT -> assertThat(v).isInstanceOf(code == FormatCode.DOUBLE ? Double.class : Float.class);
                case BOOL -> assertThat(v).isInstanceOf(Boolean.class);
                case CHAR -> assertThat((byte[]) v).hasSize(1);
                case STRING -> assertThat((long) ((byte[]) v).length).isEqualTo(it.field.count());
                case PASCAL -> assertThat((long) ((byte[]) v).length)
                        .isLessThanOrEqualTo(Math.min(255, Math.max(0, it.field.count() - 1)));
                default -> fail("value for pad");
            }
        }
    }

    static void assertSameValues(Object[] actual, Object[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            Object e = expected[i];
            Object a = actual[i];
            if (e instanceof byte[] eb) {
                assertThat((byte[]) a).as("value %d", i).isEqualTo(eb);
            } else {
                assertThat(a).as("value %d", i).isEqualTo(e); // Float/Double equals: NaN equals NaN
            }
        }
    }
}
