package io.structview;

import io.structview.schema.Field;
import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Mode;
import io.structview.schema.Signedness;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The item type of a {@link MemoryView}: either one native format code, optionally prefixed with {@code @}, as
 * CPython's memoryview accepts, or any other struct format, whose items are records (StructView's extension).
 * Immutable.
 *
 * <p>A native code reads and writes through one {@link Codec}; a struct format through {@link Struct}. A struct
 * format that packs exactly one value (such as {@code "<I"} or {@code "8s"}) gives plain items rather than
 * one-element arrays, as CPython's struct-based memoryview comparison unwraps them.
 */
final class ItemFormat {
    /** The codes CPython's memoryview accepts as a single native format ({@code e} since CPython 3.12). */
    private static final String NATIVE_CODES = "cbB?hHiIlLqQnNefdP";

    private static final ConcurrentHashMap<String, ItemFormat> NATIVE = new ConcurrentHashMap<>();

    /** The format of views made straight from bytes. */
    static final ItemFormat BYTES = of("B");

    /** The format string as given, such as {@code "@i"} or {@code "<IHd"}. */
    final String text;
    /** Bytes per item. */
    final long size;
    /** The code of a native single-character format, {@code '@'} stripped; {@code 0} for a struct format. */
    final char nativeCode;
    private final Codec codec;
    private final Struct struct;
    /** Items are single values, not {@code Object[]} records. */
    private final boolean scalar;
    /** Per value: the stored 64 bits are an unsigned Python int ({@code Q N P}, native {@code L}). */
    private final boolean[] unsigned64;

    private ItemFormat(String text, long size, char nativeCode, Codec codec, Struct struct, boolean scalar,
            boolean[] unsigned64) {
        this.text = text;
        this.size = size;
        this.nativeCode = nativeCode;
        this.codec = codec;
        this.struct = struct;
        this.scalar = scalar;
        this.unsigned64 = unsigned64;
    }

    /**
     * Returns the item format for a format string.
     *
     * @throws StructException if the string is not a valid struct format, or its item size is zero
     */
    static ItemFormat of(String text) {
        Objects.requireNonNull(text, "format");
        char code = nativeCode(text);
        if (code != 0) {
            // At most 36 native texts ("i", "@i", ...): cached, so that casts in a loop build no codecs.
            return NATIVE.computeIfAbsent(text, t -> {
                FormatCode fc = FormatCode.of(code);
                Codec codec = Codec.of(fc, Mode.NATIVE, 1);
                return new ItemFormat(t, codec.size, code, codec, null, true,
                        new boolean[] {isUnsigned64(fc, Mode.NATIVE)});
            });
        }
        Struct struct = Struct.of(text);
        if (struct.size() == 0) {
            throw new StructException("cannot use format " + quote(text)
                    + " for memoryview items: its item size is 0 bytes");
        }
        List<Boolean> flags = new ArrayList<>();
        for (Field f : struct.fields()) {
            for (long k = 0; k < f.values(); k++) {
                flags.add(isUnsigned64(f.code(), f.mode()));
            }
        }
        boolean[] unsigned = new boolean[flags.size()];
        for (int i = 0; i < unsigned.length; i++) {
            unsigned[i] = flags.get(i);
        }
        return new ItemFormat(text, struct.size(), (char) 0, null, struct, unsigned.length == 1, unsigned);
    }

    /** CPython's {@code get_native_fmtstr}: an optional {@code '@'} and exactly one native code. */
    private static char nativeCode(String text) {
        int at = text.startsWith("@") ? 1 : 0;
        if (text.length() != at + 1) {
            return 0;
        }
        char c = text.charAt(at);
        return NATIVE_CODES.indexOf(c) >= 0 ? c : 0;
    }

    private static boolean isUnsigned64(FormatCode code, Mode mode) {
        return code.kind() == Kind.INTEGER && code.size(mode) == 8 && code.signedness() != Signedness.SIGNED;
    }

    /** Tells whether this is one of the byte formats {@code b B c}, one of which a cast needs on one side. */
    boolean isByteFormat() {
        return nativeCode == 'b' || nativeCode == 'B' || nativeCode == 'c';
    }

    /** Tells whether this is a struct format (a record view), not a native single code. */
    boolean isRecord() {
        return nativeCode == 0;
    }

    /** Tells whether items are single values rather than {@code Object[]} records. */
    boolean isScalar() {
        return scalar;
    }

    /** Tells whether the raw bytes of two items are equal exactly when their values are. */
    boolean bytesAreValues() {
        return nativeCode != 0 && FormatCode.of(nativeCode).kind() != Kind.FLOAT;
    }

    /** CPython's {@code equiv_format}: the same format once a leading {@code '@'} is dropped, and the same size. */
    boolean equivalent(ItemFormat other) {
        return stripAt(text).equals(stripAt(other.text)) && size == other.size;
    }

    private static String stripAt(String s) {
        return s.startsWith("@") ? s.substring(1) : s;
    }

    /** The item's Java value at {@code offset}: the contract's mapping, {@code Object[]} for records. */
    Object read(MemorySegment segment, long offset) {
        if (codec != null) {
            return codec.read(segment, offset);
        }
        Object[] values = struct.unpackFrom(segment, offset);
        return scalar ? values[0] : values;
    }

    /** The item's value as {@link MemoryView#toList} holds it: {@link #read}, with a {@link Tuple} for a record. */
    Object listValue(MemorySegment segment, long offset) {
        Object v = read(segment, offset);
        return v instanceof Object[] values ? Tuple.own(values) : v;
    }

    /**
     * The item at {@code offset} as the Python value it stands for, for comparison: unsigned 64-bit integers
     * whose top bit is set become {@code BigInteger}.
     */
    Object pythonValue(MemorySegment segment, long offset) {
        if (codec != null) {
            return unsigned(codec.read(segment, offset), unsigned64[0]);
        }
        Object[] values = struct.unpackFrom(segment, offset);
        for (int i = 0; i < values.length; i++) {
            values[i] = unsigned(values[i], unsigned64[i]);
        }
        return scalar ? values[0] : values;
    }

    /**
     * Reads a value to search for as {@link #write} reads it, in {@link #pythonValue}'s terms: a {@code Long} for
     * a 64-bit unsigned code is its bit pattern, so {@code index(get(i))} finds {@code i}.
     */
    Object searchValue(Object value) {
        if (scalar || codec != null) {
            return unsigned(value, unsigned64[0]);
        }
        Object[] given = value instanceof Tuple t ? t.values() : value instanceof Object[] a ? a : null;
        if (given != null && given.length == unsigned64.length) {
            Object[] out = given.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] = unsigned(out[i], unsigned64[i]);
            }
            return out;
        }
        return value;
    }

    private static Object unsigned(Object value, boolean unsigned64) {
        if (unsigned64 && value instanceof Long v && v < 0) {
            return new BigInteger(Long.toUnsignedString(v));
        }
        return value;
    }

    /**
     * Writes {@code value} at {@code offset}; a refused value throws before anything is written.
     *
     * @throws ValueError for a native code, with CPython's reason
     * @throws StructException for a struct format
     */
    void write(MemorySegment segment, long offset, Object value) {
        if (codec != null) {
            codec.write(segment, offset, value);
        } else {
            struct.packInto(segment, offset, recordValues(value));
        }
    }

    private Object[] recordValues(Object value) {
        if (scalar) {
            return new Object[] {value};
        }
        if (value instanceof Object[] values) {
            return values;
        }
        if (value instanceof Tuple t) {
            return t.values();
        }
        throw new StructException("a record of format " + quote(text) + " is written from an Object[] or a Tuple of "
                + unsigned64.length + " values (got " + Codec.typeName(value) + ")");
    }

    static String quote(String s) {
        return "'" + s + "'";
    }

    @Override
    public String toString() {
        return text;
    }
}
