package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 3, CLI parts: {@code dump --hex}, one rendering of byte strings, {@code describe} of a missing file. */
class CliPolishTest {
    @TempDir
    Path dir;

    @Test
    void hexPrintsIntegersAsTheirBytesWithTwoDigitsEach() throws IOException {
        // <b h I q H: -1, -2, 0xdeadbeef, 1, 0x0201 (little-endian)
        byte[] bytes = {(byte) 0xff, (byte) 0xfe, (byte) 0xff, (byte) 0xef, (byte) 0xbe, (byte) 0xad, (byte) 0xde,
            1, 0, 0, 0, 0, 0, 0, 0, 1, 2};
        Path file = Files.write(dir.resolve("ints.bin"), bytes);
        String format = "<bhIqH";
        Cli.Result table = Cli.run("dump", "--hex", "--format", format, file.toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out()).isEqualTo("""
                #    f0      f1          f2                  f3      f4
                0  0xff  0xfffe  0xdeadbeef  0x0000000000000001  0x0201
                """);
        assertThat(Cli.run("dump", "--hex", "--format", format, "--output", "csv", file.toString()).out())
                .isEqualTo("f0,f1,f2,f3,f4\n0xff,0xfffe,0xdeadbeef,0x0000000000000001,0x0201\n");
        assertThat(Cli.run("dump", "--hex", "--format", format, "--output", "json", file.toString()).out())
                .isEqualTo("[\n{\"f0\": \"0xff\", \"f1\": \"0xfffe\", \"f2\": \"0xdeadbeef\","
                        + " \"f3\": \"0x0000000000000001\", \"f4\": \"0x0201\"}\n]\n");
        assertThat(Cli.run("dump", "--format", format, "--output", "csv", file.toString()).out())
                .as("decimal without --hex").isEqualTo("f0,f1,f2,f3,f4\n-1,-2,3735928559,1,513\n");
        Path big = Files.write(dir.resolve("big.bin"), new byte[] {1, 2, (byte) 0xfe, (byte) 0xdc});
        assertThat(Cli.run("dump", "--hex", "--format", ">Hh", "--output", "csv", big.toString()).out())
                .as("the value's bytes in the field's byte order").isEqualTo("f0,f1\n0x0102,0xfedc\n");
    }

    @Test
    void hexLeavesOtherKindsAlone() throws IOException {
        Path file = Files.write(dir.resolve("mixed.bin"), new byte[] {1, 'A', 0, 0, 0, 0, (byte) 0x80, 0x3f});
        assertThat(Cli.run("dump", "--hex", "--format", "<?cxxf", "--output", "csv", file.toString()).out())
                .isEqualTo("f0,f1,f2\ntrue,A,1.0\n");
    }

    /** The same text in the table, in CSV (after CSV unquoting) and in JSON (after JSON decoding). */
    @Test
    void byteStringsAreRenderedTheSameWayInEveryOutput() throws IOException {
        byte[] value = {'a', 0, '\\', '"', ',', '\'', ' ', 'z', 0x7f, (byte) 0xff, '\t', '\n', '\r', (byte) 0xc3,
            (byte) 0xa9, 'b'};
        byte[] record = new byte[20];
        System.arraycopy(value, 0, record, 0, value.length); // four bytes of NUL padding after it
        record[19] = '\n';
        Path file = Files.write(dir.resolve("s.bin"), record);
        String expected = "a\\x00\\\\\",' z\\x7f\\xff\\t\\n\\r\\xc3\\xa9b";
        String format = "19sc";

        List<String> tableLines = Cli.run("dump", "--format", format, file.toString()).out().lines().toList();
        String row = tableLines.get(1);
        assertThat(row).isEqualTo("0  " + expected + "  \\n");

        String csv = Cli.run("dump", "--format", format, "--output", "csv", file.toString()).out();
        assertThat(csv).isEqualTo("f0,f1\n\"" + expected.replace("\"", "\"\"") + "\",\\n\n");

        String json = Cli.run("dump", "--format", format, "--output", "json", file.toString()).out();
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertThat(parsed.get(0).get("f0").textValue()).isEqualTo(expected);
        assertThat(parsed.get(0).get("f1").textValue()).isEqualTo("\\n");
    }

    @Test
    void pascalStringsToo() throws IOException {
        Path file = Files.write(dir.resolve("p.bin"), new byte[] {3, 'h', 0, (byte) 0x90, 'x'});
        assertThat(Cli.run("dump", "--format", "5p", "--output", "csv", file.toString()).out())
                .isEqualTo("f0\nh\\x00\\x90\n");
        assertThat(Cli.run("dump", "--format", "5p", file.toString()).out()).isEqualTo("#  f0\n0  h\\x00\\x90\n");
    }

    @Test
    void describeOfAMissingPathSaysNoSuchFile() {
        for (String path : List.of("data/layout", "schemas/wav.yaml", "nope.yml", "gone.json")) {
            Cli.Result r = Cli.run("describe", path);
            assertThat(r.exit()).as(path).isEqualTo(1);
            assertThat(r.err()).as(path).isEqualTo("error: no such file: " + path + " (read as a schema file path,"
                    + " since it contains '/' or ends in .yaml, .yml or .json; a struct format has neither)\n");
        }
        assertThat(Cli.run("describe", "<IH").exit()).as("formats are still formats").isZero();
    }
}
