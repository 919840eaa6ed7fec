package io.structview.codegen.load;

import io.structview.schema.Location;
import java.util.Arrays;

/**
 * The text of a schema file with a line table: turns parser locations into char offsets and back, and finds
 * the exact column of a character inside a scalar (such as the bad character of a format string), undoing the
 * quoting and escapes of JSON and YAML.
 *
 * <p>Columns are 1-based and count characters as the parser does: UTF-16 chars for JSON (Jackson), code
 * points for YAML (SnakeYAML). They differ only on lines with characters outside the Basic Multilingual
 * Plane.
 */
final class Source {
    private final String file;
    private final String text;
    private final boolean codePointColumns;
    private final int[] lineStarts;
    /**
     * Whether each line holds a surrogate pair, where code point columns and char offsets differ. Other lines
     * convert in constant time, which keeps files with very long lines linear to read.
     */
    private final boolean[] surrogates;

    Source(String file, String text, boolean codePointColumns) {
        this.file = file;
        this.text = text;
        this.codePointColumns = codePointColumns;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A lone CR ends a line for YAML; CR LF counts once.
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.surrogates = new boolean[n];
        if (codePointColumns) {
            int line = 0;
            for (int i = 0; i < text.length(); i++) {
                while (line + 1 < n && lineStarts[line + 1] <= i) {
                    line++;
                }
                if (Character.isSurrogate(text.charAt(i))) {
                    surrogates[line] = true;
                }
            }
        }
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    /** The location of a line and column as the parser reported them. */
    Location location(int line, int column) {
        return new Location(file, Math.max(line, 1), Math.max(column, 1));
    }

    /** The char offset of a parser line and column, clamped to the text. */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line - 1];
        if (!surrogates[line - 1]) {
            return Math.min(start + Math.max(column, 1) - 1, text.length());
        }
        int i = start;
        for (int col = 1; col < column && i < text.length(); col++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The location of a char offset. */
    Location locationOf(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        int start = lineStarts[line];
        int column = surrogates[line] ? text.codePointCount(start, offset) + 1 : offset - start + 1;
        return new Location(file, line + 1, column);
    }

    /**
     * Returns the location of character {@code index} of a scalar's value (or of the end of the value when
     * {@code index} equals its length). When the raw text cannot be matched to the value (block scalars,
     * values folded over lines, unusual escapes), returns the scalar's own location: never a wrong column.
     */
    Location at(Node.ScalarNode scalar, int index) {
        int raw = rawOffset(scalar, index);
        return raw < 0 ? scalar.location() : locationOf(raw);
    }

    private int rawOffset(Node.ScalarNode scalar, int index) {
        String value = scalar.text();
        int start = scalar.offset();
        if (value == null || value.isEmpty() || index < 0 || index > value.length() || start >= text.length()) {
            return -1;
        }
        char first = text.charAt(start);
        if (first == '"') {
            return doubleQuoted(value, start + 1, index);
        }
        if (first == '\'') {
            return singleQuoted(value, start + 1, index);
        }
        // Plain scalar: the raw text is the value, on one line.
        int end = start + index;
        if (end > text.length() || !text.startsWith(value.substring(0, index), start)) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return -1;
            }
        }
        return end;
    }

    /** Walks a double-quoted JSON or YAML string, decoding escapes, to the raw offset of value char index. */
    private int doubleQuoted(String value, int raw, int index) {
        int k = 0;
        while (raw < text.length()) {
            char c = text.charAt(raw);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (k == index) {
                return c == '"' && k != value.length() ? -1 : raw;
            }
            if (c == '"') {
                return -1;
            }
            int rawLength = 1;
            int decoded = 1;
            if (c == '\\') {
                if (raw + 1 >= text.length()) {
                    return -1;
                }
                char e = text.charAt(raw + 1);
                switch (e) {
                    case 'u':
                        rawLength = 6;
                        break;
                    case 'U':
                        rawLength = 10;
                        decoded = -1;
                        break;
                    case 'x':
                        rawLength = 4;
                        break;
                    case '\n':
                    case '\r':
                        return -1;
                    default:
                        rawLength = 2;
                }
                if (decoded < 0) {
                    // \UXXXXXXXX is one code point: one or two chars.
                    try {
                        decoded = Character.charCount(Integer.parseInt(text.substring(raw + 2, raw + 10), 16));
                    } catch (RuntimeException ex) {
                        return -1;
                    }
                }
            } else if (k >= value.length() || value.charAt(k) != c) {
                return -1;
            }
            if (index < k + decoded) {
                return raw;
            }
            raw += rawLength;
            k += decoded;
        }
        return -1;
    }

    /** Walks a single-quoted YAML string, where {@code ''} stands for one quote. */
    private int singleQuoted(String value, int raw, int index) {
        int k = 0;
        while (raw < text.length()) {
            char c = text.charAt(raw);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            boolean escapedQuote = c == '\'' && raw + 1 < text.length() && text.charAt(raw + 1) == '\'';
            if (k == index) {
                return c == '\'' && !escapedQuote && k != value.length() ? -1 : raw;
            }
            if (c == '\'' && !escapedQuote) {
                return -1;
            }
            if (k >= value.length() || value.charAt(k) != c) {
                return -1;
            }
            raw += escapedQuote ? 2 : 1;
            k++;
        }
        return -1;
    }
}
