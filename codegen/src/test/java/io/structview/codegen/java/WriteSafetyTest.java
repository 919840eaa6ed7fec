package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.schema.FormatException;
import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes only inside its output folder, never replaces a file it did not write, and replaces its
 * own files atomically; names and docs from schemas cannot leave an identifier or a comment.
 */
class WriteSafetyTest {
    @TempDir
    Path tmp;

    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void pathsThatLeaveTheOutputFolderAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        for (String evil : List.of("../Evil.java", "p/../../Evil.java", tmp.resolve("Evil.java").toString(), "",
                "p/..")) {
            List<GeneratedFile> files = List.of(new GeneratedFile("p/Fine.java", "// @Generated(\"io.structview.codegen\")"),
                    new GeneratedFile(evil, "class Evil {}"));
            assertThatThrownBy(() -> JavaEmitter.write(files, out))
                    .as(evil).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("would be outside " + out.toAbsolutePath().normalize());
        }
        assertThat(tree(tmp)).isEmpty();
    }

    @Test
    void aSymbolicLinkAmongThePackageDirectoriesIsNotFollowed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out.resolve("com/example"));
        Files.createSymbolicLink(out.resolve("com/example/point"), elsewhere);
        assertThatThrownBy(() -> JavaEmitter.writeTo(Fixtures.point(), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("through a symbolic link");
        assertThat(tree(elsewhere)).isEmpty();
    }

    @Test
    void aHandWrittenFileIsNeverOverwritten() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path mine = Files.createDirectories(out.resolve("com/example/point")).resolve("Point.java");
        Files.writeString(mine, "package com.example.point; /** Mine. */ public class Point {}");
        assertThatThrownBy(() -> JavaEmitter.writeTo(Fixtures.point(), out))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining(mine.toString())
                .hasMessageContaining("would overwrite a file that StructView did not generate (it has no"
                        + " @Generated(\"io.structview.codegen\") annotation)");
        assertThat(Files.readString(mine)).isEqualTo("package com.example.point; /** Mine. */ public class Point {}");
        // nothing else of the batch was written either: the check runs before the first write
        List<GeneratedFile> two = List.of(new GeneratedFile("com/example/point/A.java", "x"),
                JavaEmitter.emit(Fixtures.point()).get(0));
        assertThatThrownBy(() -> JavaEmitter.write(two, out)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(tree(out)).containsExactly(mine);
    }

    @Test
    void aLinkOrDirectoryAtTheTargetIsNotReplaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path pkg = Files.createDirectories(out.resolve("com/example/point"));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(pkg.resolve("Point.java"), victim);
        assertThatThrownBy(() -> JavaEmitter.writeTo(Fixtures.point(), out))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep");
        Files.delete(pkg.resolve("Point.java"));
        Files.createDirectories(pkg.resolve("Point.java"));
        assertThatThrownBy(() -> JavaEmitter.writeTo(Fixtures.point(), out))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void itsOwnFilesAreReplacedAndIdenticalOnesLeftAlone() throws IOException {
        Path out = tmp.resolve("out");
        List<Path> first = JavaEmitter.writeTo(Fixtures.point(), out);
        assertThat(first).hasSize(1);
        assertThat(JavaEmitter.writeTo(Fixtures.point(), out)).isEmpty();
        Record changed = Record.builder("Point").member("x", "<q").build();
        assertThat(JavaEmitter.writeTo(new Schema("com.example.point", List.of(changed), "point.yaml"), out))
                .containsExactlyElementsOf(first);
        assertThat(Files.readString(first.get(0))).contains("long x()");
        try (Stream<Path> s = Files.list(first.get(0).getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("Point.java"); // no temp files left
        }
    }

    /** A reader polling the file while it is rewritten sees one whole version or the other, never a mix. */
    @Test
    void replacementIsAtomic() throws Exception {
        Path out = tmp.resolve("out");
        Schema a = Fixtures.point();
        Schema b = new Schema("com.example.point", List.of(Record.builder("Point").doc("Other. ".repeat(2000))
                .member("x", "<q").build()), "point.yaml");
        String textA = JavaEmitter.emit(a).get(0).content();
        String textB = JavaEmitter.emit(b).get(0).content();
        Path file = JavaEmitter.writeTo(a, out).get(0);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    String s = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    if (!s.equals(textA) && !s.equals(textB)) {
                        torn.set(s);
                    }
                } catch (IOException e) {
                    torn.set("unreadable: " + e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            JavaEmitter.writeTo(i % 2 == 0 ? b : a, out);
        }
        done.set(true);
        reader.join();
        assertThat(torn.get()).isNull();
    }

    @Test
    void namesFromSchemasCannotBePathsOrCode() {
        for (String name : List.of("../Evil", "a/B", "A\\B", "Evil.java", "A;B", "A B", "", "class", "A\u0000")) {
            assertThatThrownBy(() -> Record.builder(name)).as(name).isInstanceOf(FormatException.class);
        }
        assertThatThrownBy(() -> Record.builder("R").member("x/y", "i")).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> Record.builder("R").member("x(){}int y", "i")).isInstanceOf(FormatException.class);
        // and through a schema file, each with its location
        assertThatThrownBy(() -> SchemaLoader.load("s.yaml", """
                package: "com.example/../../x"
                records:
                  "../Evil": {format: i, fields: ["a\\u0000b"]}
                """)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("s.yaml:1:")
                .hasMessageContaining("s.yaml:3:");
        // a Schema made in code is checked again by the emitter
        assertThatThrownBy(() -> JavaEmitter.emit(new Schema("com/x", List.of(Fixtures.point().records().get(0)), null)))
                .isInstanceOf(EmitException.class).hasMessageContaining("'com/x' is not a Java package name");
    }

    /** Docs and file names end up in comments; none of them can end the comment or smuggle a unicode escape. */
    @Test
    void docsAndFileNamesCannotLeaveTheirComments() throws Exception {
        String attack = "*/ public static final int INJECTED = 1; /* \\u002a/ int INJECTED2; /\\u002a @return x"
                + " <script> \u2028 \r\n end";
        Record r = Record.builder("Point").doc(attack).member("x", "<i", attack, null).build();
        Schema s = new Schema("com.example.inject", List.of(r), "dir/evil\nclass Evil {}\n\\u000aclass Evil2 {}.yaml");
        List<GeneratedFile> files = JavaEmitter.emit(s);
        ClassLoader loader = InMemoryCompiler.compile(files); // javac with -Xlint:all -Xdoclint:all: no warning
        Class<?> point = loader.loadClass("com.example.inject.Point");
        assertThat(Stream.of(point.getDeclaredFields()).map(java.lang.reflect.Field::getName))
                .doesNotContain("INJECTED", "INJECTED2");
        assertThatThrownBy(() -> loader.loadClass("com.example.inject.Evil")).isInstanceOf(ClassNotFoundException.class);
    }

    /**
     * Found by the loader fuzz target: the loader accepted package {@code c.example.yield} (javac does too) but
     * the emitter refused it, treating the contextual keyword as reserved.
     */
    @Test
    void packagesThatJavacAcceptsAreEmitted() throws Exception {
        for (String pkg : List.of("c.example.yield", "com.record.var", "a.sealed.permits")) {
            Schema s = new Schema(pkg, List.of(Record.builder("Point").member("x", "<i").build()), null);
            ClassLoader loader = InMemoryCompiler.compile(JavaEmitter.emit(s));
            assertThat(loader.loadClass(pkg + ".Point")).isNotNull();
        }
        assertThatThrownBy(() -> JavaEmitter.emit(new Schema("a._", List.of(Fixtures.point().records().get(0)), null)))
                .isInstanceOf(EmitException.class);
    }
}
