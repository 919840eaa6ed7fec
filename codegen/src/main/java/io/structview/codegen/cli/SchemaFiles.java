package io.structview.codegen.cli;

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
        try {
            return SchemaLoader.load(file);
        } catch (SchemaException e) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) {
                lines.add(d.toString());
            }
            throw new BadInputException(lines);
        }
    }
}
