package io.structview.spark;

import io.structview.Struct;
import io.structview.schema.Kind;
import io.structview.schema.Member;
import io.structview.schema.Record;
import java.lang.foreign.MemorySegment;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Packs Spark rows of a record's schema ({@link SparkTypes}) into the record's bytes, member by member through a
 * {@link Struct} of that member's mode, count and code, so that every value is checked and packed exactly as
 * CPython's {@code struct.pack} does it (ranges, half floats, {@code s} truncation, {@code p} lengths).
 */
final class RowPacker {
    private final Record record;
    private final boolean strings;
    private final Charset charset;
    /** One step per column: a packer of the nested record, or the Struct of a scalar, array or string. */
    private final List<Object> steps = new ArrayList<>();
    private final List<Member> columns = new ArrayList<>();

    RowPacker(Record record, boolean strings, Charset charset) {
        this.record = record;
        this.strings = strings;
        this.charset = charset;
        for (Member m : record.members()) {
            if (m.isPadding()) {
                continue;
            }
            columns.add(m);
            if (m.isRecord()) {
                steps.add(new RowPacker(m.record(), strings, charset));
            } else {
                String count = m.isArray() || m.code().countIsLength() ? Long.toString(m.count()) : "";
                steps.add(Struct.of(m.mode().prefix() + count + m.code().code()));
            }
        }
    }

    /**
     * Writes {@code row} at {@code offset} of {@code target}, zeroing the record's bytes first (pad bytes stay 0).
     *
     * @throws IllegalArgumentException naming the column if a value does not fit its code
     */
    void pack(InternalRow row, MemorySegment target, long offset) {
        target.asSlice(offset, record.size()).fill((byte) 0);
        packInto(row, target, offset, "");
    }

    private void packInto(InternalRow row, MemorySegment target, long offset, String prefix) {
        for (int c = 0; c < columns.size(); c++) {
            Member m = columns.get(c);
            String name = prefix + m.name();
            if (steps.get(c) instanceof RowPacker nested) {
                int fields = nested.columns.size();
                if (m.isArray()) {
                    ArrayData array = row.getArray(c);
                    checkLength(name, array.numElements(), m.count());
                    for (int i = 0; i < m.count(); i++) {
                        nested.packInto(array.getStruct(i, fields), target, offset + m.offset() + i * m.elementSize(),
                                name + "[" + i + "].");
                    }
                } else {
                    nested.packInto(row.getStruct(c, fields), target, offset + m.offset(), name + ".");
                }
                continue;
            }
            Object[] values = values(m, row, c, name);
            try {
                ((Struct) steps.get(c)).packInto(target, offset + m.offset(), values);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("column '" + name + "': " + e.getMessage(), e);
            }
        }
    }

    private Object[] values(Member m, InternalRow row, int column, String name) {
        DataType type = SparkTypes.type(m, strings);
        if (m.code().countIsLength()) {
            return new Object[] {bytes(row, column, type)};
        }
        if (!m.isArray()) {
            return new Object[] {value(row, column, type)};
        }
        ArrayData array = row.getArray(column);
        checkLength(name, array.numElements(), m.count());
        DataType element = ((ArrayType) type).elementType();
        Object[] out = new Object[(int) m.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.code().kind() == Kind.CHAR ? bytes(array, i, element) : value(array, i, element);
        }
        return out;
    }

    private Object value(SpecializedGetters g, int i, DataType type) {
        if (type instanceof DecimalType d) {
            return g.getDecimal(i, d.precision(), d.scale()).toJavaBigDecimal().toBigIntegerExact();
        } else if (type == DataTypes.ByteType) {
            return (long) g.getByte(i);
        } else if (type == DataTypes.ShortType) {
            return (long) g.getShort(i);
        } else if (type == DataTypes.IntegerType) {
            return (long) g.getInt(i);
        } else if (type == DataTypes.LongType) {
            return g.getLong(i);
        } else if (type == DataTypes.FloatType) {
            return g.getFloat(i);
        } else if (type == DataTypes.DoubleType) {
            return g.getDouble(i);
        } else if (type == DataTypes.BooleanType) {
            return g.getBoolean(i);
        }
        return bytes(g, i, type);
    }

    private byte[] bytes(SpecializedGetters g, int i, DataType type) {
        return type == DataTypes.StringType ? g.getUTF8String(i).toString().getBytes(charset) : g.getBinary(i);
    }

    private static void checkLength(String name, int got, long want) {
        if (got != want) {
            throw new IllegalArgumentException("column '" + name + "': an array of " + got + " elements, the record"
                    + " holds exactly " + want);
        }
    }
}
