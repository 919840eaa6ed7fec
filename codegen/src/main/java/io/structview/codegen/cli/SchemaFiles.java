package io.structview.codegen.cli;

import io.structview.schema.Schema;
import java.nio.file.Path;

/** Reads schema files for the commands. Placeholder until the schema-file loader lands. */
final class SchemaFiles {
    private SchemaFiles() {}

    static Schema load(Path file) {
        throw new BadInputException("cannot read " + file + ": schema files are not supported by this build yet");
    }
}
