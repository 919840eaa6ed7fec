package io.structview.codegen.cli;

import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Member;
import io.structview.schema.Signedness;
import java.nio.ByteBuffer;

/**
 * Reads one item of a format code from a buffer and renders it as text, in Java 17 (the CLI cannot use the JDK 22
 * runtime). Driven by {@link FormatCode}'s table: kind, size in the member's mode, signedness.
 */
final class Values {
    private Values() {}

    /** How text comes out: the table shows Python-style {@code b'...'} literals, CSV bare text, JSON literals. */
    enum Style {
        TABLE,
        CSV,
        JSON
    }

    /**
     * Renders the item of {@code m} at {@code index} of {@code buf} (whose byte order must be the member's).
     *
     * @param m a member with a format code (for arrays: one element, at {@code index})
     * @param buf the buffer, in the member's byte order
     * @param index the absolute index of the item in {@code buf}
     * @param style the output style
     * @return the text
     */
    static String render(Member m, ByteBuffer buf, int index, Style style) {
        FormatCode code = m.code();
        Kind kind = code.kind();
        int size = code.size(m.mode());
        if (kind == Kind.INTEGER) {
            long raw = readInteger(buf, index, size);
            if (code.signedness() == Signedness.SIGNED || size == 8 && raw >= 0) {
                return Long.toString(raw);
            }
            return size == 8 ? Long.toUnsignedString(raw) : Long.toString(raw & ((1L << (8 * size)) - 1));
        } else if (kind == Kind.FLOAT) {
            String text = size == 2 ? Float.toString(halfToFloat(buf.getShort(index)))
                    : size == 4 ? Float.toString(buf.getFloat(index)) : Double.toString(buf.getDouble(index));
            boolean finite = !text.equals("NaN") && !text.endsWith("Infinity");
            return style == Style.JSON && !finite ? "\"" + text + "\"" : text;
        } else if (kind == Kind.BOOL) {
            return buf.get(index) != 0 ? "true" : "false";
        }
        byte[] bytes;
        if (kind == Kind.CHAR) {
            bytes = new byte[] {buf.get(index)};
        } else if (kind == Kind.PASCAL) {
            int length = (int) m.count();
            int n = length == 0 ? 0 : Math.min(Byte.toUnsignedInt(buf.get(index)), length - 1);
            bytes = new byte[n];
            buf.get(index + 1, bytes);
        } else {
            int end = (int) m.count();
            while (end > 0 && buf.get(index + end - 1) == 0) {
                end--; // NUL padding is not shown
            }
            bytes = new byte[end];
            buf.get(index, bytes);
        }
        return bytes(bytes, style);
    }

    private static long readInteger(ByteBuffer buf, int index, int size) {
        switch (size) {
            case 1:
                return buf.get(index);
            case 2:
                return buf.getShort(index);
            case 4:
                return buf.getInt(index);
            default:
                return buf.getLong(index);
        }
    }

    /** IEEE 754 binary16 to float, exactly; {@code Float.float16ToFloat} only exists from JDK 20. */
    static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = h >>> 15;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        float magnitude;
        if (exponent == 0) {
            magnitude = mantissa * 0x1p-24f;
        } else if (exponent == 0x1f) {
            magnitude = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else {
            magnitude = Float.intBitsToFloat(((exponent - 15 + 127) << 23) | (mantissa << 13));
        }
        return sign == 0 ? magnitude : -magnitude;
    }

    /** Bytes as a Python literal ({@code b'RIFF'}), bare escaped text, or a JSON string of Latin-1 characters. */
    static String bytes(byte[] bytes, Style style) {
        StringBuilder sb = new StringBuilder(bytes.length + 3);
        if (style == Style.TABLE) {
            sb.append("b'");
        } else if (style == Style.JSON) {
            sb.append('"');
        }
        for (byte value : bytes) {
            int b = value & 0xff;
            if (style == Style.JSON) {
                if (b == '"' || b == '\\') {
                    sb.append('\\').append((char) b);
                } else if (b >= 0x20 && b < 0x7f) {
                    sb.append((char) b);
                } else {
                    sb.append(String.format("\\u%04x", b));
                }
            } else if (b == '\\' || (style == Style.TABLE && b == '\'')) {
                sb.append('\\').append((char) b);
            } else if (b == '\t' || b == '\n' || b == '\r') {
                sb.append(b == '\t' ? "\\t" : b == '\n' ? "\\n" : "\\r");
            } else if (b >= 0x20 && b < 0x7f) {
                sb.append((char) b);
            } else {
                sb.append(String.format("\\x%02x", b));
            }
        }
        if (style == Style.TABLE) {
            sb.append('\'');
        } else if (style == Style.JSON) {
            sb.append('"');
        }
        return sb.toString();
    }

    /** Whether a member's values are numbers, which tables align to the right. */
    static boolean numeric(Member m) {
        Kind kind = m.code().kind();
        return kind == Kind.INTEGER || kind == Kind.FLOAT;
    }

    /** A Java string as a JSON string literal. */
    static String jsonString(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
