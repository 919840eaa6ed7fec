package io.structview.codegen.cli;

import io.structview.codegen.java.JavaEmitter;
import io.structview.codegen.load.Diagnostic;
import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import io.structview.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads schema files for the commands, turning loader diagnostics into bad input. */
final class SchemaFiles {
    private SchemaFiles() {}

    /**
     * Loads a schema file.
     *
     * @throws BadInputException with one {@code file:line:column: error: message (hint)} line per problem
     */
    static Schema load(Path file) {
        return load(file, false);
    }

    /**
     * Loads a schema file to generate Java from it: when the file has problems, the records it declared
     * correctly are checked for Java emission too, so that one run lists every problem of the file.
     *
     * @throws BadInputException with one line per problem
     */
    static Schema loadForJava(Path file) {
        return load(file, true);
    }

    private static Schema load(Path file, boolean forJava) {
        try {
            return SchemaLoader.load(file);
        } catch (SchemaException e) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) {
                lines.add(d.toString());
            }
            if (forJava) {
                for (String problem : JavaEmitter.check(e.records())) {
                    lines.add(problem.startsWith("error: ") ? file + ": " + problem : problem);
                }
            }
            throw new BadInputException(lines);
        }
    }
}
