package io.structview.schema;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How format text is shown to users in messages: quoted, with control and non-ASCII characters escaped, and for
 * long formats only a window around the position a message is about, so that a bad format of a million
 * characters gives a message of a few hundred. Also the one-line summary of the struct format syntax that
 * diagnostics give as a hint, derived from the code table.
 */
public final class FormatText {
    /** The most characters of a format a message shows. */
    static final int WINDOW = 200;

    /**
     * The syntax of a struct format in one line, as a hint: {@code a struct format is an optional first character
     * @ = < > ! and codes x c b B ? h H i I l L q Q n N e f d s p P, each with an optional count}; the characters
     * come from {@link Mode} and {@link FormatCode}.
     */
    public static final String SYNTAX = "a struct format is an optional first character "
            + Arrays.stream(Mode.values()).map(m -> String.valueOf(m.prefix())).collect(Collectors.joining(" "))
            + " and codes " + FormatCode.codes() + ", each with an optional count";

    private FormatText() {}

    /**
     * Quotes a format for a message, cut after {@value #WINDOW} characters.
     *
     * @param text the format
     * @return the quoted text, such as {@code "<i\"y"}, or {@code "iii...(301 chars)"} when cut
     */
    public static String quote(String text) {
        return quote(text, 0);
    }

    /**
     * Quotes a format for a message about one of its characters: in full when it is short, else a window of
     * {@value #WINDOW} characters that holds the position, marked {@code ...} where cut, with the format's
     * length.
     *
     * @param text the format
     * @param position the zero-based index the message is about (the length for "at the end")
     * @return the quoted text: {@code "iii...(301 chars)"} when the window is at the start, else such as
     *     {@code "...iiiy" (chars 101 to 300 of 301)}
     */
    public static String quote(String text, int position) {
        int length = text.length();
        int start = Math.max(0, Math.min(position - WINDOW / 2, length - WINDOW));
        int end = Math.min(length, start + WINDOW);
        StringBuilder sb = new StringBuilder("\"");
        if (start > 0) {
            sb.append("...");
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (end < length) {
            sb.append("...");
            if (start == 0) {
                return sb.append('(').append(length).append(" chars)\"").toString();
            }
        }
        sb.append('"');
        if (start > 0) {
            sb.append(" (chars ").append(start).append(" to ").append(end - 1).append(" of ").append(length)
                    .append(')');
        }
        return sb.toString();
    }
}
