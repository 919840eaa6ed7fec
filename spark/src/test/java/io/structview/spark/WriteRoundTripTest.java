package io.structview.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record files written by Spark are byte for byte the ones CPython's struct wrote, and a failed job leaves no
 * output behind.
 */
class WriteRoundTripTest {
    @TempDir
    Path dir;

    private static final String FORMAT = "<bBhHiIqQ?efd4s3p2H";
    private static final String NAMES = "i8,u8,i16,u16,i32,u32,i64,u64,flag,half,f32,f64,str,pstr,pair";

    private static final String WRITE = """
            import struct, random, sys
            random.seed(5)
            fmt, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
            rows = []
            for i in range(n):
                rows.append(struct.pack(fmt, random.randint(-128, 127), random.randint(0, 255),
                    random.randint(-32768, 32767), random.randint(0, 65535), random.randint(-2**31, 2**31 - 1),
                    random.randint(0, 2**32 - 1), random.randint(-2**63, 2**63 - 1), random.randint(0, 2**64 - 1),
                    random.random() < 0.5, random.choice([0.5, -2.0, 65504.0, 1e-3]), random.random(), random.random() * 1e9,
                    bytes(random.randrange(256) for _ in range(random.randint(0, 4))),
                    bytes(random.randrange(256) for _ in range(random.randint(0, 2))),
                    random.randint(0, 65535), random.randint(0, 65535)))
            open(path, 'wb').write(b''.join(rows))
            """;

    @Test
    void writtenFilesAreTheBytesCPythonPacked() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path source = in.resolve("records.bin");
        TestSpark.python(WRITE, FORMAT, source.toString(), "3000");
        Dataset<Row> df = TestSpark.session().read().format("structview").option("format", FORMAT)
                .option("names", NAMES).load(in.toString());
        Path out = dir.resolve("out");
        df.coalesce(1).write().format("structview").option("format", FORMAT).option("names", NAMES)
                .mode("overwrite").save(out.toString());
        List<Path> written = files(out);
        assertThat(written).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).matches(
                "part-00000-.*\\.bin"));
        assertThat(Files.readAllBytes(written.get(0))).isEqualTo(Files.readAllBytes(source));
        assertThat(out.resolve("_temporary")).doesNotExist();

        // Several tasks: one file each, together the same records.
        Path many = dir.resolve("many");
        df.repartition(3).write().format("structview").option("format", FORMAT).option("names", NAMES)
                .mode("overwrite").save(many.toString());
        assertThat(files(many)).hasSize(3);
        Dataset<Row> back = TestSpark.session().read().format("structview").option("format", FORMAT)
                .option("names", NAMES).load(many.toString());
        assertThat(back.exceptAll(df).count()).isZero();
        assertThat(back.count()).isEqualTo(3000);
    }

    @Test
    void aValueThatDoesNotFitFailsTheJobAndLeavesNoOutput() throws Exception {
        var spark = TestSpark.session();
        Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create((short) 7), RowFactory.create((short) 300)),
                SparkTypes.of(io.structview.schema.Record.ofFormat("R", "<B", "u8"), false));
        Path out = dir.resolve("bad");
        assertThatThrownBy(() -> df.coalesce(1).write().format("structview").option("format", "<B")
                .option("names", "u8").mode("overwrite").save(out.toString()))
                .hasStackTraceContaining("column 'u8': ")
                .hasStackTraceContaining("'B' format requires 0 <= number <= 255");
        assertThat(files(out)).isEmpty();
        assertThat(out.resolve("_temporary").toFile().list()).isNullOrEmpty();
    }

    /** Spark's store assignment casts columns to the table's types (here bigint to int) before they reach us. */
    @Test
    void columnsAreCastToTheRecordsTypesAsSparkCastsThem() throws Exception {
        var spark = TestSpark.session();
        Path out = dir.resolve("w");
        spark.range(3).toDF("x").coalesce(1).write().format("structview").option("format", "<i").option("names", "x")
                .mode("overwrite").save(out.toString());
        String expected = TestSpark.python("import struct; print(struct.pack('<3i', 0, 1, 2).hex())").trim();
        assertThat(java.util.HexFormat.of().formatHex(Files.readAllBytes(files(out).get(0)))).isEqualTo(expected);
        assertThatThrownBy(() -> spark.range(3).toDF("x").selectExpr("x", "x as y").write().format("structview")
                .option("format", "<i").option("names", "x").mode("overwrite").save(dir.resolve("w2").toString()))
                .hasMessageContaining("too many data columns");
    }

    /** Nested records become structs and arrays of records arrays of structs, read and written alike. */
    @Test
    void nestedRecordsAndArraysOfRecordsRoundTrip() throws Exception {
        Path schema = Files.writeString(dir.resolve("track.yaml"), """
                package: p
                records:
                  Point:
                    format: "<ii"
                    fields: [x, y]
                  Track:
                    mode: little
                    fields:
                      - {name: id, type: H}
                      - {name: origin, type: Point}
                      - {name: path, type: Point, count: 3}
                      - {type: 2x}
                      - {name: tags, type: b, count: 2}
                """);
        Path in = Files.createDirectories(dir.resolve("tracks"));
        Path source = in.resolve("t.bin");
        TestSpark.python("""
                import struct, sys
                with open(sys.argv[1], 'wb') as f:
                    for i in range(50):
                        f.write(struct.pack('<Hii6i2x2b', i, i, -i, *range(i, i + 6), -1, i % 100))
                """, source.toString());
        var reader = TestSpark.session().read().format("structview").option("schema", schema.toString())
                .option("record", "Track");
        Dataset<Row> df = reader.load(in.toString());
        assertThat(df.schema().simpleString()).isEqualTo("struct<id:int,origin:struct<x:int,y:int>,"
                + "path:array<struct<x:int,y:int>>,tags:array<tinyint>>");
        Row r = df.where("id = 7").first();
        assertThat(r.getStruct(1).getInt(1)).isEqualTo(-7);
        assertThat(r.getList(2)).hasSize(3);
        assertThat(((Row) r.getList(2).get(2)).getInt(0)).isEqualTo(11);
        Path out = dir.resolve("tracks-out");
        df.coalesce(1).write().format("structview").option("schema", schema.toString()).option("record", "Track")
                .mode("overwrite").save(out.toString());
        assertThat(Files.readAllBytes(files(out).get(0))).isEqualTo(Files.readAllBytes(source));
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".bin")).sorted()
                    .toList();
        }
    }
}
