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
    private int[] codePointsBefore;
    /** The scalar {@link #at} located last, and the raw offset of each of its value's chars. */
    private Node.ScalarNode mappedScalar;
    private int[] mappedOffsets = new int[0];

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

    /** Whether the text is JSON (whose columns count chars) rather than YAML. */
    boolean json() {
        return !codePointColumns;
    }

    /** The text of a 1-based line, without its line break; empty for a line outside the text. */
    String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
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
        // The largest offset with column - 1 code points between the line start and it: after a whole pair.
        int[] cp = codePoints();
        long target = (long) cp[start] + Math.max(column, 1) - 1;
        int lo = start;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cp[mid] <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The location of a char offset. */
    Location locationOf(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        int start = lineStarts[line];
        int column = surrogates[line] ? codePoints()[offset] - codePoints()[start] + 1 : offset - start + 1;
        return new Location(file, line + 1, column);
    }

    /**
     * Code points before each char offset, built once when first needed (only files with surrogate pairs need
     * it): converting columns then costs the same on a long line as on a short one.
     */
    private int[] codePoints() {
        if (codePointsBefore == null) {
            int[] cp = new int[text.length() + 1];
            for (int i = 0; i < text.length(); i++) {
                boolean secondOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i))
                        && Character.isHighSurrogate(text.charAt(i - 1));
                cp[i + 1] = cp[i] + (secondOfPair ? 0 : 1);
            }
            codePointsBefore = cp;
        }
        return codePointsBefore;
    }

    /**
     * Returns the location of character {@code index} of a scalar's value (or of the end of the value when
     * {@code index} equals its length). When the raw text cannot be matched to the value (block scalars,
     * values folded over lines, unusual escapes), returns the scalar's own location: never a wrong column.
     *
     * <p>The raw offset of every character of the scalar is found in one walk and kept for the scalar asked
     * last, so that locating each of thousands of fields in one long format (a PEP 3118 record) takes linear
     * time, not a rescan of the format per field.
     */
    Location at(Node.ScalarNode scalar, int index) {
        if (scalar != mappedScalar) {
            mappedOffsets = rawOffsets(scalar);
            mappedScalar = scalar;
        }
        int raw = index < 0 || index >= mappedOffsets.length ? -1 : mappedOffsets[index];
        return raw < 0 ? scalar.location() : locationOf(raw);
    }

    /** The raw offset of each char index of the scalar's value and of its end; -1 where it cannot be matched. */
    private int[] rawOffsets(Node.ScalarNode scalar) {
        String value = scalar.text();
        if (value == null || value.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[value.length() + 1];
        Arrays.fill(out, -1);
        int start = scalar.offset();
        if (start >= text.length()) {
            return out;
        }
        char first = text.charAt(start);
        if (first == '"') {
            doubleQuoted(value, start + 1, out);
        } else if (first == '\'') {
            singleQuoted(value, start + 1, out);
        } else {
            // Plain scalar: the raw text is the value, on one line.
            for (int k = 0; k <= value.length() && start + k <= text.length(); k++) {
                out[k] = start + k;
                if (k == value.length() || start + k == text.length()) {
                    break;
                }
                char c = text.charAt(start + k);
                if (c != value.charAt(k) || c == '\n' || c == '\r') {
                    break;
                }
            }
        }
        return out;
    }

    /** Walks a double-quoted JSON or YAML string, decoding escapes, noting the raw offset of each value char. */
    private void doubleQuoted(String value, int raw, int[] out) {
        int k = 0;
        while (raw < text.length() && k <= value.length()) {
            char c = text.charAt(raw);
            if (c == '\n' || c == '\r') {
                return;
            }
            if (c == '"') {
                if (k == value.length()) {
                    out[k] = raw;
                }
                return;
            }
            out[k] = raw;
            int rawLength = 1;
            int decoded = 1;
            if (c == '\\') {
                if (raw + 1 >= text.length()) {
                    return;
                }
                char e = text.charAt(raw + 1);
                switch (e) {
                    case 'u' -> rawLength = 6;
                    case 'U' -> {
                        rawLength = 10;
                        decoded = -1;
                    }
                    case 'x' -> rawLength = 4;
                    case '\n', '\r' -> {
                        return;
                    }
                    default -> rawLength = 2;
                }
                if (decoded < 0) {
                    // \UXXXXXXXX is one code point: one or two chars.
                    try {
                        decoded = Character.charCount(Integer.parseInt(text.substring(raw + 2, raw + 10), 16));
                    } catch (RuntimeException ex) {
                        return;
                    }
                }
            } else if (k >= value.length() || value.charAt(k) != c) {
                return;
            }
            for (int j = k + 1; j < k + decoded && j <= value.length(); j++) {
                out[j] = raw;
            }
            raw += rawLength;
            k += decoded;
        }
    }

    /** Walks a single-quoted YAML string, where {@code ''} stands for one quote. */
    private void singleQuoted(String value, int raw, int[] out) {
        int k = 0;
        while (raw < text.length() && k <= value.length()) {
            char c = text.charAt(raw);
            if (c == '\n' || c == '\r') {
                return;
            }
            boolean escapedQuote = c == '\'' && raw + 1 < text.length() && text.charAt(raw + 1) == '\'';
            if (c == '\'' && !escapedQuote) {
                if (k == value.length()) {
                    out[k] = raw;
                }
                return;
            }
            out[k] = raw;
            if (k >= value.length() || value.charAt(k) != c) {
                return;
            }
            raw += escapedQuote ? 2 : 1;
            k++;
        }
    }
}
