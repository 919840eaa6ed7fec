package io.structview.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Flattens Spark rows into the strings the test scripts print for CPython's values: integers in decimal, floats
 * as Python's repr, booleans as True/False, bytes in hex, arrays and structs element by element.
 */
final class Flat {
    private Flat() {}

    static String line(Row row) {
        List<String> out = new ArrayList<>();
        add(row, row.schema(), out);
        return String.join(" ", out);
    }

    static void add(Row row, StructType type, List<String> out) {
        StructField[] fields = type.fields();
        for (int i = 0; i < fields.length; i++) {
            add(row.get(i), fields[i].dataType(), out);
        }
    }

    static void add(Object v, DataType t, List<String> out) {
        if (t instanceof StructType s) {
            add((Row) v, s, out);
        } else if (t instanceof ArrayType a) {
            for (Object e : scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) v)) {
                add(e, a.elementType(), out);
            }
        } else {
            out.add(scalar(v));
        }
    }

    static String scalar(Object v) {
        return switch (v) {
            case Float f -> PyFloat.repr(f.doubleValue());
            case Double d -> PyFloat.repr(d);
            case Boolean b -> b ? "True" : "False";
            case byte[] b -> "b" + HexFormat.of().formatHex(b);
            case BigDecimal d -> d.toPlainString();
            case String s -> "s" + s;
            default -> v.toString();
        };
    }

    /** The Python side of {@link #scalar}: paste into scripts and call {@code line(values)}. */
    static final String PYTHON = """
            def fmt(v):
                if isinstance(v, bool): return 'True' if v else 'False'
                if isinstance(v, float): return repr(v)
                if isinstance(v, bytes): return 'b' + v.hex()
                if isinstance(v, str): return 's' + v
                return str(v)
            def line(values): return ' '.join(fmt(v) for v in values)
            """;
}
