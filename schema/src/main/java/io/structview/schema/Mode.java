package io.structview.schema;

import java.nio.ByteOrder;

/**
 * The byte order, size and alignment mode selected by the first character of a struct format string.
 *
 * <p>Native mode follows the x86-64 LP64 C ABI (as CPython does on such a machine): native sizes, natural
 * alignment of each item, no trailing padding. The four other modes use standard sizes and no alignment.
 */
public enum Mode {
    /** {@code @} (or no prefix): native byte order, native sizes, native alignment. */
    NATIVE('@', ByteOrder.nativeOrder(), false),
    /** {@code =}: native byte order, standard sizes, no alignment. */
    NATIVE_ORDER('=', ByteOrder.nativeOrder(), true),
    /** {@code <}: little-endian, standard sizes, no alignment. */
    LITTLE_ENDIAN('<', ByteOrder.LITTLE_ENDIAN, true),
    /** {@code >}: big-endian, standard sizes, no alignment. */
    BIG_ENDIAN('>', ByteOrder.BIG_ENDIAN, true),
    /** {@code !}: network order (big-endian), standard sizes, no alignment. */
    NETWORK('!', ByteOrder.BIG_ENDIAN, true);

    private final char prefix;
    private final ByteOrder order;
    private final boolean standard;

    Mode(char prefix, ByteOrder order, boolean standard) {
        this.prefix = prefix;
        this.order = order;
        this.standard = standard;
    }

    /**
     * Returns the prefix character that selects this mode.
     *
     * @return one of {@code @ = < > !}
     */
    public char prefix() {
        return prefix;
    }

    /**
     * Returns the byte order of multi-byte items in this mode.
     *
     * @return the byte order
     */
    public ByteOrder order() {
        return order;
    }

    /**
     * Tells whether this mode uses standard sizes (and no alignment) rather than native ones.
     *
     * @return {@code true} for {@code = < > !}, {@code false} for {@code @}
     */
    public boolean standard() {
        return standard;
    }

    /**
     * Returns the mode a prefix character selects.
     *
     * @param c a character
     * @return the mode, or {@code null} if {@code c} is not a mode prefix
     */
    public static Mode ofPrefix(char c) {
        for (Mode m : values()) {
            if (m.prefix == c) {
                return m;
            }
        }
        return null;
    }
}
