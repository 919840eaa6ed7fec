package io.structview;

import io.structview.schema.FormatCode;
import io.structview.schema.Mode;
import io.structview.schema.Signedness;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * Reads and writes one item of a format code at an offset of a segment, with CPython's value rules. One codec
 * is made per field when a format is compiled; the per-call path only reads and writes.
 *
 * <p>Layouts are the JDK's native-order constants and bytes are swapped when the field's order differs, so that
 * every access goes through a {@code static final} layout the JIT can fold.
 */
abstract sealed class Codec {
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    final FormatCode code;
    /** Bytes per item ({@code s p}: the string length). */
    final long size;

    private Codec(FormatCode code, long size) {
        this.code = code;
        this.size = size;
    }

    /**
     * Returns the codec for items of {@code code} in {@code mode}.
     *
     * @param length the string length for {@code s} and {@code p}; ignored otherwise
     */
    static Codec of(FormatCode code, Mode mode, long length) {
        boolean swap = mode.order() != ByteOrder.nativeOrder();
        int size = code.size(mode);
        return switch (code.kind()) {
            case INTEGER -> new Int(code, size, code.signedness(), swap);
            case BOOL -> new Bool(code);
            case CHAR -> new Char(code);
            case FLOAT -> switch (size) {
                case 2 -> new Half(code, swap);
                case 4 -> new Single(code, swap, mode.standard());
                default -> new Double64(code, swap);
            };
            case STRING -> new Bytes(code, length);
            case PASCAL -> new Pascal(code, length);
            case PAD -> throw new IllegalArgumentException("pad bytes have no codec");
        };
    }

    /** Reads the item at {@code offset}, boxed as the contract's value mapping says. */
    abstract Object read(MemorySegment segment, long offset);

    /** Writes {@code value} at {@code offset}; throws {@link ValueError} before writing anything if it is refused. */
    abstract void write(MemorySegment segment, long offset, Object value);

    /** Throws {@link ValueError} if {@link #write} would refuse {@code value}; writes nothing. */
    abstract void check(Object value);

    /** {@code s} and {@code p} take bytes only, as CPython's bytes and bytearray; a String is refused. */
    final void requireBytes(Object value) {
        if (!(value instanceof byte[])) {
            throw new ValueError(ValueError.Reason.TYPE,
                    "argument for '" + code.code() + "' must be a bytes object (got " + typeName(value) + ")");
        }
    }

    /** Copies at most {@code width} bytes of {@code src} and zero-fills the rest; returns the bytes copied. */
    static long copyPadded(byte[] src, MemorySegment segment, long offset, long width) {
        long n = Math.min(src.length, width);
        MemorySegment.copy(MemorySegment.ofArray(src), 0, segment, offset, n);
        segment.asSlice(offset + n, width - n).fill((byte) 0);
        return n;
    }

    static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** Integers of 1, 2, 4 or 8 bytes; unpacked as {@code Long} (unsigned 64-bit codes as their bit pattern). */
    static final class Int extends Codec {
        private final int bytes;
        private final Signedness signedness;
        private final boolean swap;
        private final long min;
        private final long max;

        Int(FormatCode code, int bytes, Signedness signedness, boolean swap) {
            super(code, bytes);
            this.bytes = bytes;
            this.signedness = signedness;
            this.swap = swap;
            int bits = 8 * bytes;
            if (bits == 64) {
                min = signedness == Signedness.UNSIGNED ? 0 : Long.MIN_VALUE;
                max = Long.MAX_VALUE;
            } else {
                min = signedness == Signedness.UNSIGNED ? 0 : -(1L << (bits - 1));
                max = signedness == Signedness.SIGNED ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
            }
        }

        @Override
        Object read(MemorySegment segment, long offset) {
            return readLong(segment, offset);
        }

        long readLong(MemorySegment segment, long offset) {
            boolean signed = signedness == Signedness.SIGNED;
            switch (bytes) {
                case 1: {
                    byte v = segment.get(ValueLayout.JAVA_BYTE, offset);
                    return signed ? v : v & 0xFFL;
                }
                case 2: {
                    short v = segment.get(SHORT, offset);
                    v = swap ? Short.reverseBytes(v) : v;
                    return signed ? v : v & 0xFFFFL;
                }
                case 4: {
                    int v = segment.get(INT, offset);
                    v = swap ? Integer.reverseBytes(v) : v;
                    return signed ? v : v & 0xFFFF_FFFFL;
                }
                default: {
                    long v = segment.get(LONG, offset);
                    return swap ? Long.reverseBytes(v) : v;
                }
            }
        }

        @Override
        void write(MemorySegment segment, long offset, Object value) {
            writeLong(segment, offset, toLong(value));
        }

        void writeLong(MemorySegment segment, long offset, long v) {
            switch (bytes) {
                case 1 -> segment.set(ValueLayout.JAVA_BYTE, offset, (byte) v);
                case 2 -> segment.set(SHORT, offset, swap ? Short.reverseBytes((short) v) : (short) v);
                case 4 -> segment.set(INT, offset, swap ? Integer.reverseBytes((int) v) : (int) v);
                default -> segment.set(LONG, offset, swap ? Long.reverseBytes(v) : v);
            }
        }

        @Override
        void check(Object value) {
            toLong(value);
        }

        /** The bit pattern to store; Python ints of any size arrive as {@code Long} or {@code BigInteger}. */
        long toLong(Object value) {
            if (value instanceof Long l && bytes == 8 && signedness != Signedness.SIGNED) {
                return l; // the unsigned 64-bit pattern, as unpack returns it, so unpacked values pack back
            }
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                long v = ((Number) value).longValue();
                if (v < min || v > max) {
                    throw range(BigInteger.valueOf(v));
                }
                return v;
            }
            if (value instanceof BigInteger b) {
                BigInteger lo = signedness == Signedness.UNSIGNED ? BigInteger.ZERO : BigInteger.valueOf(min);
                BigInteger hi = bytes == 8 && signedness != Signedness.SIGNED
                        ? TWO_64.subtract(BigInteger.ONE) : BigInteger.valueOf(max);
                if (b.compareTo(lo) < 0 || b.compareTo(hi) > 0) {
                    throw range(b);
                }
                return b.longValue();
            }
            if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            throw new ValueError(ValueError.Reason.TYPE,
                    "required argument is not an integer (got " + typeName(value) + ")");
        }

        private ValueError range(BigInteger v) {
            String lo = signedness == Signedness.UNSIGNED ? "0" : Long.toString(min);
            String hi = bytes == 8 && signedness != Signedness.SIGNED ? TWO_64.subtract(BigInteger.ONE).toString()
                    : Long.toString(max);
            return new ValueError(ValueError.Reason.RANGE,
                    "'" + code.code() + "' format requires " + lo + " <= number <= " + hi + " (got " + v + ")");
        }
    }

    /** {@code ?}: packs Python truthiness, unpacks any non-zero byte as true. */
    static final class Bool extends Codec {
        Bool(FormatCode code) {
            super(code, 1);
        }

        @Override
        Object read(MemorySegment segment, long offset) {
            return segment.get(ValueLayout.JAVA_BYTE, offset) != 0;
        }

        @Override
        void write(MemorySegment segment, long offset, Object value) {
            segment.set(ValueLayout.JAVA_BYTE, offset, truth(value) ? (byte) 1 : (byte) 0);
        }

        @Override
        void check(Object value) {
            // every object has a truth value
        }

        /** Python's {@code bool(value)} for the Java types the API accepts. */
        static boolean truth(Object value) {
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof BigInteger b) {
                return b.signum() != 0;
            }
            if (value instanceof Double || value instanceof Float) {
                return ((Number) value).doubleValue() != 0.0; // NaN is true, as in Python
            }
            if (value instanceof java.math.BigDecimal d) {
                return d.signum() != 0; // 0.5 is true, as Decimal('0.5') is in Python
            }
            if (value instanceof Number n) {
                // longValue() alone truncates: a fractional value of another Number type is still true
                return n.longValue() != 0 || n.doubleValue() != 0.0;
            }
            if (value instanceof byte[] a) {
                return a.length != 0;
            }
            if (value instanceof CharSequence s) {
                return !s.isEmpty();
            }
            if (value instanceof java.util.Collection<?> c) {
                return !c.isEmpty();
            }
            if (value instanceof Object[] a) {
                return a.length != 0;
            }
            return true;
        }
    }

    /** {@code c}: one byte, as a {@code byte[]} of length 1. */
    static final class Char extends Codec {
        Char(FormatCode code) {
            super(code, 1);
        }

        @Override
        Object read(MemorySegment segment, long offset) {
            return new byte[] {segment.get(ValueLayout.JAVA_BYTE, offset)};
        }

        @Override
        void write(MemorySegment segment, long offset, Object value) {
            check(value);
            segment.set(ValueLayout.JAVA_BYTE, offset, ((byte[]) value)[0]);
        }

        @Override
        void check(Object value) {
            if (!(value instanceof byte[] a)) {
                throw new ValueError(ValueError.Reason.TYPE,
                        "char format requires a bytes object of length 1 (got " + typeName(value) + ")");
            }
            if (a.length != 1) {
                throw new ValueError(ValueError.Reason.RANGE,
                        "char format requires a bytes object of length 1 (got length " + a.length + ")");
            }
        }
    }

    /** Shared by the float codes: which Java values are Python numbers, and how they become a double. */
    abstract static sealed class Real extends Codec {
        /** The float's bits go through the integer codec of the same width and byte order. */
        private final Int raw;

        Real(FormatCode code, int size, boolean swap) {
            super(code, size);
            this.raw = new Int(code, size, Signedness.UNSIGNED, swap);
        }

        @Override
        final Object read(MemorySegment segment, long offset) {
            return fromBits(raw.readLong(segment, offset));
        }

        @Override
        final void write(MemorySegment segment, long offset, Object value) {
            raw.writeLong(segment, offset, bits(toDouble(value)));
        }

        /** The boxed value for a stored bit pattern. */
        abstract Object fromBits(long bits);

        final double toDouble(Object value) {
            if (value instanceof Double || value instanceof Float || value instanceof Long
                    || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).doubleValue();
            }
            if (value instanceof BigInteger b) {
                double d = b.doubleValue(); // correctly rounded, as CPython's int-to-float
                if (Double.isInfinite(d)) {
                    throw new ValueError(ValueError.Reason.RANGE,
                            "int too large to convert to float (got " + b.bitLength() + "-bit integer)");
                }
                return d;
            }
            if (value instanceof Boolean b) {
                return b ? 1.0 : 0.0;
            }
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            throw new ValueError(ValueError.Reason.TYPE,
                    "required argument is not a float (got " + typeName(value) + ")");
        }

        @Override
        final void check(Object value) {
            bits(toDouble(value));
        }

        /** The stored bit pattern for {@code x}; throws {@link ValueError} on overflow. */
        abstract long bits(double x);

        static ValueError overflow(char code, double x) {
            return new ValueError(ValueError.Reason.RANGE,
                    "float too large to pack with " + code + " format (got " + x + ")");
        }
    }

    /** {@code e}: IEEE 754 binary16, rounded half-even straight from the double as CPython's PyFloat_Pack2. */
    static final class Half extends Real {
        Half(FormatCode code, boolean swap) {
            super(code, 2, swap);
        }

        @Override
        Object fromBits(long bits) {
            return Float.float16ToFloat((short) bits);
        }

        @Override
        long bits(double x) {
            int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            int e;
            int bits;
            if (x == 0.0) {
                e = 0;
                bits = 0;
            } else if (Double.isInfinite(x)) {
                e = 0x1f;
                bits = 0;
            } else if (Double.isNaN(x)) {
                e = 0x1f;
                bits = 512;
            } else {
                double a = Math.abs(x);
                // frexp: a = f * 2^e with 0.5 <= f < 1; then normalise f to [1, 2).
                e = Math.getExponent(a);
                double f = a / Math.scalb(1.0, e);
                if (e < Double.MIN_EXPONENT) { // subnormal double: far below the half range
                    e = -1023;
                    f = 1.0;
                }
                if (e >= 16) {
                    throw overflow('e', x);
                } else if (e < -25) {
                    f = 0.0;
                    e = 0;
                } else if (e < -14) {
                    f = Math.scalb(f, 14 + e);
                    e = 0;
                } else {
                    e += 15;
                    f -= 1.0;
                }
                f *= 1024.0;
                bits = (int) f;
                if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) {
                    ++bits;
                    if (bits == 1024) {
                        bits = 0;
                        ++e;
                        if (e == 31) {
                            throw overflow('e', x);
                        }
                    }
                }
            }
            return (bits | (e << 10) | (sign << 15)) & 0xFFFF;
        }
    }

    /**
     * {@code f}: IEEE binary32. A finite double too large is an error in the standard modes but becomes
     * infinity in native mode, where CPython uses a C cast.
     */
    static final class Single extends Real {
        private final boolean standard;

        Single(FormatCode code, boolean swap, boolean standard) {
            super(code, 4, swap);
            this.standard = standard;
        }

        @Override
        Object fromBits(long bits) {
            return Float.intBitsToFloat((int) bits);
        }

        @Override
        long bits(double x) {
            if (Double.isNaN(x)) {
                // What the C cast (x86 cvtsd2ss) does: keep sign and top payload bits, set the quiet bit.
                long d = Double.doubleToRawLongBits(x);
                int sign = (int) (d >>> 63) << 31;
                int payload = (int) ((d >>> 29) & 0x3F_FFFF);
                return (sign | 0x7FC0_0000 | payload) & 0xFFFF_FFFFL;
            }
            float y = (float) x;
            if (standard && Float.isInfinite(y) && !Double.isInfinite(x)) {
                throw overflow('f', x);
            }
            return Float.floatToRawIntBits(y) & 0xFFFF_FFFFL;
        }
    }

    /** {@code d}: IEEE binary64, bits stored as they are (NaN payloads kept). */
    static final class Double64 extends Real {
        Double64(FormatCode code, boolean swap) {
            super(code, 8, swap);
        }

        @Override
        Object fromBits(long bits) {
            return Double.longBitsToDouble(bits);
        }

        @Override
        long bits(double x) {
            return Double.doubleToRawLongBits(x);
        }
    }

    /** {@code s}: a fixed-length byte string; longer values are truncated, shorter ones zero-padded. */
    static final class Bytes extends Codec {
        Bytes(FormatCode code, long length) {
            super(code, length);
        }

        @Override
        Object read(MemorySegment segment, long offset) {
            return segment.asSlice(offset, size).toArray(ValueLayout.JAVA_BYTE);
        }

        @Override
        void write(MemorySegment segment, long offset, Object value) {
            check(value);
            copyPadded((byte[]) value, segment, offset, size);
        }

        @Override
        void check(Object value) {
            requireBytes(value);
        }
    }

    /**
     * {@code p}: a length byte (capped at 255 and at the field's length minus one), then the bytes,
     * zero-padded.
     */
    static final class Pascal extends Codec {
        Pascal(FormatCode code, long length) {
            super(code, length);
        }

        @Override
        Object read(MemorySegment segment, long offset) {
            if (size == 0) {
                return new byte[0]; // CPython 3.11 raises SystemError here, which is its bug
            }
            long n = Math.min(segment.get(ValueLayout.JAVA_BYTE, offset) & 0xFF, size - 1);
            return segment.asSlice(offset + 1, n).toArray(ValueLayout.JAVA_BYTE);
        }

        @Override
        void write(MemorySegment segment, long offset, Object value) {
            check(value);
            if (size == 0) {
                return;
            }
            long n = copyPadded((byte[]) value, segment, offset + 1, size - 1);
            segment.set(ValueLayout.JAVA_BYTE, offset, (byte) Math.min(n, 255));
        }

        @Override
        void check(Object value) {
            requireBytes(value);
        }
    }
}
