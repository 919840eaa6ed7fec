package io.structview.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue's example end to end: ticks written by CPython's struct, read and aggregated through Spark. */
class TickReadTest {
    @TempDir
    static Path dir;
    static Path file;
    static Path schema;
    /** Python's own reading of the file: one line per tick, "timestamp symbol price size" (floats as repr). */
    static List<String> expected;

    static final String WRITE = """
            import struct, random, sys
            random.seed(7)
            with open(sys.argv[1], 'wb') as f:
                for i in range(10007):
                    ts = random.randrange(-2**63, 2**63)
                    sym = random.randrange(0, 2**32) if i % 3 else random.randrange(0, 5)
                    f.write(struct.pack('<qIdd', ts, sym, random.uniform(-1e6, 1e6), random.random() * 1000))
            for t in struct.iter_unpack('<qIdd', open(sys.argv[1], 'rb').read()):
                print(t[0], t[1], repr(t[2]), repr(t[3]))
            """;

    @BeforeAll
    static void write() throws Exception {
        file = dir.resolve("ticks.bin");
        expected = TestSpark.python(WRITE, file.toString()).lines().toList();
        schema = dir.resolve("ticks.yaml");
        Files.writeString(schema, """
                package: com.example.ticks
                records:
                  Tick:
                    format: "<qIdd"
                    fields: [timestamp, symbol, price, size]
                """);
    }

    static List<String> lines(Dataset<Row> df) {
        List<String> out = new ArrayList<>();
        for (Row r : df.collectAsList()) {
            out.add(r.getLong(0) + " " + r.getLong(1) + " " + PyFloat.repr(r.getDouble(2)) + " " + PyFloat.repr(r.getDouble(3)));
        }
        return out;
    }

    @Test
    void readsEveryTickAsCPythonUnpacksIt() {
        SparkSession spark = TestSpark.session();
        Dataset<Row> ticks = spark.read().format("structview").option("schema", schema.toString())
                .option("record", "Tick").load(file.toString());
        assertThat(ticks.schema().fieldNames()).containsExactly("timestamp", "symbol", "price", "size");
        assertThat(ticks.schema().simpleString())
                .isEqualTo("struct<timestamp:bigint,symbol:bigint,price:double,size:double>");
        assertThat(lines(ticks)).isEqualTo(expected);
    }

    @Test
    void aggregatesLikeTheIssueExample() throws Exception {
        SparkSession spark = TestSpark.session();
        Dataset<Row> ticks = spark.read().format("structview").option("format", "<qIdd")
                .option("names", "timestamp, symbol, price, size").load(file.toString());
        List<Row> rows = ticks.filter("symbol < 5").groupBy("symbol").agg(functions.count("*"), functions.max("size"))
                .orderBy("symbol").collectAsList();
        String py = TestSpark.python("""
                import struct, sys, collections
                c = collections.Counter(); m = {}
                for t in struct.iter_unpack('<qIdd', open(sys.argv[1], 'rb').read()):
                    if t[1] < 5:
                        c[t[1]] += 1; m[t[1]] = max(m.get(t[1], 0.0), t[3])
                for k in sorted(c): print(k, c[k], repr(m[k]))
                """, file.toString());
        List<String> got = rows.stream().map(r -> r.getLong(0) + " " + r.getLong(1) + " " + PyFloat.repr(r.getDouble(2)))
                .toList();
        assertThat(got).isEqualTo(py.lines().toList());
        assertThat(ticks.count()).isEqualTo(10007);
    }
}
