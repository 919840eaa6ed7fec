package io.structview;

import io.structview.schema.Field;
import io.structview.schema.Format;
import io.structview.schema.FormatException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A compiled struct format string: packs Java values into bytes and unpacks them, exactly as CPython's
 * {@code struct.Struct}. Immutable and safe to share between threads.
 *
 * <p>Values follow the contract's mapping: every integer code unpacks to {@code Long} ({@code Q N P} and
 * native {@code L} as the unsigned 64-bit pattern), {@code e} and {@code f} to {@code Float}, {@code d} to
 * {@code Double}, {@code ?} to {@code Boolean}, {@code c s p} to {@code byte[]}. Packing accepts any integral
 * {@code Number} ({@code Byte} to {@code Long}, {@code BigInteger}) or {@code Boolean} for integer codes, any
 * {@code Number} for float codes, any value for {@code ?} (Python truthiness), and {@code byte[]} for
 * {@code c s p}. For the 64-bit unsigned codes ({@code Q N P}, native {@code L}) a {@code Long} is taken as the
 * unsigned bit pattern, so that every unpacked value packs back; give a {@code BigInteger} to pack by magnitude
 * (then negative values are refused, except for {@code P}, as in CPython).
 *
 * <p>Offsets may be negative, counting from the end of the buffer, as in CPython.
 *
 * <pre>{@code
 * Struct s = Struct.of("<IHd");
 * byte[] b = s.pack(1L, 2, 3.0);          // 14 bytes
 * Object[] v = s.unpack(b);               // [1, 2, 3.0] as Long, Long, Double
 * }</pre>
 *
 * <p>Python's module-level one-liners have static counterparts on the same cache: {@link #calcsize(String)},
 * {@link #unpack(String, byte[])}, {@link #unpackFrom(String, byte[], long)}; packing is
 * {@code Struct.of(fmt).pack(...)} (see {@link #unpack(String, byte[])} for why there is no static one).
 */
public final class Struct {
    /** CPython keeps 100 compiled formats and clears them all when full; the same bound, for the same reason. */
    private static final int CACHE_LIMIT = 100;
    /** Longer formats are compiled but not cached, so hostile callers cannot fill memory through the cache. */
    private static final int CACHEABLE_LENGTH = 1024;
    private static final ConcurrentHashMap<String, Struct> CACHE = new ConcurrentHashMap<>();
    /** The largest Java array length the VM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final Format format;
    private final Op[] ops;
    private final int valueCount;
    /** Why values cannot be unpacked into Java objects ({@code s}/{@code p} longer than a byte[]), or null. */
    private final String unreadable;

    /** One value-bearing field of the format: its codec, where its first item lies, and how many items. */
    private record Op(Codec codec, long offset, long count, Field field) {}

    private Struct(Format format) {
        this.format = format;
        List<Op> list = new ArrayList<>();
        for (Field f : format.fields()) {
            if (f.values() > 0) {
                list.add(new Op(Codec.of(f.code(), f.mode(), f.count()), f.offset(), f.values(), f));
            }
        }
        this.ops = list.toArray(new Op[0]);
        this.valueCount = format.valueCount() > MAX_ARRAY ? -1 : (int) format.valueCount();
        String why = null;
        for (Field f : format.fields()) {
            if (f.code().countIsLength() && f.count() > MAX_ARRAY) {
                why = "cannot unpack '" + f.code().code() + "' at format position " + f.position() + " of "
                        + format.text() + ": a " + f.count() + "-byte string does not fit in a byte[]";
                break;
            }
        }
        this.unreadable = why;
    }

    /**
     * Returns the compiled form of a format string, from a bounded cache when it was compiled recently.
     *
     * @param format a struct format string, such as {@code "<IHd"}
     * @return the struct
     * @throws StructException if the format is invalid; the message names the character and its position
     * @throws NullPointerException if {@code format} is null
     */
    public static Struct of(String format) {
        Objects.requireNonNull(format, "format");
        Struct s = CACHE.get(format);
        if (s != null) {
            return s;
        }
        try {
            s = new Struct(Format.parse(format));
        } catch (FormatException e) {
            throw StructException.of(e);
        }
        if (format.length() <= CACHEABLE_LENGTH) {
            // Misses insert under one lock, so that threads racing past the size check cannot overfill the
            // cache; hits above stay lock-free.
            synchronized (CACHE) {
                if (CACHE.size() >= CACHE_LIMIT) {
                    CACHE.clear();
                }
                Struct cached = CACHE.putIfAbsent(format, s);
                if (cached != null) {
                    return cached;
                }
            }
        }
        return s;
    }

    /** {@return how many formats the cache holds now: never more than its documented bound of 100} */
    static int cachedCount() {
        return CACHE.size();
    }

    /**
     * Returns the size of a format in bytes, as Python's {@code struct.calcsize(fmt)}; a one-liner for
     * {@code Struct.of(format).size()}, through the same cache.
     *
     * @param format a struct format string
     * @return the packed size in bytes
     * @throws StructException if the format is invalid
     */
    public static long calcsize(String format) {
        return of(format).size();
    }

    /**
     * Unpacks a byte array that holds exactly one struct of {@code format}, as Python's
     * {@code struct.unpack(fmt, buffer)}; a one-liner for {@code Struct.of(format).unpack(bytes)}.
     *
     * <p>There is no static {@code pack(format, values...)}: Java lets a static method be called through an
     * instance, and {@code Struct.of("?").pack("x")} would then pack {@code "x"} as a format (a pad byte) instead
     * of packing the string as a bool. Write {@code Struct.of(format).pack(values...)}, which is as short and uses
     * the same cache.
     *
     * @param format a struct format string
     * @param bytes exactly {@code calcsize(format)} bytes
     * @return the values, one per item
     * @throws StructException if the format is invalid or the length is not its size
     */
    public static Object[] unpack(String format, byte[] bytes) {
        return of(format).unpack(bytes);
    }

    /**
     * Unpacks the struct of {@code format} at an offset of a byte array, as Python's
     * {@code struct.unpack_from(fmt, buffer, offset)}; bytes after it are ignored.
     *
     * @param format a struct format string
     * @param buffer the array
     * @param offset where the struct starts; a negative offset counts from the end
     * @return the values, one per item
     * @throws StructException if the format is invalid or the array is too small for the offset
     */
    public static Object[] unpackFrom(String format, byte[] buffer, long offset) {
        return of(format).unpackFrom(buffer, offset);
    }

    /**
     * Returns a struct for an already parsed format, compiled without the cache.
     *
     * @param format the parsed format
     * @return the struct
     */
    public static Struct of(Format format) {
        return new Struct(Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the format string as given.
     *
     * @return the format string
     */
    public String format() {
        return format.text();
    }

    /**
     * Returns the parsed layout of this struct.
     *
     * @return the format
     */
    public Format layout() {
        return format;
    }

    /**
     * Returns the packed size in bytes, as {@code struct.calcsize}.
     *
     * @return the size in bytes
     */
    public long size() {
        return format.size();
    }

    /**
     * Returns the fields of the format in order, pad fields ({@code x}) included: code, count, offset and
     * size of each.
     *
     * @return an immutable list
     */
    public List<Field> fields() {
        return format.fields();
    }

    /**
     * Packs values into a new byte array, as {@code struct.pack}.
     *
     * @param values one value per item of the format
     * @return the packed bytes, {@link #size()} long
     * @throws StructException if the number of values is wrong, a value has the wrong type or is out of range
     *     for its code, or the size does not fit in a Java array
     */
    public byte[] pack(Object... values) {
        checkValues(values);
        if (format.size() > MAX_ARRAY) {
            throw new StructException("cannot pack " + format.size() + " bytes into a byte[]: format "
                    + format.text() + " is larger than the largest Java array; use packInto with a MemorySegment");
        }
        byte[] out = new byte[(int) format.size()];
        write(MemorySegment.ofArray(out), 0, values);
        return out;
    }

    /**
     * Packs values into a segment at an offset, as {@code struct.pack_into}. The target bytes, alignment padding
     * and pad bytes included, are zeroed first; nothing is written if any value is refused.
     *
     * @param segment a writable segment
     * @param offset where to start; a negative offset counts from the end of the segment
     * @param values one value per item of the format
     * @throws StructException if the values are refused, or the segment is too small for the offset
     * @throws UnsupportedOperationException if the segment is read-only
     * @throws IllegalStateException if the segment's arena is closed
     */
    public void packInto(MemorySegment segment, long offset, Object... values) {
        checkValues(values);
        long start = offsetFor(segment.byteSize(), offset, "pack_into", "packing");
        if (segment.isReadOnly()) {
            throw new UnsupportedOperationException("pack_into requires a writable segment, got a read-only one");
        }
        write(segment, start, values);
    }

    /**
     * Packs values into a byte array at an offset, as {@code struct.pack_into}.
     *
     * @param buffer the target array
     * @param offset where to start; a negative offset counts from the end of the array
     * @param values one value per item of the format
     * @throws StructException if the values are refused, or the array is too small for the offset
     */
    public void packInto(byte[] buffer, long offset, Object... values) {
        packInto(MemorySegment.ofArray(buffer), offset, values);
    }

    /**
     * Unpacks a byte array that holds exactly one packed struct, as {@code struct.unpack}.
     *
     * @param bytes exactly {@link #size()} bytes
     * @return the values, one per item
     * @throws StructException if the length is not {@link #size()}
     */
    public Object[] unpack(byte[] bytes) {
        return unpack(MemorySegment.ofArray(bytes));
    }

    /**
     * Unpacks a segment that holds exactly one packed struct, as {@code struct.unpack}.
     *
     * @param segment exactly {@link #size()} bytes
     * @return the values, one per item
     * @throws StructException if the segment's size is not {@link #size()}
     */
    public Object[] unpack(MemorySegment segment) {
        if (segment.byteSize() != format.size()) {
            throw new StructException("unpack requires a buffer of " + format.size() + " bytes (got "
                    + segment.byteSize() + ") for format " + format.text());
        }
        return read(segment, 0);
    }

    /**
     * Unpacks the struct at an offset of a segment, as {@code struct.unpack_from}; bytes after it are ignored.
     *
     * @param segment the segment
     * @param offset where the struct starts; a negative offset counts from the end
     * @return the values, one per item
     * @throws StructException if the segment is too small for the offset
     * @throws IllegalStateException if the segment's arena is closed
     */
    public Object[] unpackFrom(MemorySegment segment, long offset) {
        return read(segment, offsetFor(segment.byteSize(), offset, "unpack_from", "unpacking"));
    }

    /**
     * Unpacks the struct at the start of a segment, as {@code struct.unpack_from(buffer)}.
     *
     * @param segment the segment
     * @return the values, one per item
     * @throws StructException if the segment is smaller than {@link #size()}
     */
    public Object[] unpackFrom(MemorySegment segment) {
        return unpackFrom(segment, 0);
    }

    /**
     * Unpacks the struct at an offset of a byte array, as {@code struct.unpack_from}.
     *
     * @param buffer the array
     * @param offset where the struct starts; a negative offset counts from the end
     * @return the values, one per item
     * @throws StructException if the array is too small for the offset
     */
    public Object[] unpackFrom(byte[] buffer, long offset) {
        return unpackFrom(MemorySegment.ofArray(buffer), offset);
    }

    /**
     * Unpacks consecutive structs filling a segment, lazily, as {@code struct.iter_unpack}.
     *
     * @param segment a segment whose size is a multiple of {@link #size()}
     * @return a sequential stream of value arrays, one per struct
     * @throws StructException if the size is zero, the segment's size is not a multiple of it, or the values
     *     cannot be Java objects (more than a Java array holds, or a string longer than a byte[])
     */
    public Stream<Object[]> iterUnpack(MemorySegment segment) {
        long size = format.size();
        if (size == 0) {
            throw new StructException("cannot iteratively unpack with a struct of length 0 (format "
                    + format.text() + ")");
        }
        if (segment.byteSize() % size != 0) {
            throw new StructException("iterative unpacking requires a buffer of a multiple of " + size
                    + " bytes (got " + segment.byteSize() + ")");
        }
        long n = segment.byteSize() / size;
        if (n > 0) {
            checkReadable(); // an empty buffer yields no rows, whatever the format, as in CPython
        }
        Spliterator<Object[]> it = new Spliterators.AbstractSpliterator<>(n,
                Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL) {
            private long i;

            @Override
            public boolean tryAdvance(Consumer<? super Object[]> action) {
                if (i >= n) {
                    return false;
                }
                action.accept(read(segment, i++ * size));
                return true;
            }
        };
        return StreamSupport.stream(it, false);
    }

    /**
     * Unpacks consecutive structs filling a byte array, as {@code struct.iter_unpack}.
     *
     * @param buffer an array whose length is a multiple of {@link #size()}
     * @return a sequential stream of value arrays
     * @throws StructException if the size is zero or the length is not a multiple of it
     */
    public Stream<Object[]> iterUnpack(byte[] buffer) {
        return iterUnpack(MemorySegment.ofArray(buffer));
    }

    private void checkValues(Object[] values) {
        Objects.requireNonNull(values, "values");
        if (valueCount < 0 || values.length != valueCount) {
            throw new StructException("pack expected " + format.valueCount() + " items for packing (got "
                    + values.length + ") for format " + format.text());
        }
        int j = 0;
        for (Op op : ops) {
            for (long k = 0; k < op.count; k++, j++) {
                try {
                    op.codec.check(values[j]);
                } catch (ValueError e) {
                    throw argumentError(op, j, e);
                }
            }
        }
    }

    /** Writes checked values: zero the whole struct first (pads and alignment), as CPython does. */
    private void write(MemorySegment segment, long start, Object[] values) {
        segment.asSlice(start, format.size()).fill((byte) 0);
        int j = 0;
        for (Op op : ops) {
            long at = start + op.offset;
            long step = op.codec.size;
            for (long k = 0; k < op.count; k++) {
                op.codec.write(segment, at, values[j++]);
                at += step;
            }
        }
    }

    /** Refuses, before any read or allocation, a format whose values cannot all be Java objects. */
    private void checkReadable() {
        if (valueCount < 0) {
            throw new StructException("cannot unpack " + format.valueCount()
                    + " values into a Java array: format " + format.text() + " has too many items");
        }
        if (unreadable != null) {
            throw new StructException(unreadable);
        }
    }

    private Object[] read(MemorySegment segment, long start) {
        checkReadable();
        Object[] out = new Object[valueCount];
        int j = 0;
        for (Op op : ops) {
            long at = start + op.offset;
            long step = op.codec.size;
            for (long k = 0; k < op.count; k++) {
                out[j++] = op.codec.read(segment, at);
                at += step;
            }
        }
        return out;
    }

    /** CPython's offset rules for pack_into and unpack_from, negative offsets included, with its messages. */
    private long offsetFor(long bufferSize, long offset, String api, String verb) {
        long size = format.size();
        long start = offset;
        if (offset < 0) {
            if (offset + size > 0) {
                throw new StructException((verb.equals("packing") ? "no space to pack " : "not enough data to unpack ")
                        + size + " bytes at offset " + offset);
            }
            if (offset + bufferSize < 0) {
                throw new StructException("offset " + offset + " out of range for " + bufferSize + "-byte buffer");
            }
            start = offset + bufferSize;
        }
        if (bufferSize - start < size) {
            // size + start can pass Long.MAX_VALUE; both are non-negative, so the unsigned sum is exact
            throw new StructException(api + " requires a buffer of at least " + Long.toUnsignedString(size + start)
                    + " bytes for "
                    + verb + " " + size + " bytes at offset " + start + " (actual buffer size is " + bufferSize + ")");
        }
        return start;
    }

    private StructException argumentError(Op op, int index, ValueError e) {
        return new StructException("pack argument " + index + " ('" + op.field.code().code()
                + "' at format position " + op.field.position() + " of " + format.text() + "): " + e.getMessage(), e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Struct s && s.format.text().equals(format.text());
    }

    @Override
    public int hashCode() {
        return format.text().hashCode();
    }

    @Override
    public String toString() {
        return "Struct[" + format.text() + ", size=" + format.size() + "]";
    }
}
