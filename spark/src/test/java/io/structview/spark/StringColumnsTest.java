package io.structview.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strings=string}: byte strings as Spark strings in a charset, read and written back. */
class StringColumnsTest {
    @TempDir
    Path dir;

    @Test
    void byteStringsReadAndWriteAsTextInTheGivenCharset() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path source = in.resolve("names.bin");
        // CPython packs Latin-1 text; the expected strings are Python's own decoding (s without its NUL padding).
        String expected = TestSpark.python("""
                import struct, sys
                names = ['Zoë', 'ab', '', 'Müller!']
                with open(sys.argv[1], 'wb') as f:
                    for i, n in enumerate(names):
                        b = n.encode('latin-1')
                        f.write(struct.pack('<8s5pc', b, b[:4], bytes([65 + i])))
                for i, n in enumerate(names):
                    print(n.encode('latin-1').rstrip(b'\\0').decode('latin-1') + '|' + n[:4] + '|' + chr(65 + i))
                """, source.toString());
        var reader = TestSpark.session().read().format("structview").option("format", "<8s5pc")
                .option("names", "name,nick,initial").option("strings", "string").option("charset", "ISO-8859-1");
        Dataset<Row> df = reader.load(in.toString());
        assertThat(df.schema().simpleString()).isEqualTo("struct<name:string,nick:string,initial:string>");
        List<String> got = df.collectAsList().stream().map(r -> r.getString(0) + "|" + r.getString(1) + "|"
                + r.getString(2)).toList();
        assertThat(got).isEqualTo(expected.lines().toList());

        Path out = dir.resolve("out");
        df.coalesce(1).write().format("structview").option("format", "<8s5pc").option("names", "name,nick,initial")
                .option("strings", "string").option("charset", "ISO-8859-1").mode("overwrite").save(out.toString());
        try (Stream<Path> files = Files.list(out)) {
            Path written = files.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(source));
        }
    }
}
