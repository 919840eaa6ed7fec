package io.structview.spark;

import io.structview.schema.FormatCode;
import io.structview.schema.Member;
import io.structview.schema.Record;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Derives the Spark schema of a record from the layout model: every value keeps all its bits.
 *
 * <table>
 *   <caption>Type mapping</caption>
 *   <tr><th>code</th><th>Spark type</th></tr>
 *   <tr><td>{@code b}</td><td>ByteType</td></tr>
 *   <tr><td>{@code B h}</td><td>ShortType</td></tr>
 *   <tr><td>{@code H i}, 4-byte {@code l}</td><td>IntegerType</td></tr>
 *   <tr><td>{@code I q n}, 4-byte {@code L}, 8-byte {@code l}</td><td>LongType</td></tr>
 *   <tr><td>{@code Q N P}, 8-byte {@code L}</td><td>DecimalType(20,0): every value of 0..2^64-1</td></tr>
 *   <tr><td>{@code e f}</td><td>FloatType (a half float widens exactly)</td></tr>
 *   <tr><td>{@code d}</td><td>DoubleType</td></tr>
 *   <tr><td>{@code ?}</td><td>BooleanType</td></tr>
 *   <tr><td>{@code c s p}</td><td>BinaryType, or StringType with {@code strings=string}</td></tr>
 *   <tr><td>{@code 3i}, arrays of records</td><td>ArrayType(element, containsNull=false)</td></tr>
 *   <tr><td>nested record</td><td>StructType</td></tr>
 *   <tr><td>{@code x}</td><td>no column</td></tr>
 * </table>
 *
 * <p>No column is nullable: a record file has no nulls. Each field's metadata records its code and offset.
 */
final class SparkTypes {
    /** Unsigned 64-bit values need 20 decimal digits: 2^64-1 = 18446744073709551615. */
    static final DecimalType U64 = DataTypes.createDecimalType(20, 0);

    private SparkTypes() {}

    /** {@return the Spark schema of {@code record}} */
    static StructType of(Record record, boolean strings) {
        List<StructField> fields = new ArrayList<>();
        for (Member m : record.members()) {
            if (m.isPadding()) {
                continue;
            }
            fields.add(new StructField(m.name(), type(m, strings), false, metadata(m)));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** {@return the Spark type of a member, an array type for arrays} */
    static DataType type(Member m, boolean strings) {
        DataType element = m.isRecord() ? of(m.record(), strings) : scalar(m, strings);
        return m.isArray() ? new ArrayType(element, false) : element;
    }

    /** {@return the Spark type of one item of a code member} */
    static DataType scalar(Member m, boolean strings) {
        FormatCode code = m.code();
        return switch (code.kind()) {
            case INTEGER -> integer(code.size(m.mode()), code.signedness() == io.structview.schema.Signedness.SIGNED);
            case FLOAT -> code == FormatCode.DOUBLE ? DataTypes.DoubleType : DataTypes.FloatType;
            case BOOL -> DataTypes.BooleanType;
            case CHAR, STRING, PASCAL -> strings ? DataTypes.StringType : DataTypes.BinaryType;
            case PAD -> throw new IllegalArgumentException("padding has no type");
        };
    }

    /** The narrowest Spark type holding every value: unsigned types take the next wider one. */
    static DataType integer(int bytes, boolean signed) {
        return switch (bytes) {
            case 1 -> signed ? DataTypes.ByteType : DataTypes.ShortType;
            case 2 -> signed ? DataTypes.ShortType : DataTypes.IntegerType;
            case 4 -> signed ? DataTypes.IntegerType : DataTypes.LongType;
            case 8 -> signed ? DataTypes.LongType : U64;
            default -> throw new IllegalArgumentException("no integer of " + bytes + " bytes");
        };
    }

    private static Metadata metadata(Member m) {
        MetadataBuilder b = new MetadataBuilder().putLong("structview.offset", m.offset());
        if (!m.isRecord()) {
            b.putString("structview.code", m.mode().prefix() + (m.isArray() || m.count() != 1 ? "" + m.count() : "")
                    + m.code().code());
        }
        return b.build();
    }
}
