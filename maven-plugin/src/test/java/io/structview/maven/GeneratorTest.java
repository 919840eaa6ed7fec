package io.structview.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental logic, with a fake compiler: each schema line {@code out/Path.java=content} is one output. */
class GeneratorTest {
    @TempDir
    Path dir;

    Path src;
    Path out;
    Path state;
    final List<String> planned = new ArrayList<>();

    /** Reads lines {@code path=content}; a line {@code error ...} fails the schema with that message. */
    final SchemaCompiler fake = file -> {
        planned.add(src.relativize(file).toString().replace('\\', '/'));
        Map<String, String> files = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.startsWith("error ")) {
                errors.add(file + ":" + lineNo + ":1: error: " + line.substring(6));
            } else if (line.contains("=")) {
                files.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        if (!errors.isEmpty()) {
            throw new SchemaCompiler.SchemaFailure(errors);
        }
        return new SchemaCompiler.Plan() {
            @Override
            public List<String> files() {
                return List.copyOf(files.keySet());
            }

            @Override
            public void write(Path outputDir) throws IOException {
                for (Map.Entry<String, String> e : files.entrySet()) {
                    Path p = outputDir.resolve(e.getKey());
                    byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                    if (Files.exists(p) && java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
                        continue;
                    }
                    Files.createDirectories(p.getParent());
                    Files.write(p, bytes);
                }
            }
        };
    };

    @BeforeEach
    void setUp() {
        src = dir.resolve("src/main/structview");
        out = dir.resolve("target/generated-sources/structview");
        state = dir.resolve("target/structview-maven-plugin/generate.state");
    }

    Generator generator(String fingerprint, List<String> excludes) {
        return new Generator(src, out, state, AbstractGenerateMojo.DEFAULT_INCLUDES, excludes, fingerprint, fake,
                m -> { });
    }

    Generator.Result run() throws IOException {
        planned.clear();
        return generator("f1", List.of()).run();
    }

    void schema(String path, String... lines) throws IOException {
        Path p = src.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, List.of(lines));
    }

    Map<Path, FileTime> mtimes() throws IOException {
        Map<Path, FileTime> m = new LinkedHashMap<>();
        try (var files = Files.walk(dir.resolve("target"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    @Test
    void generatesThenDoesNothingWhenUpToDate() throws IOException {
        schema("geo/point.yaml", "com/ex/Point.java=class Point {}", "com/ex/Line.java=class Line {}");
        schema("wav.yml", "com/wav/Header.java=class Header {}");
        schema("README.txt", "not a schema");

        Generator.Result first = run();
        assertThat(first.schemas()).containsExactly("geo/point.yaml", "wav.yml");
        assertThat(first.generatedFrom()).containsExactly("geo/point.yaml", "wav.yml");
        assertThat(out.resolve("com/ex/Point.java")).hasContent("class Point {}");
        assertThat(state).exists();

        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(state, old); // a rewrite of the state would show
        Map<Path, FileTime> before = mtimes();
        Generator.Result second = run();
        assertThat(second.upToDate()).isTrue();
        assertThat(second.schemas()).hasSize(2);
        assertThat(planned).isEmpty(); // nothing loaded, nothing emitted
        assertThat(mtimes()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(state)).isEqualTo(old);
    }

    @Test
    void regeneratesOnlyTheChangedSchema() throws IOException {
        schema("a.yaml", "p/A.java=A1");
        schema("b.yaml", "p/B.java=B1");
        run();
        schema("a.yaml", "p/A.java=A2");
        Generator.Result r = run();
        assertThat(planned).containsExactly("a.yaml");
        assertThat(r.generatedFrom()).containsExactly("a.yaml");
        assertThat(out.resolve("p/A.java")).hasContent("A2");
        assertThat(run().upToDate()).isTrue();
    }

    @Test
    void deletedSchemaRemovesOnlyItsOwnFiles() throws IOException {
        schema("a.yaml", "p/A.java=A");
        schema("gone/b.yaml", "q/r/B.java=B", "q/r/C.java=C");
        run();
        Path foreign = out.resolve("q/Handwritten.java");
        Files.writeString(foreign, "mine");

        Files.delete(src.resolve("gone/b.yaml"));
        Generator.Result r = run();
        assertThat(r.deleted()).containsExactly("q/r/B.java", "q/r/C.java");
        assertThat(out.resolve("q/r")).doesNotExist(); // emptied directory pruned
        assertThat(foreign).hasContent("mine");
        assertThat(out.resolve("p/A.java")).exists();
        assertThat(planned).isEmpty();
        assertThat(run().upToDate()).isTrue();
    }

    @Test
    void recordNoLongerGeneratedIsRemoved() throws IOException {
        schema("a.yaml", "p/A.java=A", "p/Old.java=O");
        run();
        schema("a.yaml", "p/A.java=A");
        Generator.Result r = run();
        assertThat(r.deleted()).containsExactly("p/Old.java");
        assertThat(out.resolve("p/A.java")).exists();
    }

    @Test
    void renamedSchemaKeepsItsOutputs() throws IOException {
        schema("a.yaml", "p/A.java=A");
        run();
        Files.move(src.resolve("a.yaml"), src.resolve("renamed.yaml"));
        Generator.Result r = run();
        assertThat(r.generatedFrom()).containsExactly("renamed.yaml");
        assertThat(r.deleted()).isEmpty();
        assertThat(out.resolve("p/A.java")).hasContent("A");
    }

    @Test
    void missingOrEditedOutputIsRegenerated() throws IOException {
        schema("a.yaml", "p/A.java=A");
        schema("b.yaml", "p/B.java=B");
        run();
        Files.delete(out.resolve("p/A.java"));
        Files.writeString(out.resolve("p/B.java"), "edited by hand");
        Generator.Result r = run();
        assertThat(r.generatedFrom()).containsExactly("a.yaml", "b.yaml");
        assertThat(out.resolve("p/A.java")).hasContent("A");
        assertThat(out.resolve("p/B.java")).hasContent("B");
    }

    @Test
    void failureIsReportedKeptForRetryAndOtherSchemasStillGenerate() throws IOException {
        schema("a.yaml", "p/A.java=A");
        schema("b.yaml", "p/B.java=B");
        run();
        schema("a.yaml", "p/A.java=A", "error bad format", "error unknown field");
        schema("b.yaml", "p/B.java=B2");
        Generator.Result r = run();
        assertThat(r.errors()).containsExactly(
                src.resolve("a.yaml") + ":2:1: error: bad format",
                src.resolve("a.yaml") + ":3:1: error: unknown field");
        assertThat(r.generatedFrom()).containsExactly("b.yaml");
        assertThat(out.resolve("p/A.java")).exists(); // previous output kept while the schema is broken

        Generator.Result again = run(); // still broken: reported again, not considered up to date
        assertThat(again.errors()).hasSize(2);

        schema("a.yaml", "p/A.java=A3");
        Generator.Result fixed = run();
        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.generatedFrom()).containsExactly("a.yaml");
        assertThat(out.resolve("p/A.java")).hasContent("A3");
    }

    @Test
    void fingerprintChangeRegeneratesEverything() throws IOException {
        schema("a.yaml", "p/A.java=A");
        schema("b.yaml", "p/B.java=B");
        generator("f1", List.of()).run();
        planned.clear();
        Generator.Result r = generator("f2", List.of()).run();
        assertThat(r.generatedFrom()).containsExactly("a.yaml", "b.yaml");
        planned.clear();
        assertThat(generator("f2", List.of()).run().upToDate()).isTrue();
    }

    @Test
    void excludedSchemaIsTreatedAsDeleted() throws IOException {
        schema("a.yaml", "p/A.java=A");
        schema("draft/b.yaml", "p/B.java=B");
        generator("f1", List.of()).run();
        Generator.Result r = generator("f1", List.of("draft/**")).run();
        assertThat(r.schemas()).containsExactly("a.yaml");
        assertThat(out.resolve("p/B.java")).doesNotExist();
    }

    @Test
    void twoSchemasGeneratingTheSameClassAreBothRefusedBeforeWriting() throws IOException {
        schema("a.yaml", "p/Same.java=A");
        schema("b.yaml", "p/Same.java=B");
        Generator.Result r = run();
        assertThat(r.errors()).containsExactly(
                src.resolve("a.yaml") + ": error: generates p/Same.java, which " + src.resolve("b.yaml")
                        + " also generates (rename the record or use another package)",
                src.resolve("b.yaml") + ": error: generates p/Same.java, which " + src.resolve("a.yaml")
                        + " also generates (rename the record or use another package)");
        assertThat(out.resolve("p/Same.java")).doesNotExist();
    }

    /** Issue 11, finding 5: the duplicate's output overwrote the original's file and the error blamed the original. */
    @Test
    void aDuplicateAddedWhileTheOriginalChangesOverwritesNothing() throws IOException {
        schema("z.yaml", "p/A.java=original");
        run();
        schema("z.yaml", "p/A.java=original, edited", "p/Z.java=Z");
        schema("a.yaml", "p/A.java=duplicate");
        Generator.Result r = run();
        assertThat(r.errors()).hasSize(2).allSatisfy(e -> assertThat(e).contains("a.yaml").contains("z.yaml"));
        assertThat(out.resolve("p/A.java")).hasContent("original");
        assertThat(out.resolve("p/Z.java")).doesNotExist();
        // The original alone, once the duplicate is gone, generates again.
        Files.delete(src.resolve("a.yaml"));
        assertThat(run().errors()).isEmpty();
        assertThat(out.resolve("p/A.java")).hasContent("original, edited");
    }

    @Test
    void anUntouchedOwnerIsNamedWhenANewSchemaClaimsItsClass() throws IOException {
        schema("z.yaml", "p/A.java=original");
        run();
        schema("a.yaml", "p/A.java=duplicate");
        Generator.Result r = run();
        assertThat(r.errors()).containsExactly(src.resolve("a.yaml") + ": error: generates p/A.java, which "
                + src.resolve("z.yaml") + " also generates (rename the record or use another package)");
        assertThat(out.resolve("p/A.java")).hasContent("original");
    }

    /** Issue 11, finding 1: a hand-written file at a generated file's path was deleted, with its folder. */
    @Test
    void aHandWrittenFileAtAStalePathIsNeverDeleted() throws IOException {
        schema("a.yaml", "app/gen/Foo.java=generated", "app/Keep.java=K");
        run();
        Files.delete(src.resolve("a.yaml"));
        schema("b.yaml", "app/Keep.java=K");
        Path foo = out.resolve("app/gen/Foo.java");
        Files.writeString(foo, "class Foo { /* mine */ }");
        Generator.Result r = run();
        assertThat(r.deleted()).isEmpty();
        assertThat(foo).hasContent("class Foo { /* mine */ }");
        assertThat(foo.getParent()).isDirectory();
    }

    @Test
    void aSameSizeEditOfAStaleFileIsNotDeletedEither() throws IOException {
        schema("a.yaml", "p/Foo.java=generated");
        run();
        Files.delete(src.resolve("a.yaml"));
        Path foo = out.resolve("p/Foo.java");
        Files.writeString(foo, "GENERATED");
        assertThat(run().deleted()).isEmpty();
        assertThat(foo).hasContent("GENERATED");
    }

    @Test
    void foldersTheUserMadeStayWhenTheirGeneratedFilesGo() throws IOException {
        Files.createDirectories(out.resolve("mine"));
        schema("a.yaml", "mine/A.java=A", "made/deep/B.java=B");
        run();
        Files.delete(src.resolve("a.yaml"));
        Generator.Result r = run();
        assertThat(r.deleted()).containsExactly("made/deep/B.java", "mine/A.java");
        assertThat(out.resolve("mine")).isDirectory(); // existed before the plugin wrote into it
        assertThat(out.resolve("made")).doesNotExist(); // the plugin made it, and it is empty
    }

    @Test
    void aStateFileOfTheOlderFormatDeletesNothing() throws IOException {
        schema("a.yaml", "p/A.java=A");
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/Old.java"), "x");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "structview-state\t1\nfingerprint\tf1\nschema\ta.yaml\th\n"
                + "output\ta.yaml\tp/Old.java\t1\t0\n");
        Generator.Result r = run();
        assertThat(r.deleted()).isEmpty();
        assertThat(out.resolve("p/Old.java")).hasContent("x");
    }

    /** Issue 11, finding 8: the plugin hashed a 5 GiB sparse schema before refusing it. */
    @Test
    void aHugeSchemaIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Files.createDirectories(src);
        try (var f = new java.io.RandomAccessFile(src.resolve("huge.yaml").toFile(), "rw")) {
            f.setLength(5L << 30); // sparse: no disk used
        }
        Generator.Result r = run();
        assertThat(r.errors()).containsExactly(src.resolve("huge.yaml") + ": error: schema file is 5368709120 bytes;"
                + " at most 1048576 are read");
        assertThat(planned).isEmpty();
    }

    @Test
    void aFifoNamedLikeASchemaIsReportedNotRead() throws Exception {
        Files.createDirectories(src);
        Path fifo = src.resolve("x.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
            return;
        }
        assertThat(mkfifo.waitFor()).isZero();
        Generator.Result r = run();
        assertThat(r.errors()).containsExactly(fifo + ": error: not a regular file (a device, a FIFO or a link to"
                + " one); schemas are read from regular files only");
        assertThat(planned).isEmpty();
    }

    @Test
    void noSourceDirectoryIsNotAnError() throws IOException {
        Generator.Result r = run();
        assertThat(r.schemas()).isEmpty();
        assertThat(r.upToDate()).isTrue();
        assertThat(state).doesNotExist();
    }

    @Test
    void allSchemasDeletedRemovesAllOutputs() throws IOException {
        schema("a.yaml", "p/A.java=A");
        run();
        Files.delete(src.resolve("a.yaml"));
        Files.delete(src);
        Generator.Result r = run();
        assertThat(r.deleted()).containsExactly("p/A.java");
        assertThat(run().upToDate()).isTrue();
    }

    @Test
    void corruptStateMeansFullRegeneration() throws IOException {
        schema("a.yaml", "p/A.java=A");
        run();
        Files.writeString(state, "garbage\n");
        assertThat(run().generatedFrom()).containsExactly("a.yaml");
        assertThat(run().upToDate()).isTrue();
    }
}
