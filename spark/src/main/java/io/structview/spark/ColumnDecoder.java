package io.structview.spark;

import io.structview.schema.FormatCode;
import io.structview.schema.Member;
import io.structview.schema.Record;
import io.structview.schema.Signedness;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Decodes one column of a run of records from a segment into a column vector: item {@code r} lies at segment
 * offset {@code base + r * stride} and goes to vector index {@code at + r * step}. One decoder is built per
 * requested column (pruned columns get none, so their bytes are never read); nested records and arrays decode
 * through child decoders.
 *
 * <p>Reads use the JDK's native-order unaligned layouts, the same layouts the generated accessors use, held in
 * {@code static final} fields so that the JIT folds them, and swap bytes when the member's order differs; each
 * decoder runs one tight loop per call with no per-row objects.
 */
abstract sealed class ColumnDecoder {
    static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    /** The dotted field path, for messages. */
    final String path;

    private ColumnDecoder(String path) {
        this.path = path;
    }

    /** Decodes {@code rows} items; see the class comment for where they are read and written. */
    abstract void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at,
            int step);

    /**
     * Builds the decoders of the requested columns of a record, in the order of {@code required}.
     *
     * @param record the record layout
     * @param required the requested (possibly pruned, possibly nested-pruned) schema
     * @param options for how strings decode
     * @return one decoder per field of {@code required}, paired with its member offset
     */
    static List<Placed> forRecord(Record record, StructType required, SourceOptions options, String prefix) {
        List<Placed> out = new ArrayList<>();
        for (StructField f : required.fields()) {
            Member m = record.member(f.name()).orElseThrow(() -> new IllegalArgumentException(
                    "column '" + prefix + f.name() + "' is not a field of record " + record.name()));
            out.add(new Placed(m.offset(), of(m, f.dataType(), options, prefix + m.name())));
        }
        return out;
    }

    /** A decoder and the offset of its member within the enclosing record. */
    record Placed(long offset, ColumnDecoder decoder) {}

    static ColumnDecoder of(Member m, DataType required, SourceOptions options, String path) {
        if (m.isArray()) {
            DataType element = ((ArrayType) required).elementType();
            return new Array(path, element(m, element, options, path), m.count(), m.elementSize());
        }
        return element(m, required, options, path);
    }

    private static ColumnDecoder element(Member m, DataType required, SourceOptions options, String path) {
        if (m.isRecord()) {
            return new Struct(path, forRecord(m.record(), (StructType) required, options, path + "."));
        }
        FormatCode code = m.code();
        boolean swap = m.order() != ByteOrder.nativeOrder();
        return switch (code.kind()) {
            case INTEGER -> new Int(path, code.size(m.mode()), code.signedness() == Signedness.SIGNED, swap);
            case FLOAT -> new Float(path, code.size(m.mode()), swap);
            case BOOL -> new Bool(path);
            case CHAR, STRING, PASCAL -> new Bytes(path, m.elementSize(), code.kind() == io.structview.schema.Kind.PASCAL,
                    options.strings() ? options.decodeCharset() : null);
            case PAD -> throw new IllegalArgumentException("padding has no column");
        };
    }

    /** Integers of 1, 2, 4 or 8 bytes, signed or not, widened as {@link SparkTypes#integer} says. */
    static final class Int extends ColumnDecoder {
        private final int bytes;
        private final boolean signed;
        private final boolean swap;
        private final byte[] scratch = new byte[9];

        Int(String path, int bytes, boolean signed, boolean swap) {
            super(path);
            this.bytes = bytes;
            this.signed = signed;
            this.swap = swap;
        }

        @Override
        void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at, int step) {
            switch (bytes) {
                case 1 -> {
                    if (signed) {
                        for (int r = 0; r < rows; r++) {
                            out.putByte(at + r * step, seg.get(BYTE, base + r * stride));
                        }
                    } else {
                        for (int r = 0; r < rows; r++) {
                            out.putShort(at + r * step, (short) (seg.get(BYTE, base + r * stride) & 0xff));
                        }
                    }
                }
                case 2 -> {
                    for (int r = 0; r < rows; r++) {
                        short v = seg.get(SHORT, base + r * stride);
                        v = swap ? Short.reverseBytes(v) : v;
                        if (signed) {
                            out.putShort(at + r * step, v);
                        } else {
                            out.putInt(at + r * step, v & 0xffff);
                        }
                    }
                }
                case 4 -> {
                    for (int r = 0; r < rows; r++) {
                        int v = seg.get(INT, base + r * stride);
                        v = swap ? Integer.reverseBytes(v) : v;
                        if (signed) {
                            out.putInt(at + r * step, v);
                        } else {
                            out.putLong(at + r * step, v & 0xffffffffL);
                        }
                    }
                }
                default -> {
                    if (signed) {
                        if (swap) {
                            for (int r = 0; r < rows; r++) {
                                out.putLong(at + r * step, Long.reverseBytes(seg.get(LONG, base + r * stride)));
                            }
                        } else {
                            for (int r = 0; r < rows; r++) {
                                out.putLong(at + r * step, seg.get(LONG, base + r * stride));
                            }
                        }
                    } else {
                        for (int r = 0; r < rows; r++) {
                            long v = seg.get(LONG, base + r * stride);
                            putUnsigned(out, at + r * step, swap ? Long.reverseBytes(v) : v);
                        }
                    }
                }
            }
        }

        /**
         * A DecimalType(20,0) vector holds the unscaled value as big-endian two's-complement bytes
         * ({@code BigInteger.toByteArray} order); a leading zero byte keeps values of 2^63 and up positive.
         */
        private void putUnsigned(WritableColumnVector out, int index, long v) {
            scratch[0] = 0;
            for (int i = 0; i < 8; i++) {
                scratch[8 - i] = (byte) (v >>> (8 * i));
            }
            out.putByteArray(index, scratch, 0, 9);
        }
    }

    /** {@code e f d}: a half float widens to a float exactly. */
    static final class Float extends ColumnDecoder {
        private final int bytes;
        private final boolean swap;

        Float(String path, int bytes, boolean swap) {
            super(path);
            this.bytes = bytes;
            this.swap = swap;
        }

        @Override
        void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at, int step) {
            switch (bytes) {
                case 2 -> {
                    for (int r = 0; r < rows; r++) {
                        short v = seg.get(SHORT, base + r * stride);
                        out.putFloat(at + r * step, java.lang.Float.float16ToFloat(swap ? Short.reverseBytes(v) : v));
                    }
                }
                case 4 -> {
                    for (int r = 0; r < rows; r++) {
                        int v = seg.get(INT, base + r * stride);
                        out.putFloat(at + r * step, java.lang.Float.intBitsToFloat(swap ? Integer.reverseBytes(v) : v));
                    }
                }
                default -> {
                    if (swap) {
                        for (int r = 0; r < rows; r++) {
                            long v = Long.reverseBytes(seg.get(LONG, base + r * stride));
                            out.putDouble(at + r * step, Double.longBitsToDouble(v));
                        }
                    } else {
                        for (int r = 0; r < rows; r++) {
                            out.putDouble(at + r * step, Double.longBitsToDouble(seg.get(LONG, base + r * stride)));
                        }
                    }
                }
            }
        }
    }

    /** {@code ?}: any non-zero byte is true, as CPython unpacks it. */
    static final class Bool extends ColumnDecoder {
        Bool(String path) {
            super(path);
        }

        @Override
        void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at, int step) {
            for (int r = 0; r < rows; r++) {
                out.putBoolean(at + r * step, seg.get(BYTE, base + r * stride) != 0);
            }
        }
    }

    /**
     * {@code c s p} as binary (every byte of {@code c}/{@code s}; the value bytes of {@code p}, as CPython
     * unpacks them) or as strings in a charset, trailing zero bytes dropped; bytes that are not valid in the
     * charset are refused, never replaced.
     */
    static final class Bytes extends ColumnDecoder {
        private final int length;
        private final boolean pascal;
        private final CharsetDecoder decoder;
        private final boolean utf8;
        private final byte[] scratch;

        Bytes(String path, long length, boolean pascal, Charset charset) {
            super(path);
            this.length = Math.toIntExact(length);
            this.pascal = pascal;
            this.scratch = new byte[this.length];
            this.decoder = charset == null ? null : charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            this.utf8 = charset != null && charset.equals(StandardCharsets.UTF_8);
        }

        @Override
        void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at, int step) {
            for (int r = 0; r < rows; r++) {
                long off = base + r * stride;
                MemorySegment.copy(seg, BYTE, off, scratch, 0, length);
                int from = 0;
                int n = length;
                if (pascal && length > 0) {
                    // CPython: the length byte, capped at the room there is.
                    from = 1;
                    n = Math.min(scratch[0] & 0xff, length - 1);
                }
                if (decoder != null) {
                    while (n > 0 && scratch[from + n - 1] == 0) {
                        n--;
                    }
                    putText(out, at + r * step, from, n, off);
                } else {
                    out.putByteArray(at + r * step, scratch, from, n);
                }
            }
        }

        private void putText(WritableColumnVector out, int index, int from, int n, long off) {
            String text;
            try {
                text = decoder.reset().decode(ByteBuffer.wrap(scratch, from, n)).toString();
            } catch (CharacterCodingException e) {
                throw new BadValueException(path, off, "bytes are not valid " + decoder.charset().name()
                        + " (" + e.getMessage() + "); read it with strings=binary or another charset");
            }
            if (utf8) {
                out.putByteArray(index, scratch, from, n);
            } else {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                out.putByteArray(index, b, 0, b.length);
            }
        }
    }

    /** A nested record: each requested child fills the struct vector's child of the same position. */
    static final class Struct extends ColumnDecoder {
        private final List<Placed> children;

        Struct(String path, List<Placed> children) {
            super(path);
            this.children = List.copyOf(children);
        }

        @Override
        void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at, int step) {
            int last = at + (rows - 1) * step;
            for (int i = 0; i < children.size(); i++) {
                Placed c = children.get(i);
                WritableColumnVector child = (WritableColumnVector) out.getChild(i);
                child.reserve(last + 1);
                c.decoder().decode(seg, base + c.offset(), stride, rows, child, at, step);
            }
        }
    }

    /** A fixed array: element {@code j} of the item at vector index {@code k} goes to index {@code k*n+j}. */
    static final class Array extends ColumnDecoder {
        private final ColumnDecoder element;
        private final int count;
        private final long elementSize;

        Array(String path, ColumnDecoder element, long count, long elementSize) {
            super(path);
            this.element = element;
            this.count = Math.toIntExact(count);
            this.elementSize = elementSize;
        }

        @Override
        void decode(MemorySegment seg, long base, long stride, int rows, WritableColumnVector out, int at, int step) {
            for (int r = 0; r < rows; r++) {
                int k = at + r * step;
                out.putArray(k, k * count, count);
            }
            if (count == 0 || rows == 0) {
                return;
            }
            WritableColumnVector data = out.arrayData();
            data.reserve(Math.multiplyExact(at + (rows - 1) * step + 1, count));
            for (int j = 0; j < count; j++) {
                element.decode(seg, base + j * elementSize, stride, rows, data, at * count + j, step * count);
            }
        }
    }
}
