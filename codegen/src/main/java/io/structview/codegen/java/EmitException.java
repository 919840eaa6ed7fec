package io.structview.codegen.java;

import java.util.List;

/**
 * Thrown when a schema cannot become Java source: names that are not Java identifiers, that clash with each
 * other or with what every generated class declares, or sizes Java arrays cannot index. Every problem found is
 * reported at once.
 */
public final class EmitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    EmitException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems, one line each, as {@code file:line:column: error: message} when the schema element has
     * a location and {@code error: message} otherwise.
     *
     * @return an immutable, non-empty list
     */
    public List<String> problems() {
        return problems;
    }
}
