package io.structview.schema;

import java.util.ArrayList;
import java.util.List;

/** Reads a struct format string the way CPython's {@code _struct.c} ({@code prepare_s}) does. */
final class FormatParser {
    private FormatParser() {}

    static Format parse(String text) {
        checkCharacters(text);
        int i = 0;
        Mode mode = Mode.NATIVE;
        if (!text.isEmpty() && Mode.ofPrefix(text.charAt(0)) != null) {
            mode = Mode.ofPrefix(text.charAt(0));
            i = 1;
        }
        List<Field> fields = new ArrayList<>();
        long size = 0;
        long alignment = 1;
        long values = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            long count = 1;
            int countStart = i;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < n && (c = text.charAt(i)) >= '0' && c <= '9') {
                    if (count > (Long.MAX_VALUE - (c - '0')) / 10) {
                        throw tooLong(text, countStart, "repeat count");
                    }
                    count = count * 10 + (c - '0');
                    i++;
                }
                if (i == n) {
                    throw error(text, countStart, "repeat count given without format specifier");
                }
            }
            FormatCode code = FormatCode.of(c);
            if (code == null || !code.validIn(mode)) {
                String why = code == null
                        ? "bad char in struct format"
                        : "'" + c + "' is only valid in native mode ('@' or no prefix)";
                throw error(text, i, why);
            }
            long itemSize = code.size(mode);
            long align = code.alignment(mode);
            long aligned = alignUp(size, align);
            if (aligned < 0) {
                throw tooLong(text, i, "alignment");
            }
            long bytes;
            if (code.countIsLength()) {
                bytes = count;
                itemSize = count;
            } else {
                if (count > (Long.MAX_VALUE - aligned) / itemSize) {
                    throw tooLong(text, countStart, "field");
                }
                bytes = count * itemSize;
            }
            if (bytes > Long.MAX_VALUE - aligned) {
                throw tooLong(text, countStart, "field");
            }
            Field field = new Field(code, count, aligned, itemSize, mode, i);
            fields.add(field);
            values += field.values();
            size = aligned + bytes;
            alignment = Math.max(alignment, align);
            i++;
        }
        return new Format(text, mode, fields, size, alignment, values);
    }

    /** CPython encodes the format to ASCII first and then refuses embedded NULs, before reading any code. */
    private static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                throw error(text, i, "non-ASCII character in struct format");
            }
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw error(text, nul, "embedded null character in struct format");
        }
    }

    /** Only the six ASCII white-space characters, as C's isspace in the C locale ({@code Py_ISSPACE}). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static long alignUp(long size, long align) {
        long extra = (align - size % align) % align;
        return size > Long.MAX_VALUE - extra ? -1 : size + extra;
    }

    private static FormatException tooLong(String text, int position, String what) {
        return error(text, position, "total struct size too long (" + what + " overflows a 63-bit size)");
    }

    static FormatException error(String text, int position, String message) {
        String shown = position < text.length() ? describe(text.charAt(position)) : "end of format";
        return FormatException.at(message + ": " + shown + " at position " + position + " in format "
                + FormatText.quote(text, position), position);
    }

    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return String.format("'\\u%04x'", (int) c);
    }
}
