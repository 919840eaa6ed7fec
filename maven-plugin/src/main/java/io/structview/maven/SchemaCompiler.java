package io.structview.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Turns one schema file into source files: the seam between the incremental logic and the code generator. */
interface SchemaCompiler {
    /**
     * Reads a schema and returns the files it generates, without writing them.
     *
     * @param schemaFile the schema file (absolute)
     * @return the generation plan
     * @throws IOException if the file cannot be read
     * @throws SchemaFailure if the schema is invalid
     */
    Plan plan(Path schemaFile) throws IOException, SchemaFailure;

    /** Files a schema generates, ready to be written. */
    interface Plan {
        /**
         * Returns the generated files' paths.
         *
         * @return paths relative to the output directory, {@code /}-separated
         */
        List<String> files();

        /**
         * Writes the files; files whose content is unchanged are left untouched.
         *
         * @param outputDir the output directory
         * @throws IOException if a file cannot be written
         */
        void write(Path outputDir) throws IOException;
    }

    /** A schema that cannot be compiled, with one message a problem. */
    final class SchemaFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> messages;

        /**
         * Creates a failure.
         *
         * @param messages the diagnostics, each {@code file:line:column: error: message}
         */
        SchemaFailure(List<String> messages) {
            super(String.join(System.lineSeparator(), messages));
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }
}
