package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.codegen.java.JavaEmitter;
import io.structview.codegen.load.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    static final String GEOMETRY = """
            package: com.example.geo
            records:
              Track:
                doc: A named track of up to 8 points.
                mode: little
                fields:
                  - {name: magic, type: 4s}
                  - {type: 2x}
                  - {name: count, type: ">H"}
                  - {name: points, type: Point, count: 8}
              Point:
                mode: "<"
                fields:
                  - {name: x, type: i}
                  - {name: y, type: i}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private long files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void writesOneClassPerRecord() throws Exception {
        Path schema = write("geo.yaml", GEOMETRY);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("generate", "-o", out.toString(), schema.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("generated 2 classes in " + out + " (2 written, 0 unchanged)\n");
        assertThat(Files.readString(out.resolve("com/example/geo/Track.java")))
                .isEqualTo(JavaEmitter.emit(SchemaLoader.load(schema)).stream()
                        .filter(f -> f.path().endsWith("Track.java")).findFirst().orElseThrow().content());
        assertThat(Cli.run("generate", "--output", out.toString(), schema.toString()).out())
                .isEqualTo("generated 2 classes in " + out + " (0 written, 2 unchanged)\n");
    }

    @Test
    void badSchemasPrintEveryProblemAndWriteNothing() throws IOException {
        Path good = write("geo.yaml", GEOMETRY);
        Path bad = write("bad.yaml", """
                package: com.example.bad
                records:
                  Header:
                    format: "<Iy"
                    fields: [a, b]
                """);
        Path clash = write("clash.yaml", """
                package: com.example.clash
                records:
                  Header:
                    fields:
                      - {name: offset, type: I}
                """);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("generate", "-o", out.toString(), good.toString(), bad.toString(), clash.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith(bad + ":4:").contains(": error: ").contains("'y'"),
                line -> assertThat(line).isEqualTo(clash + ":5:16: error: record 'Header': member 'offset' would"
                        + " generate method offset(), which every generated class already has (hint: rename the"
                        + " member)"),
                line -> assertThat(line).isEqualTo("structview generate: nothing written, 2 problems"));
        assertThat(files(out)).isZero();
    }

    /** Issue 11, finding 12: within one file, the loader's errors hid the emitter's. */
    @Test
    void oneFileReportsItsLoaderAndEmitterProblemsTogether() throws IOException {
        Path both = write("both.yaml", """
                package: com.example.both
                records:
                  Broken:
                    fields:
                      - {name: x, type: Nope}
                  Header:
                    fields:
                      - {name: offset, type: I}
                """);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("generate", "-o", out.toString(), both.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith(both + ":5:").contains(": error: ").contains("Nope"),
                line -> assertThat(line).isEqualTo(both + ":8:16: error: record 'Header': member 'offset' would"
                        + " generate method offset(), which every generated class already has (hint: rename the"
                        + " member)"),
                line -> assertThat(line).isEqualTo("structview generate: nothing written, 2 problems"));
        assertThat(files(out)).isZero();
        // describe and dump do not emit Java: they report the loader's problem only.
        assertThat(Cli.run("describe", both.toString()).err()).doesNotContain("offset");
    }

    @Test
    void twoSchemasMayNotGenerateTheSameClass() throws IOException {
        Path a = write("a.yaml", GEOMETRY);
        Path b = write("b.yaml", GEOMETRY);
        Cli.Result r = Cli.run("generate", "-o", dir.resolve("out").toString(), a.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + b + " and " + a + " both generate com.example.geo.Track (hint:"
                + " rename one of the records or use different packages)\n");
        assertThat(files(dir.resolve("out"))).isZero();
    }

    @Test
    void missingFilesAreBadInputAndMissingArgumentsUsageErrors() {
        Cli.Result missing = Cli.run("generate", "-o", dir.toString(), dir.resolve("none.yaml").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo(dir.resolve("none.yaml") + ":1:1: error: schema file not found (check the"
                + " path)\nstructview generate: nothing written, 1 problem\n");
        Cli.Result noOutput = Cli.run("generate", "x.yaml");
        assertThat(noOutput.exit()).isEqualTo(2);
        assertThat(noOutput.err()).isEqualTo("error: Missing required option: '--output=DIR'\n"
                + "Try 'structview generate --help' for more information.\n");
        Cli.Result noSchema = Cli.run("generate", "-o", "out");
        assertThat(noSchema.exit()).isEqualTo(2);
        assertThat(noSchema.err()).startsWith("error: Missing required parameter: 'SCHEMA'\n");
    }
}
