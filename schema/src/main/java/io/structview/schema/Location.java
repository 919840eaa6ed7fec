package io.structview.schema;

/**
 * A place in a schema source: file, line and column, both 1-based, as IDEs and CI logs read them.
 *
 * @param file the file name or path as the user gave it
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
