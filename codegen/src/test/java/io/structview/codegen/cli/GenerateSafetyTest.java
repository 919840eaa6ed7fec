package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code structview generate} refuses to replace a hand-written file, with a message naming it. */
class GenerateSafetyTest {
    @TempDir
    Path dir;

    @Test
    void handWrittenClassIsKeptAndNamed() throws Exception {
        Path schema = Files.writeString(dir.resolve("p.yaml"),
                "package: com.example\nrecords:\n  Point: {format: \"<ii\", fields: [x, y]}\n");
        Path out = dir.resolve("out");
        Path mine = Files.createDirectories(out.resolve("com/example")).resolve("Point.java");
        Files.writeString(mine, "package com.example; public class Point {}\n");
        Cli.Result r = Cli.run("generate", "-o", out.toString(), schema.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("error: ").contains(mine.toAbsolutePath().toString())
                .contains("would overwrite a file that StructView did not generate");
        assertThat(Files.readString(mine)).isEqualTo("package com.example; public class Point {}\n");
        Files.delete(mine);
        assertThat(Cli.run("generate", "-o", out.toString(), schema.toString()).exit()).isZero();
        assertThat(Files.readString(mine)).contains("@Generated(\"io.structview.codegen\")");
    }
}
