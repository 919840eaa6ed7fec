package io.structview.schema;

import java.math.BigInteger;

/**
 * The one table of struct format codes. Each row gives a code's kind, its native size and alignment (x86-64
 * LP64 C ABI), its standard size, and how integers are signed. The parser, size calculation, the runtime
 * codecs and the code generators all read this table; adding a code means adding a row.
 */
public enum FormatCode {
    //   code  kind            native size, align   standard size (0: native only)   signedness
    PAD('x', Kind.PAD, 1, 1, 1, null),
    CHAR('c', Kind.CHAR, 1, 1, 1, null),
    BYTE('b', Kind.INTEGER, 1, 1, 1, Signedness.SIGNED),
    UBYTE('B', Kind.INTEGER, 1, 1, 1, Signedness.UNSIGNED),
    BOOL('?', Kind.BOOL, 1, 1, 1, null),
    SHORT('h', Kind.INTEGER, 2, 2, 2, Signedness.SIGNED),
    USHORT('H', Kind.INTEGER, 2, 2, 2, Signedness.UNSIGNED),
    INT('i', Kind.INTEGER, 4, 4, 4, Signedness.SIGNED),
    UINT('I', Kind.INTEGER, 4, 4, 4, Signedness.UNSIGNED),
    LONG('l', Kind.INTEGER, 8, 8, 4, Signedness.SIGNED),
    ULONG('L', Kind.INTEGER, 8, 8, 4, Signedness.UNSIGNED),
    LONGLONG('q', Kind.INTEGER, 8, 8, 8, Signedness.SIGNED),
    ULONGLONG('Q', Kind.INTEGER, 8, 8, 8, Signedness.UNSIGNED),
    SSIZE_T('n', Kind.INTEGER, 8, 8, 0, Signedness.SIGNED),
    SIZE_T('N', Kind.INTEGER, 8, 8, 0, Signedness.UNSIGNED),
    HALF('e', Kind.FLOAT, 2, 2, 2, null),
    FLOAT('f', Kind.FLOAT, 4, 4, 4, null),
    DOUBLE('d', Kind.FLOAT, 8, 8, 8, null),
    STRING('s', Kind.STRING, 1, 1, 1, null),
    PASCAL('p', Kind.PASCAL, 1, 1, 1, null),
    POINTER('P', Kind.INTEGER, 8, 8, 0, Signedness.POINTER);

    private static final FormatCode[] BY_CHAR = new FormatCode[128];

    static {
        for (FormatCode c : values()) {
            BY_CHAR[c.code] = c;
        }
    }

    private final char code;
    private final Kind kind;
    private final int nativeSize;
    private final int nativeAlignment;
    private final int standardSize;
    private final Signedness signedness;

    FormatCode(char code, Kind kind, int nativeSize, int nativeAlignment, int standardSize, Signedness signedness) {
        this.code = code;
        this.kind = kind;
        this.nativeSize = nativeSize;
        this.nativeAlignment = nativeAlignment;
        this.standardSize = standardSize;
        this.signedness = signedness;
    }

    /**
     * Returns the code for a format character.
     *
     * @param c a character
     * @return the code, or {@code null} if {@code c} is not a format code in any mode
     */
    public static FormatCode of(char c) {
        return c < BY_CHAR.length ? BY_CHAR[c] : null;
    }

    /**
     * Returns every format character in table order, separated by spaces, as messages list them.
     *
     * @return {@code x c b B ? h H i I l L q Q n N e f d s p P}
     */
    public static String codes() {
        StringBuilder sb = new StringBuilder();
        for (FormatCode c : values()) {
            sb.append(sb.length() == 0 ? "" : " ").append(c.code);
        }
        return sb.toString();
    }

    /**
     * Returns the format character.
     *
     * @return the character, such as {@code 'i'}
     */
    public char code() {
        return code;
    }

    /**
     * Returns what this code holds.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the signedness of an integer code.
     *
     * @return the signedness, or {@code null} if this is not an {@link Kind#INTEGER} code
     */
    public Signedness signedness() {
        return signedness;
    }

    /**
     * Tells whether this code may be used in the given mode: {@code n N P} exist only in native mode.
     *
     * @param mode a mode
     * @return {@code true} if the code is valid in {@code mode}
     */
    public boolean validIn(Mode mode) {
        return !mode.standard() || standardSize != 0;
    }

    /**
     * Returns the size in bytes of one item of this code ({@code s p x}: of one byte).
     *
     * @param mode the mode, which must be one this code is {@linkplain #validIn valid in}
     * @return the size in bytes
     */
    public int size(Mode mode) {
        return mode.standard() ? standardSize : nativeSize;
    }

    /**
     * Returns the alignment of this code in the given mode: its natural alignment in native mode, 1 otherwise.
     *
     * @param mode the mode
     * @return the alignment in bytes, a power of two
     */
    public int alignment(Mode mode) {
        return mode.standard() ? 1 : nativeAlignment;
    }

    /**
     * Tells whether items of this code carry a value ({@code x} does not).
     *
     * @return {@code false} only for {@code x}
     */
    public boolean hasValue() {
        return kind != Kind.PAD;
    }

    /**
     * Tells whether a repeat count gives the byte length of one value ({@code s p}) rather than a number of
     * items.
     *
     * @return {@code true} for {@code s} and {@code p}
     */
    public boolean countIsLength() {
        return kind == Kind.STRING || kind == Kind.PASCAL;
    }

    /**
     * Returns the smallest value an integer code accepts when packing.
     *
     * @param mode the mode
     * @return the minimum
     * @throws IllegalStateException if this is not an integer code
     */
    public BigInteger min(Mode mode) {
        requireInteger();
        int bits = 8 * size(mode);
        return signedness == Signedness.UNSIGNED ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
    }

    /**
     * Returns the largest value an integer code accepts when packing.
     *
     * @param mode the mode
     * @return the maximum
     * @throws IllegalStateException if this is not an integer code
     */
    public BigInteger max(Mode mode) {
        requireInteger();
        int bits = 8 * size(mode);
        int valueBits = signedness == Signedness.SIGNED ? bits - 1 : bits;
        return BigInteger.ONE.shiftLeft(valueBits).subtract(BigInteger.ONE);
    }

    /**
     * Returns the Java type a typed accessor uses for one item of this code: the narrowest primitive that holds
     * every value ({@code b}: {@code byte}, {@code B}: {@code int}, {@code I}: {@code long}, {@code Q}:
     * {@code long} holding the unsigned pattern, {@code e}: {@code float}, {@code ?}: {@code boolean},
     * {@code c}: {@code byte}); {@code String} for {@code s p}; {@code void} for {@code x}.
     *
     * @param mode the mode, which decides the size of {@code l L}
     * @return the accessor type
     */
    public Class<?> accessorType(Mode mode) {
        switch (kind) {
            case PAD:
                return void.class;
            case CHAR:
                return byte.class;
            case BOOL:
                return boolean.class;
            case STRING:
            case PASCAL:
                return String.class;
            case FLOAT:
                return code == 'd' ? double.class : float.class;
            default:
                int size = size(mode);
                boolean signed = signedness == Signedness.SIGNED;
                if (size == 1) {
                    return signed ? byte.class : int.class;
                } else if (size == 2) {
                    return signed ? short.class : int.class;
                } else if (size == 4) {
                    return signed ? int.class : long.class;
                }
                return long.class;
        }
    }

    /**
     * Returns the primitive type that holds this code's bits in memory, matching a
     * {@code java.lang.foreign.ValueLayout} carrier: {@code byte short int long float double boolean}.
     *
     * @param mode the mode, which decides the size of {@code l L}
     * @return the carrier, {@code short} for {@code e}; {@code byte} for {@code x c s p}
     */
    public Class<?> carrier(Mode mode) {
        if (kind == Kind.FLOAT) {
            return code == 'e' ? short.class : code == 'f' ? float.class : double.class;
        }
        if (kind == Kind.BOOL) {
            return boolean.class;
        }
        switch (size(mode)) {
            case 2:
                return short.class;
            case 4:
                return int.class;
            case 8:
                return long.class;
            default:
                return byte.class;
        }
    }

    private void requireInteger() {
        if (kind != Kind.INTEGER) {
            throw new IllegalStateException("'" + code + "' is not an integer code");
        }
    }

    @Override
    public String toString() {
        return String.valueOf(code);
    }
}
