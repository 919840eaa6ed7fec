package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.Struct;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpCommandTest {
    private static final Struct ROW = Struct.of("<IHd4s");

    @TempDir
    Path dir;

    /** Five 18-byte records and two stray bytes. */
    private Path sample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 5; i++) {
            byte[] tag = i % 2 == 0 ? "x\"y,".getBytes(StandardCharsets.US_ASCII) : new byte[] {'a', 'b', 0};
            out.write(ROW.pack(i, 65535 - i, i / 4.0, tag));
        }
        out.write(new byte[] {1, 2});
        return Files.write(dir.resolve("data.bin"), out.toByteArray());
    }

    @Test
    void tableIsTheDefault() throws IOException {
        Cli.Result r = Cli.run("dump", "--format", "<IHd4s", "--names", "id,flags,w,tag", sample().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                #  id  flags     w  tag
                0   0  65535   0.0  x"y,
                1   1  65534  0.25  ab
                2   2  65533   0.5  x"y,
                3   3  65532  0.75  ab
                4   4  65531   1.0  x"y,
                """);
        assertThat(r.err()).isEqualTo("note: 2 trailing bytes after the last whole record are not shown\n");
    }

    @Test
    void csvQuotesWhatNeedsQuoting() throws IOException {
        Cli.Result r = Cli.run("dump", "--format", "<IHd4s", "--output", "csv", "--offset", "0x12", "--count", "2",
                sample().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("f0,f1,f2,f3\n1,65534,0.25,ab\n2,65533,0.5,\"x\"\"y,\"\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonIsAnArrayOfObjects() throws IOException {
        Cli.Result r = Cli.run("dump", "--format", "<IHd4s", "--output", "json", "--count", "2", sample().toString());
        assertThat(r.out()).isEqualTo("[\n{\"f0\": 0, \"f1\": 65535, \"f2\": 0.0, \"f3\": \"x\\\"y,\"},\n"
                + "{\"f0\": 1, \"f1\": 65534, \"f2\": 0.25, \"f3\": \"ab\"}\n]\n");
        assertThat(Cli.run("dump", "--format", "<IHd4s", "--output", "json", "--count", "0", sample().toString())
                .out()).isEqualTo("[]\n");
    }

    @Test
    void everyCodeIsDecodedAsStructUnpacksIt() throws IOException {
        String format = "@cbB?hHiIlLqQnNefdP3s4p";
        Struct s = Struct.of(format);
        byte[] bytes = s.pack(new byte[] {'\n'}, -128, 255, true, -32768, 65535, -2147483648, 4294967295L,
                Long.MIN_VALUE, -1L, Long.MIN_VALUE, -1L, -5, -1L, 65504.0, Float.NaN, Double.NEGATIVE_INFINITY,
                -1L, new byte[] {'a', 0, 'b'}, new byte[] {'h', 'i'});
        Path file = Files.write(dir.resolve("all.bin"), bytes);
        Cli.Result json = Cli.run("dump", "--format", format, "--output", "json", file.toString());
        assertThat(json.out()).isEqualTo("[\n{\"f0\": \"\\\\n\", \"f1\": -128, \"f2\": 255, \"f3\": true,"
                + " \"f4\": -32768, \"f5\": 65535, \"f6\": -2147483648, \"f7\": 4294967295,"
                + " \"f8\": -9223372036854775808, \"f9\": 18446744073709551615, \"f10\": -9223372036854775808,"
                + " \"f11\": 18446744073709551615, \"f12\": -5, \"f13\": 18446744073709551615, \"f14\": 65504.0,"
                + " \"f15\": \"NaN\", \"f16\": \"-Infinity\", \"f17\": 18446744073709551615,"
                + " \"f18\": \"a\\\\x00b\", \"f19\": \"hi\"}\n]\n");
        Cli.Result table = Cli.run("dump", "--format", format, file.toString());
        assertThat(table.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("0  \\n  -128  255  true  -32768")
                .endsWith("65504.0  NaN  -Infinity  18446744073709551615  a\\x00b  hi");
    }

    @Test
    void manySmallWindowsGiveTheSameOutputAsOne() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Struct s = Struct.of(">hQ");
        for (int i = 0; i < 1000; i++) {
            out.write(s.pack(i - 500, (long) i * 0x0101010101L));
        }
        Path file = Files.write(dir.resolve("many.bin"), out.toByteArray());
        for (String output : new String[] {"table", "csv", "json"}) {
            Cli.Result whole = Cli.run("dump", "--format", ">hQ", "--output", output, file.toString());
            Cli.Result windows = Cli.run("dump", "--format", ">hQ", "--output", output, "--window-bytes", "25",
                    file.toString());
            assertThat(windows.out()).isEqualTo(whole.out());
            assertThat(whole.out()).contains("499");
        }
    }

    @Test
    void offsetsPastTwoGibibytesWork() throws IOException {
        Path file = dir.resolve("sparse.bin");
        long at = (5L << 30) / 2 + 3; // 2.5 GiB and a bit, in a sparse file
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30);
            raf.seek(at);
            raf.write(Struct.of("<qd").pack(-7L, 2.5));
        }
        Cli.Result r = Cli.run("dump", "--format", "<qd", "--names", "n,x", "--offset", Long.toString(at), "--count",
                "1", "--output", "csv", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("n,x\n-7,2.5\n");
    }

    @Test
    void offsetsAndCountsBeyondTheFileAreBadInput() throws IOException {
        Path file = sample();
        Cli.Result count = Cli.run("dump", "--format", "<IHd4s", "--count", "6", file.toString());
        assertThat(count.exit()).isEqualTo(1);
        assertThat(count.out()).isEmpty();
        assertThat(count.err()).isEqualTo("error: " + file + " holds 5 records of 18 bytes after offset 0, not 6\n");
        Cli.Result offset = Cli.run("dump", "--format", "<I", "--offset", "93", file.toString());
        assertThat(offset.exit()).isEqualTo(1);
        assertThat(offset.err()).isEqualTo("error: --offset 93 is past the end of " + file + " (92 bytes)\n");
        Cli.Result empty = Cli.run("dump", "--format", "<", file.toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).isEqualTo("error: record format is 0 bytes long: give --count\n");
        assertThat(Cli.run("dump", "--format", "<", "--count", "2", "--output", "csv", file.toString()).out())
                .isEqualTo("\n\n\n");
    }

    @Test
    void missingFilesAndBadFormatsAreBadInput() {
        Cli.Result missing = Cli.run("dump", "--format", "<I", dir.resolve("nope.bin").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: no such file: " + dir.resolve("nope.bin") + "\n");
        Cli.Result bad = Cli.run("dump", "--format", "<I#", "x.bin");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("error: bad format: bad char in struct format: '#' at position 2 in format"
                + " \"<I#\" " + DescribeCommandTest.SYNTAX_HINT + "\n");
    }

    @Test
    void conflictingOrMissingOptionsAreUsageErrors() throws IOException {
        String file = sample().toString();
        Cli.Result both = Cli.run("dump", "--format", "<I", "--schema", "s.yaml", file);
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).startsWith("error: [--schema=FILE [--record=NAME]] and [--format=FMT"
                + " [--names=NAME[,NAME...]]...] are mutually exclusive (specify only one)\n");
        Cli.Result neither = Cli.run("dump", file);
        assertThat(neither.exit()).isEqualTo(2);
        Cli.Result negative = Cli.run("dump", "--format", "<I", "--offset", "-3", file);
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).startsWith("error: Invalid value for option '--offset': '-3' is negative\n");
        Cli.Result output = Cli.run("dump", "--format", "<I", "--output", "xml", file);
        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).startsWith("error: Invalid value for option '--output': expected one of [table,"
                + " json, csv] (case-sensitive) but was 'xml'\n");
        Cli.Result names = Cli.run("dump", "--format", "<II", "--names", "a", file);
        assertThat(names.exit()).isEqualTo(2);
        assertThat(names.err()).startsWith("error: --names gives 1 names but format \"<II\" has 2 values\n");
    }
}
