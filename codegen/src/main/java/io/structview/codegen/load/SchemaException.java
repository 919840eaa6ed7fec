package io.structview.codegen.load;

import io.structview.schema.Record;
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

    /** Not serialized: a deserialized exception reports its diagnostics, which are the whole message. */
    private final transient List<Record> records;

    private SchemaException(List<Diagnostic> diagnostics, List<Record> records) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = diagnostics;
        this.records = records;
    }

    /**
     * Creates an exception carrying the given diagnostics.
     *
     * @param diagnostics the problems, at least one, in the order to report them
     * @return the exception
     * @throws IllegalArgumentException if {@code diagnostics} is empty
     */
    public static SchemaException of(List<Diagnostic> diagnostics) {
        return of(diagnostics, List.of());
    }

    /**
     * Creates an exception carrying the given diagnostics and the records that were read without a problem.
     *
     * @param diagnostics the problems, at least one, in the order to report them
     * @param records the records of the file that were built despite the problems
     * @return the exception
     * @throws IllegalArgumentException if {@code diagnostics} is empty
     */
    public static SchemaException of(List<Diagnostic> diagnostics, List<Record> records) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a SchemaException needs at least one diagnostic");
        }
        return new SchemaException(List.copyOf(diagnostics), List.copyOf(records));
    }

    /**
     * {@return the records of the file that were read without a problem} A generator checks them too, so that
     * one run reports the problems of the file and those of emitting its good records: every problem at once.
     * Empty after deserialization.
     */
    public List<Record> records() {
        return records == null ? List.of() : records;
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
