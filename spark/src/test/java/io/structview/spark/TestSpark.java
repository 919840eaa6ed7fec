package io.structview.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class of the module (starting one costs seconds), and a python3 helper. */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("structview-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "UTC")
                    // CREATE TABLE keeps its catalog folder under target/, not in the module folder.
                    .config("spark.sql.warehouse.dir", Path.of("target/spark-warehouse").toAbsolutePath().toString())
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    /**
     * Runs a python3 script (CPython's struct module decides the bytes and the values) and returns its stdout.
     *
     * @param script the program text
     * @param args its arguments
     */
    static String python(String script, String... args) throws IOException, InterruptedException {
        Path file = Files.createTempFile("structview-spark", ".py");
        try {
            Files.writeString(file, script);
            List<String> cmd = new java.util.ArrayList<>(List.of("python3", file.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("python3 failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
