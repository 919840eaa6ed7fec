package io.structview;

/** CPython's {@code _Py_strhex_impl}: bytes as lower-case hexadecimal, with an optional separator between groups. */
final class Hex {
    /** The longest Java string the VM reliably allocates. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private Hex() {}

    /**
     * {@return the length of the hex string of {@code n} bytes}
     *
     * @throws UnsupportedOperationException if it is longer than a Java string holds
     */
    static long length(long n, int bytesPerSep) {
        long group = group(n, bytesPerSep);
        long length = 2 * n + (group == 0 || n == 0 ? 0 : (n - 1) / group);
        if (length > MAX_LENGTH) {
            throw new UnsupportedOperationException("cannot format " + n + " bytes as hex: the string would have "
                    + length + " characters, more than a Java string holds");
        }
        return length;
    }

    /**
     * {@return the bytes as hex; a positive {@code bytesPerSep} counts groups from the right, a negative one from
     * the left, zero (or a group at least as long as the bytes) gives no separator}
     */
    static String format(byte[] bytes, char sep, int bytesPerSep) {
        long n = bytes.length;
        long group = group(n, bytesPerSep);
        StringBuilder sb = new StringBuilder((int) length(n, bytesPerSep));
        for (int i = 0; i < bytes.length; i++) {
            if (group != 0 && i > 0 && (bytesPerSep < 0 ? i % group == 0 : (n - i) % group == 0)) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }

    private static long group(long n, int bytesPerSep) {
        long group = Math.abs((long) bytesPerSep); // as a long: |Integer.MIN_VALUE| must not overflow
        return group >= n ? 0 : group;
    }
}
