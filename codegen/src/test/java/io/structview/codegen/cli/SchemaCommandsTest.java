package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.Struct;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code describe} and {@code dump} with schema files: nested records, arrays, per-field byte order. */
class SchemaCommandsTest {
    @TempDir
    Path dir;

    private Path geometry() throws IOException {
        return Files.writeString(dir.resolve("geo.yaml"), GenerateCommandTest.GEOMETRY);
    }

    @Test
    void describeShowsRecordsAndTheRecordsTheyNest() throws IOException {
        Path schema = geometry();
        Cli.Result r = Cli.run("describe", "--record", "Track", schema.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("record Track  (" + schema + ":3:3)\n"
                + "  field      code      offset  size  align\n"
                + "  magic      <4s            0     4      1\n"
                + "  (padding)  <2x            4     2      1\n"
                + "  count      >H             6     2      1\n"
                + "  points     Point[8]       8    64      1\n"
                + "  size 72, alignment 1: 0 holes (0 bytes), 2 explicit pad bytes\n"
                + "\n"
                + "record Point  (" + schema + ":11:3)\n"
                + "  field  code  offset  size  align\n"
                + "  x      <i         0     4      1\n"
                + "  y      <i         4     4      1\n"
                + "  size 8, alignment 1: 0 holes (0 bytes), 0 explicit pad bytes\n");
    }

    @Test
    void describeReportsSchemaProblemsAndUnknownRecords() throws IOException {
        Path schema = geometry();
        Cli.Result unknown = Cli.run("describe", "--record", "Nope", schema.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: no record 'Nope' in " + schema + "; it has Point, Track\n");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "package: p\nrecords:\n  R:\n    format: \"<i\"\n");
        Cli.Result problems = Cli.run("describe", bad.toString());
        assertThat(problems.exit()).isEqualTo(1);
        assertThat(problems.err()).startsWith(bad + ":3:3: error: record 'R' has a format but no 'fields'");
        assertThat(Cli.run("describe", "--names", "a", schema.toString()).exit()).isEqualTo(2);
    }

    @Test
    void dumpFlattensNestedRecordsAndArrays() throws IOException {
        Path schema = geometry();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int t = 0; t < 2; t++) {
            Object[] points = new Object[16];
            for (int i = 0; i < 16; i++) {
                points[i] = t * 100 + i;
            }
            data.write(Struct.of("<4s2x").pack((Object) ("TRK" + t).getBytes(StandardCharsets.US_ASCII)));
            data.write(Struct.of(">H").pack(2 + t));
            data.write(Struct.of("<16i").pack(points));
        }
        Path file = Files.write(dir.resolve("tracks.bin"), data.toByteArray());
        Cli.Result csv = Cli.run("dump", "--schema", schema.toString(), "--record", "Track", "--output", "csv",
                file.toString());
        assertThat(csv.exit()).isZero();
        assertThat(csv.out().lines().toList()).containsExactly(
                "magic,count,points[0].x,points[0].y,points[1].x,points[1].y,points[2].x,points[2].y,points[3].x,"
                        + "points[3].y,points[4].x,points[4].y,points[5].x,points[5].y,points[6].x,points[6].y,"
                        + "points[7].x,points[7].y",
                "TRK0,2,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15",
                "TRK1,3,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115");
        Cli.Result json = Cli.run("dump", "--schema", schema.toString(), "--record", "Track", "--output", "json",
                "--count", "1", file.toString());
        assertThat(json.out()).isEqualTo("[\n{\"magic\": \"TRK0\", \"count\": 2, \"points\": [{\"x\": 0, \"y\": 1},"
                + " {\"x\": 2, \"y\": 3}, {\"x\": 4, \"y\": 5}, {\"x\": 6, \"y\": 7}, {\"x\": 8, \"y\": 9},"
                + " {\"x\": 10, \"y\": 11}, {\"x\": 12, \"y\": 13}, {\"x\": 14, \"y\": 15}]}\n]\n");
    }

    @Test
    void dumpNeedsARecordNameOnlyWhenTheSchemaHasSeveral() throws IOException {
        Path schema = geometry();
        Path file = Files.write(dir.resolve("p.bin"), Struct.of("<ii").pack(1, 2));
        Cli.Result ambiguous = Cli.run("dump", "--schema", schema.toString(), file.toString());
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.err()).startsWith("error: --record is needed: " + schema + " has records Point, Track\n");
        Path single = Files.writeString(dir.resolve("p.yaml"),
                "package: p\nrecords:\n  P:\n    format: \"<ii\"\n    fields: [x, y]\n");
        Cli.Result r = Cli.run("dump", "--schema", single.toString(), file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("#  x  y\n0  1  2\n");
        Cli.Result unknown = Cli.run("dump", "--schema", single.toString(), "--record", "Q", file.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: no record 'Q' in " + single + "; it has P\n");
    }
}
