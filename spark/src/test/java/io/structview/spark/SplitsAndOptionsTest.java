package io.structview.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Splits at record boundaries whatever the partition size, many files (empty ones, ones smaller than a record),
 * headers, trailing partial records, column pruning and bad options. The files and the expected totals come from
 * CPython's struct module.
 */
class SplitsAndOptionsTest {
    @TempDir
    Path dir;

    /** Writes files of "<qI" records (q = running index, I = index * 7 % 1000) and prints count and sums. */
    private static final String WRITE = """
            import struct, sys
            out, counts, header = sys.argv[1], [int(c) for c in sys.argv[2].split(',')], int(sys.argv[3])
            i = 0; total = 0; sevens = 0
            for n, count in enumerate(counts):
                with open(f'{out}/part-{n:02d}.bin', 'wb') as f:
                    f.write(b'H' * header)
                    for _ in range(count):
                        f.write(struct.pack('<qI', i, i * 7 % 1000)); total += i; sevens += i * 7 % 1000; i += 1
            print(i, total, sevens)
            """;

    private String[] write(String counts, int header) throws Exception {
        return TestSpark.python(WRITE, dir.toString(), counts, Integer.toString(header)).trim().split(" ");
    }

    private static DataFrameReader reader() {
        return TestSpark.session().read().format("structview").option("format", "<qI").option("names", "a,b");
    }

    @Test
    void splitsInsideRecordsReadEveryRecordExactlyOnce() throws Exception {
        String[] expected = write("10007", 0);
        SparkSession spark = TestSpark.session();
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "1000"); // not a multiple of the 12-byte record
        try {
            Dataset<Row> df = reader().load(dir.toString());
            assertThat(df.rdd().getNumPartitions()).isGreaterThan(50);
            Row r = df.selectExpr("count(*)", "sum(a)", "sum(b)", "count(distinct a)").first();
            assertThat(r.getLong(0)).isEqualTo(Long.parseLong(expected[0]));
            assertThat(r.getLong(1)).isEqualTo(Long.parseLong(expected[1]));
            assertThat(r.getLong(2)).isEqualTo(Long.parseLong(expected[2]));
            assertThat(r.getLong(3)).isEqualTo(Long.parseLong(expected[0]));
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
    }

    @Test
    void manyFilesEmptyOnesIncluded() throws Exception {
        String[] expected = write("0,1,37,0,74,111,148,185,222,259,296,333,370,407,444,481,518,555,592,629", 0);
        Row r = reader().load(dir.toString()).selectExpr("count(*)", "sum(a)", "sum(b)").first();
        assertThat(r.getLong(0)).isEqualTo(Long.parseLong(expected[0]));
        assertThat(r.getLong(1)).isEqualTo(Long.parseLong(expected[1]));
        assertThat(r.getLong(2)).isEqualTo(Long.parseLong(expected[2]));
    }

    @Test
    void aHeaderIsSkippedInEveryFile() throws Exception {
        String[] expected = write("5,6,7", 16);
        Row r = reader().option("header", "16").load(dir.toString()).selectExpr("count(*)", "sum(a)").first();
        assertThat(r.getLong(0)).isEqualTo(Long.parseLong(expected[0]));
        assertThat(r.getLong(1)).isEqualTo(Long.parseLong(expected[1]));
    }

    @Test
    void aPartialTrailingRecordIsAnErrorNamingTheFileUnlessSkipped() throws Exception {
        write("3", 0);
        Path tiny = dir.resolve("tiny.bin");
        Files.write(tiny, new byte[5]); // smaller than one record
        Path part = dir.resolve("part-00.bin");
        Files.write(part, new byte[] {1, 2}, java.nio.file.StandardOpenOption.APPEND); // 3 records and 2 bytes
        assertThatThrownBy(() -> reader().load(dir.toString()).count())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("file .*(part-00|tiny)\\.bin is (38|5) bytes: .* a partial record of (2|5)"
                        + " bytes at offset (36|0); set option 'trailing' to 'skip' to ignore it");
        assertThat(reader().option("trailing", "skip").load(dir.toString()).count()).isEqualTo(3);
    }

    @Test
    void onlyTheRequestedColumnsAreRead() throws Exception {
        write("10", 0);
        Dataset<Row> b = reader().load(dir.toString()).select("b");
        String plan = b.queryExecution().executedPlan().toString();
        assertThat(plan).contains("columns [b]").doesNotContain("columns [a, b]");
        assertThat(b.schema().fieldNames()).containsExactly("b");
        assertThat(b.selectExpr("sum(b)").first().getLong(0)).isEqualTo(0 + 7 + 14 + 21 + 28 + 35 + 42 + 49 + 56 + 63);
    }

    @Test
    void badOptionsAreClearErrorsNamingTheOption() throws Exception {
        write("1", 0);
        Path schema = Files.writeString(dir.resolve("t.yaml"),
                "package: p\nrecords:\n  T: {format: \"<qI\", fields: [a, b]}\n");
        String data = dir.resolve("part-00.bin").toString();
        var spark = TestSpark.session();
        assertThatThrownBy(() -> spark.read().format("structview").option("schema", schema.toString())
                .option("record", "Nope").load(data).count())
                .hasStackTraceContaining("option 'record': no record 'Nope'");
        assertThatThrownBy(() -> spark.read().format("structview").option("format", "<qZ").option("names", "a,b")
                .load(data).count())
                .hasStackTraceContaining("option 'format' (with 'names'): ");
        String none = dir.resolve("none.yaml").toString();
        assertThatThrownBy(() -> spark.read().format("structview").option("schema", none).option("record", "T")
                .load(data).count())
                .hasStackTraceContaining("option 'schema': schema file " + none + " not found");
        assertThatThrownBy(() -> reader().option("trailing", "maybe").load(data).count())
                .hasStackTraceContaining("option 'trailing': 'maybe' is neither 'error' nor 'skip'");
        assertThatThrownBy(() -> spark.read().format("structview").load(data).count())
                .hasStackTraceContaining("option 'schema' (with 'record') or 'format' (with 'names') is required");
    }

    @Test
    void sqlTablesUseTheSameOptions() throws Exception {
        String[] expected = write("40,2", 0);
        var spark = TestSpark.session();
        spark.sql("DROP TABLE IF EXISTS structview_ticks");
        spark.sql("CREATE TABLE structview_ticks USING structview OPTIONS (format '<qI', names 'a,b', path '"
                + dir + "')");
        try {
            Row r = spark.sql("SELECT count(*), sum(a), sum(b) FROM structview_ticks").first();
            assertThat(r.getLong(0)).isEqualTo(Long.parseLong(expected[0]));
            assertThat(r.getLong(1)).isEqualTo(Long.parseLong(expected[1]));
            assertThat(r.getLong(2)).isEqualTo(Long.parseLong(expected[2]));
        } finally {
            spark.sql("DROP TABLE IF EXISTS structview_ticks");
        }
    }
}
