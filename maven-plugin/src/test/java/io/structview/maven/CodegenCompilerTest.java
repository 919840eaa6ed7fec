package io.structview.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's use of the real loader and emitter. */
class CodegenCompilerTest {
    @TempDir
    Path dir;

    @Test
    void plansAndWritesTheGeneratedClasses() throws Exception {
        Path schema = write("point.yaml", """
                package: com.example.geo
                records:
                  Point:
                    format: "<iid"
                    fields: [x, y, weight]
                """);
        SchemaCompiler.Plan plan = new CodegenCompiler(dir).plan(schema);
        assertThat(plan.files()).containsExactly("com/example/geo/Point.java");
        Path out = dir.resolve("out");
        plan.write(out);
        assertThat(out.resolve("com/example/geo/Point.java")).content()
                .contains("public final class Point").contains("from point.yaml");
    }

    @Test
    void everyProblemIsReportedAsAbsoluteFileLineColumn() throws IOException {
        Path schema = write("bad.yaml", """
                package: com.example.bad
                records:
                  Header:
                    format: "<IZH"
                    fields: [magic, version, flags]
                  Trailer:
                    format: "<I"
                    fields: [crc, extra]
                """);
        assertThatThrownBy(() -> new CodegenCompiler(dir).plan(schema))
                .isInstanceOfSatisfying(SchemaCompiler.SchemaFailure.class, e -> {
                    assertThat(e.messages()).hasSizeGreaterThanOrEqualTo(2)
                            .allSatisfy(m -> assertThat(m).matches(
                                    java.util.regex.Pattern.quote(schema.toString()) + ":\\d+:\\d+: error: .+"));
                    assertThat(e.messages().get(0)).startsWith(schema + ":4:");
                    assertThat(e.messages()).anySatisfy(m -> assertThat(m).startsWith(schema + ":8:"));
                });
    }

    /** Issue 11, finding 12: the loader's errors hid the emitter's within one file. */
    @Test
    void loaderAndEmitterProblemsOfOneFileComeTogether() throws IOException {
        Path schema = write("both.yaml", """
                package: com.example.both
                records:
                  Broken:
                    format: "<IZ"
                    fields: [a, b]
                  Header:
                    fields:
                      - {name: wrap, type: I}
                """);
        assertThatThrownBy(() -> new CodegenCompiler(dir).plan(schema))
                .isInstanceOfSatisfying(SchemaCompiler.SchemaFailure.class, e -> assertThat(e.messages())
                        .satisfiesExactly(
                                m -> assertThat(m).startsWith(schema + ":4:").contains("'Z'"),
                                m -> assertThat(m).isEqualTo(schema + ":8:16: error: record 'Header': member 'wrap'"
                                        + " would generate method wrap(), which every generated class already has"
                                        + " (hint: rename the member)")));
    }

    @Test
    void emitterProblemsNameTheSchemaFile() throws IOException {
        Path schema = write("names.yaml", """
                package: com.example.names
                records:
                  Thing:
                    format: "<ii"
                    fields: [size, wrap]
                """);
        assertThatThrownBy(() -> new CodegenCompiler(dir).plan(schema))
                .isInstanceOfSatisfying(SchemaCompiler.SchemaFailure.class, e -> assertThat(e.messages())
                        .singleElement().asString().startsWith(schema + ":5:").contains("wrap()"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
