package io.structview.spark.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One aggregation (volume and notional per symbol) over about 1 GB of {@code <qIdd} ticks, read three ways in one
 * Spark session: the {@code structview} source, the same data as Parquet, and {@code binaryFile} with the records
 * parsed by hand. Run with {@code spark/bench.sh [GiB] [runs]}; not part of the tests. Times are wall clock per
 * query after one warm-up run; the Parquet conversion is timed separately.
 */
public final class TicksBenchmark {
    private static final int RECORD = 28;
    private static final String FORMAT = "<qIdd";
    private static final String NAMES = "ts,symbol,price,size";

    private TicksBenchmark() {}

    public static void main(String[] args) throws Exception {
        double gib = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Path.of(args.length > 2 ? args[2] : "target/ticks-bench");
        Path bin = root.resolve("bin");
        long records = (long) (gib * (1L << 30) / RECORD);
        if (!Files.isDirectory(bin)) {
            write(bin, records, 8);
        }
        SparkSession spark = SparkSession.builder().master("local[*]").appName("structview-ticks-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");

        Dataset<Row> structview = spark.read().format("structview").option("format", FORMAT).option("names", NAMES)
                .load(bin.toString());
        Path parquet = root.resolve("parquet");
        if (!Files.isDirectory(parquet)) {
            long t = System.nanoTime();
            structview.write().parquet(parquet.toString());
            System.out.printf("parquet conversion: %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        StructType schema = new StructType().add("ts", DataTypes.LongType).add("symbol", DataTypes.LongType)
                .add("price", DataTypes.DoubleType).add("size", DataTypes.DoubleType);
        Dataset<Row> handParsed = spark.read().format("binaryFile").load(bin.toString()).select("content")
                .flatMap((FlatMapFunction<Row, Row>) TicksBenchmark::parse, Encoders.row(schema));

        System.out.printf("%,d records, %.2f GB in 8 files; %d cores%n", records, records * RECORD / 1e9,
                Runtime.getRuntime().availableProcessors());
        double sv = time("structview source", structview, runs);
        double pq = time("parquet", spark.read().parquet(parquet.toString()), runs);
        double bf = time("binaryFile + hand parsing", handParsed, runs);
        System.out.printf("ratios to structview: parquet %.2fx, binaryFile %.2fx (higher = slower than structview)%n",
                pq / sv, bf / sv);
        spark.stop();
    }

    private static double time(String name, Dataset<Row> ticks, int runs) {
        query(ticks).collectAsList(); // warm-up
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            // A new query each time: re-running one Dataset would reuse its shuffle files and skip the scan.
            query(ticks).collectAsList();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf("%-28s best of %d: %.2f s%n", name, runs, best);
        return best;
    }

    private static Dataset<Row> query(Dataset<Row> ticks) {
        return ticks.groupBy("symbol").agg(sum("size"), sum(col("price").multiply(col("size"))));
    }

    /** What a user would write without this source: the file's bytes as one array, cut into records. */
    private static Iterator<Row> parse(Row file) {
        ByteBuffer b = ByteBuffer.wrap((byte[]) file.get(0)).order(ByteOrder.LITTLE_ENDIAN);
        List<Row> rows = new ArrayList<>(b.remaining() / RECORD);
        for (int at = 0; at + RECORD <= b.limit(); at += RECORD) {
            rows.add(RowFactory.create(b.getLong(at), Integer.toUnsignedLong(b.getInt(at + 8)), b.getDouble(at + 12),
                    b.getDouble(at + 20)));
        }
        return rows.iterator();
    }

    private static void write(Path dir, long records, int files) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(14);
        long perFile = records / files;
        for (int f = 0; f < files; f++) {
            try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(dir.resolve("ticks-" + f + ".bin"),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                MemorySegment s = ch.map(FileChannel.MapMode.READ_WRITE, 0, perFile * RECORD, arena);
                for (long i = 0; i < perFile; i++) {
                    long at = i * RECORD;
                    s.set(ValueLayout.JAVA_LONG_UNALIGNED, at, 1_700_000_000_000L + f * perFile + i);
                    s.set(ValueLayout.JAVA_INT_UNALIGNED, at + 8, random.nextInt(500));
                    s.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at + 12, 100 + random.nextDouble() * 10);
                    s.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at + 20, 1 + random.nextInt(1000));
                }
            }
        }
    }
}
