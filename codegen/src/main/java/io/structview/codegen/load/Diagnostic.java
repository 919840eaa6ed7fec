package io.structview.codegen.load;

import io.structview.schema.Location;
import java.util.Objects;

/**
 * One problem found in a schema file: where, what is wrong, and how to fix it.
 *
 * <p>{@link #toString()} gives the one-line form that compilers use and IDEs and CI logs turn into links:
 * {@code wav.yaml:4:14: error: bad char in struct format: 'y' at position 3 in format "<4sy" (format
 * characters are ...)}.
 *
 * @param location where the problem is: file, 1-based line and 1-based column
 * @param message what is wrong
 * @param hint how to fix it, or an empty string
 */
public record Diagnostic(Location location, String message, String hint) {
    /**
     * Creates a diagnostic.
     *
     * @param location where the problem is
     * @param message what is wrong
     * @param hint how to fix it; null is read as empty
     */
    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /**
     * Formats the diagnostic as {@code file:line:column: error: message (hint)}, leaving out the parenthesis
     * when there is no hint.
     *
     * @return the one-line form
     */
    @Override
    public String toString() {
        return location + ": error: " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
