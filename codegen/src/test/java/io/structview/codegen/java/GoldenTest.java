package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated code: every change to it shows up as a diff of {@code src/test/resources/golden}.
 *
 * <p>To accept a deliberate change, regenerate the files and review the diff:
 * <pre>
 * mvn -q -B verify -pl codegen -am -Dstructview.updateGoldens=true
 * git diff codegen/src/test/resources/golden
 * </pre>
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void generatedSourcesMatchGoldenFiles() throws IOException {
        boolean update = Boolean.getBoolean("structview.updateGoldens");
        List<String> stale = new ArrayList<>();
        for (Schema schema : Fixtures.all()) {
            for (GeneratedFile f : JavaEmitter.emit(schema)) {
                Path golden = GOLDEN.resolve(f.path().substring(f.path().lastIndexOf('/') + 1));
                if (update) {
                    Files.createDirectories(golden.getParent());
                    Files.writeString(golden, f.content(), StandardCharsets.UTF_8);
                } else if (!Files.exists(golden) || !Files.readString(golden).equals(f.content())) {
                    stale.add(golden.toString());
                }
            }
        }
        assertThat(stale)
                .as("generated code differs from the golden files; if intended, run with"
                        + " -Dstructview.updateGoldens=true and review the diff")
                .isEmpty();
    }

    @Test
    void goldenFilesCompileWithoutAnyDiagnostic() {
        for (Schema schema : Fixtures.all()) {
            InMemoryCompiler.compile(JavaEmitter.emit(schema));
        }
    }

    @Test
    void emissionIsByteIdenticalWhenRepeated() {
        for (Schema schema : Fixtures.all()) {
            assertThat(JavaEmitter.emit(schema)).isEqualTo(JavaEmitter.emit(schema));
        }
    }
}
