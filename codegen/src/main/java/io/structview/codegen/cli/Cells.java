package io.structview.codegen.cli;

import io.structview.schema.Kind;
import io.structview.schema.Member;
import java.nio.ByteBuffer;

/**
 * What {@code dump} prints for one value, on top of {@link Values}: byte strings rendered the same way in every
 * output (table, CSV and JSON), and integers in hexadecimal on request. See {@code docs/cli.md}.
 */
final class Cells {
    private Cells() {}

    /** How integers come out. */
    enum Radix {
        DECIMAL,
        HEX
    }

    /**
     * Renders the item of {@code m} at {@code index}.
     *
     * <p>Byte strings ({@code c}, {@code s}, {@code p}) become the same text in every style: printable ASCII as
     * is, {@code \\}, {@code \t}, {@code \n}, {@code \r}, every other byte {@code \xNN}; trailing NUL padding of
     * {@code s} is not shown. JSON carries that text as a string (so its backslashes are doubled there). With
     * {@link Radix#HEX}, integers are their bytes as an unsigned number, {@code 0x} and two lower-case digits per
     * byte ({@code 0xfffe} for {@code h} -2); JSON quotes them, having no hexadecimal numbers.
     *
     * @param m a member with a format code
     * @param buf the buffer, in the member's byte order
     * @param index the absolute index of the item in {@code buf}
     * @param style the output style
     * @param radix how integers are written
     * @return the text
     */
    static String render(Member m, ByteBuffer buf, int index, Values.Style style, Radix radix) {
        Kind kind = m.code().kind();
        if (kind == Kind.CHAR || kind == Kind.STRING || kind == Kind.PASCAL) {
            // Values' CSV style is exactly the shared escaped text; JSON wraps that text, the table shows it bare.
            String text = Values.render(m, buf, index, Values.Style.CSV);
            return style == Values.Style.JSON ? Values.jsonString(text) : text;
        }
        if (kind == Kind.INTEGER && radix == Radix.HEX) {
            String hex = hex(buf, index, m.code().size(m.mode()));
            return style == Values.Style.JSON ? "\"" + hex + "\"" : hex;
        }
        return Values.render(m, buf, index, style);
    }

    /** The {@code size} bytes at {@code index} as an unsigned number in the buffer's byte order. */
    static String hex(ByteBuffer buf, int index, int size) {
        long raw = switch (size) {
            case 1 -> buf.get(index) & 0xffL;
            case 2 -> buf.getShort(index) & 0xffffL;
            case 4 -> buf.getInt(index) & 0xffffffffL;
            default -> buf.getLong(index);
        };
        String digits = Long.toHexString(raw);
        return "0x" + "0".repeat(Math.max(0, 2 * size - digits.length())) + digits;
    }
}
