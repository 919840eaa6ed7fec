package io.structview.codegen.java;

import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY stub of the pinned emitter API (branch emitter); reverted when the real emitter lands. */
public final class JavaEmitter {
    private JavaEmitter() {}

    public static List<GeneratedFile> emit(Schema schema) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Record r : schema.records()) {
            String src = "package " + schema.packageName() + ";\n\n"
                    + "public final class " + r.name() + " {\n"
                    + "    public static final long SIZE = " + r.size() + ";\n}\n";
            out.add(new GeneratedFile(Path.of(schema.packageName().replace('.', '/'), r.name() + ".java"), src));
        }
        return out;
    }

    public static List<Path> writeTo(Schema schema, Path outputDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (GeneratedFile f : emit(schema)) {
            Path target = outputDir.resolve(f.path());
            byte[] bytes = f.source().getBytes(StandardCharsets.UTF_8);
            if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".tmp", ".java");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }
}
