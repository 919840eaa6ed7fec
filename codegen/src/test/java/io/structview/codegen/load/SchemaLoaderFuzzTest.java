package io.structview.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.structview.codegen.java.EmitException;
import io.structview.codegen.java.GeneratedFile;
import io.structview.codegen.java.JavaEmitter;
import io.structview.schema.Location;
import io.structview.schema.Member;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the schema-file loader on arbitrary YAML and JSON (and, through a file, arbitrary bytes), and the Java
 * emitter on every schema the loader accepts.
 *
 * <p>The loader must return a schema or throw a {@link SchemaException} whose every diagnostic is located inside
 * the file (file name as given, line and column from 1, within the text). An accepted schema must emit: one file
 * per record, each at its package path, marked {@code @Generated("io.structview.codegen")}, or an
 * {@link EmitException} whose every problem is located in the file. Any other exception, a hang or deep recursion
 * is a bug.
 *
 * <p>Input: the first byte chooses YAML, JSON, or a file of raw bytes; the rest is the content. Regression inputs:
 * {@code src/test/resources/io/structview/codegen/load/SchemaLoaderFuzzTestInputs/load/}.
 */
class SchemaLoaderFuzzTest {
    private static Path dir;

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"package: ", "records:", "format: ", "fields: ", "doc: ", "mode: ", "name: ", "type: ",
        "count: ", "{", "}", "[", "]", "\\x0A  ", "- ", ": ", "\"", "'", "&a", "*a", "---", "!!binary", "T{", ":x:",
        "little", "big", "native", "<ii", "\"package\":", "\"records\":", "2147483648", "Point", "class"})
    void load(byte[] input) throws IOException {
        int kind = input.length == 0 ? 0 : input[0] & 3;
        byte[] body = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        String name = kind == 1 ? "s.json" : "s.yaml";
        String text = new String(body, StandardCharsets.UTF_8);
        Schema schema;
        try {
            if (kind == 3) {
                if (dir == null) {
                    dir = Files.createTempDirectory("loader-fuzz");
                    dir.toFile().deleteOnExit();
                }
                Path file = dir.resolve(name);
                Files.write(file, body);
                name = file.toString();
                schema = SchemaLoader.load(file);
            } else {
                schema = SchemaLoader.load(name, text);
            }
        } catch (SchemaException e) {
            checkDiagnostics(e, name, text);
            return;
        }
        checkSchema(schema);
        List<GeneratedFile> files;
        try {
            files = JavaEmitter.emit(schema);
        } catch (EmitException e) {
            // The emitter's own limits (an array longer than Java can index) are checked there, not by the
            // loader; such a problem must still be located in the schema file.
            for (String problem : e.problems()) {
                assertThat(problem).startsWith(name + ":").contains(": error: ");
            }
            return;
        }
        assertThat(files).hasSize(schema.records().size());
        String dirPath = schema.packageName().replace('.', '/') + "/";
        for (GeneratedFile f : files) {
            assertThat(f.path()).startsWith(dirPath).endsWith(".java").doesNotContain("..").doesNotContain("\\");
            assertThat(f.path().substring(dirPath.length())).doesNotContain("/");
            assertThat(f.content()).contains("@Generated(\"io.structview.codegen\")");
        }
    }

    static void checkDiagnostics(SchemaException e, String name, String text) {
        assertThat(e.diagnostics()).isNotEmpty();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.length());
        }
        for (Diagnostic d : e.diagnostics()) {
            Location at = d.location();
            assertThat(at.file()).isEqualTo(name);
            assertThat(at.line()).as("%s", d).isBetween(1, lines.length + 1);
            assertThat(at.column()).as("%s", d).isBetween(1, longest + 2);
            assertThat(d.message()).as("%s", d).isNotBlank();
        }
        assertThat(e.getMessage()).startsWith(name + ":");
    }

    static void checkSchema(Schema s) {
        assertThat(s.records()).isNotEmpty();
        Set<Record> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Record r : s.records()) {
            for (Member m : r.members()) {
                if (m.isRecord()) {
                    assertThat(placed).as("%s nests %s, placed before it", r.name(), m.record().name())
                            .contains(m.record());
                }
                assertThat(m.offset() + m.byteSize()).isLessThanOrEqualTo(r.size());
            }
            placed.add(r);
        }
    }
}
