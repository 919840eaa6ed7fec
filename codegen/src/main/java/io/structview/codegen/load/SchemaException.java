package io.structview.codegen.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a schema file cannot be loaded; carries every problem found, not only the first.
 *
 * <p>The message is all diagnostics, one per line, in file order, each in the form
 * {@code file:line:column: error: message (hint)}.
 */
public final class SchemaException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Diagnostics are immutable records; the list is copied, so the exception stays serializable. */
    @SuppressWarnings("serial")
    private final List<Diagnostic> diagnostics;

    private SchemaException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = diagnostics;
    }

    /**
     * Creates an exception carrying the given diagnostics.
     *
     * @param diagnostics the problems, at least one, in the order to report them
     * @return the exception
     * @throws IllegalArgumentException if {@code diagnostics} is empty
     */
    public static SchemaException of(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a SchemaException needs at least one diagnostic");
        }
        return new SchemaException(List.copyOf(diagnostics));
    }

    /**
     * Returns every problem found, in file order.
     *
     * @return an immutable, non-empty list
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
