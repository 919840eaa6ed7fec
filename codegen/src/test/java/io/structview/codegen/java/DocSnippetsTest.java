package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.codegen.load.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of the README files and of {@code docs/} compiles, against the library and the
 * classes generated for the records the documents use ({@code Tick}, {@code Point}), so that the docs cannot rot.
 * Blocks marked {@code ```java excerpt} show parts of generated classes, with their elisions, and are not compiled;
 * the golden files pin what the generator really writes. Blocks marked {@code ```java spark} need Spark and are
 * compiled by the Spark module's {@code SparkDocSnippetTest}.
 */
class DocSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("^```java( excerpt| spark)?\n(.*?)^```", Pattern.DOTALL
            | Pattern.MULTILINE);
    /** What a reader may take as imported: the library's packages and the JDK types the snippets use. */
    private static final String IMPORTS = """
            import io.structview.*;
            import io.structview.schema.FormatCode;
            import io.structview.schema.Schema;
            import io.structview.schema.Field;
            import java.lang.foreign.*;
            import java.nio.channels.FileChannel;
            import java.nio.file.Path;
            import java.util.List;
            import java.util.stream.Stream;
            import snippets.gen.*;
            """;
    /** The records of the README (ticks.yaml) and of the plugin README (point.yaml). */
    private static final String RECORDS = """
            package: snippets.gen
            records:
              Tick:
                format: "<qIdd"
                fields: [timestamp, symbol, price, size]
              Point:
                format: "<iid"
                fields: [x, y, weight]
            """;

    record Snippet(String where, String className, String code, String kind) {
        boolean excerpt() {
            return " excerpt".equals(kind);
        }
    }

    static List<Snippet> snippets() throws IOException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        List<Path> docs = new ArrayList<>(List.of(repo.resolve("README.md"), repo.resolve("maven-plugin/README.md"),
                repo.resolve("benchmarks/README.md")));
        try (Stream<Path> files = Files.list(repo.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<Snippet> out = new ArrayList<>();
        for (Path doc : docs) {
            String text = Files.readString(doc);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String where = repo.relativize(doc) + ":" + line;
                String name = "S_" + where.replaceAll("[^A-Za-z0-9]", "_");
                out.add(new Snippet(where, name, m.group(2), m.group(1) == null ? "" : m.group(1)));
            }
        }
        return out;
    }

    @Test
    void everyJavaSnippetOfTheDocsCompiles() throws Exception {
        List<Snippet> all = snippets();
        List<GeneratedFile> units = new ArrayList<>(JavaEmitter.emit(SchemaLoader.load("snippets.yaml", RECORDS)));
        int compiled = 0;
        for (Snippet s : all) {
            if (!s.kind().isEmpty()) {
                continue;
            }
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String line : s.code().split("\n", -1)) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
            String source = "package snippets;\n\n" + imports + IMPORTS + "\n/** " + s.where() + " */\nfinal class "
                    + s.className() + " {\n    static void run() throws Exception {\n" + body + "    }\n}\n";
            units.add(new GeneratedFile("snippets/" + s.className() + ".java", source));
            compiled++;
        }
        InMemoryCompiler.compileWithClasspath(units); // throws with every diagnostic, naming the snippet's class
        assertThat(compiled).as("java blocks compiled").isGreaterThanOrEqualTo(10);
        assertThat(all).filteredOn(Snippet::excerpt).extracting(Snippet::where)
                .containsExactly("README.md:94", "docs/architecture.md:120");
    }
}
