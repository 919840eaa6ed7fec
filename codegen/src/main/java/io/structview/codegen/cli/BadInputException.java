package io.structview.codegen.cli;

import java.util.List;

/**
 * A problem with what the user gave (a schema, a format, a data file), as opposed to how the command was typed:
 * exit code 1. Each line is printed to standard error as is.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    BadInputException(String message) {
        this(List.of("error: " + message));
    }

    BadInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
