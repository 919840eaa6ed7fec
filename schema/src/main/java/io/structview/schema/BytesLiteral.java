package io.structview.schema;

import java.util.Objects;

/**
 * Python's {@code repr} of a {@code bytes} value, the one text form of byte strings that StructView shows to
 * people: {@code b'RIFF'}, {@code b'\x00\x01'}, {@code b"it's"}.
 *
 * <p>The rules are CPython's ({@code PyBytes_Repr}): single quotes unless the bytes hold a single quote and no
 * double quote; {@code \\}, {@code \t}, {@code \n}, {@code \r} and the chosen quote escaped; other bytes
 * outside printable ASCII as {@code \xhh} in lower case.
 */
public final class BytesLiteral {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesLiteral() {}

    /**
     * {@return the Python literal of {@code bytes}, as {@code repr(bytes)} prints it}
     *
     * @param bytes the bytes, not modified
     */
    public static String of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b == quote || b == '\\') {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < 0x20 || b >= 0x7f) {
                sb.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xf]);
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }
}
