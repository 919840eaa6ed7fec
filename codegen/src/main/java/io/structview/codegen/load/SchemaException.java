package io.structview.codegen.load;

import java.util.List;

/** TEMPORARY stub of the pinned loader API (branch loader); reverted when the real loader lands. */
public class SchemaException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public SchemaException(List<Diagnostic> diagnostics) {
        super(diagnostics.toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
