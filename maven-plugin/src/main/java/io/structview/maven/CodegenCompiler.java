package io.structview.maven;

import io.structview.codegen.java.EmitException;
import io.structview.codegen.java.GeneratedFile;
import io.structview.codegen.java.JavaEmitter;
import io.structview.codegen.load.Diagnostic;
import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import io.structview.schema.Location;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real {@link SchemaCompiler}: {@code structview-codegen}'s schema loader and Java emitter. */
final class CodegenCompiler implements SchemaCompiler {
    private final Path basedir;

    /**
     * Creates the compiler.
     *
     * @param basedir the project directory, against which relative diagnostic paths are resolved
     */
    CodegenCompiler(Path basedir) {
        this.basedir = basedir;
    }

    @Override
    public Plan plan(Path schemaFile) throws IOException, SchemaFailure {
        Schema schema;
        try {
            schema = SchemaLoader.load(schemaFile);
        } catch (SchemaException e) {
            List<String> messages = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) {
                messages.add(format(d, schemaFile));
            }
            // The records read without a problem are checked for emission too: every problem at once.
            for (String problem : JavaEmitter.check(e.records())) {
                messages.add(problem.startsWith("error: ") ? schemaFile + ": " + problem : problem);
            }
            if (messages.isEmpty()) {
                messages.add(schemaFile + ": error: " + e.getMessage());
            }
            throw new SchemaFailure(messages);
        } catch (IllegalArgumentException e) {
            // FormatException is one. The loader reports problems as diagnostics; keep the file name if one slips by.
            throw new SchemaFailure(List.of(schemaFile + ": error: " + e.getMessage()));
        }
        List<GeneratedFile> files;
        try {
            files = JavaEmitter.emit(schema);
        } catch (EmitException e) {
            List<String> messages = new ArrayList<>();
            for (String problem : e.problems()) {
                // located problems read file:line:column: error: ...; the others only error: ...
                messages.add(problem.startsWith("error: ") ? schemaFile + ": " + problem : problem);
            }
            throw new SchemaFailure(messages);
        } catch (IllegalArgumentException e) {
            throw new SchemaFailure(List.of(schemaFile + ": error: " + e.getMessage()));
        }
        List<String> paths = new ArrayList<>();
        for (GeneratedFile f : files) {
            paths.add(f.path());
        }
        return new Plan() {
            @Override
            public List<String> files() {
                return paths;
            }

            @Override
            public void write(Path outputDir) throws IOException {
                JavaEmitter.write(files, outputDir);
            }
        };
    }

    /**
     * Formats a diagnostic as compilers do, {@code /abs/file.yaml:3:7: error: message (hint)}, which IDEs and CI
     * log scanners turn into links. Relative file names are resolved against the project directory.
     */
    String format(Diagnostic d, Path schemaFile) {
        Location loc = d.location();
        String file = loc == null || loc.file() == null || loc.file().isEmpty()
                ? schemaFile.toString()
                : basedir.resolve(loc.file()).normalize().toString();
        StringBuilder sb = new StringBuilder(file);
        if (loc != null) {
            sb.append(':').append(Math.max(loc.line(), 1)).append(':').append(Math.max(loc.column(), 1));
        }
        sb.append(": error: ").append(d.message());
        if (d.hint() != null && !d.hint().isBlank()) {
            sb.append(" (").append(d.hint()).append(')');
        }
        return sb.toString();
    }
}
