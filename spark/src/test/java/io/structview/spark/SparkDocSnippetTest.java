package io.structview.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The {@code ```java spark} blocks of docs/spark.md compile against Spark and this module. */
class SparkDocSnippetTest {
    @Test
    void theSparkSnippetsCompile() throws Exception {
        String doc = Files.readString(Path.of("../docs/spark.md"));
        Matcher m = Pattern.compile("^```java spark\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE).matcher(doc);
        List<JavaFileObject> units = new ArrayList<>();
        while (m.find()) {
            String name = "Snippet" + units.size();
            String source = "import org.apache.spark.sql.*;\nimport static org.apache.spark.sql.functions.*;\n"
                    + "class " + name + " {\n    static void run() {\n" + m.group(1) + "    }\n}\n";
            units.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        assertThat(units).as("java spark blocks in docs/spark.md").isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("spark-snippets");
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-proc:none", "-d", out.toString(), "-classpath",
                System.getProperty("java.class.path")), null, units).call();
        assertThat(ok).as(errors.toString()).isTrue();
    }
}
