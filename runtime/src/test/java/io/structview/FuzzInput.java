package io.structview;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a fuzzer's raw bytes as a small, human-writable record: text lines first, then numbers and bytes.
 * Reading past the end yields zeros and empty arrays, so every input is a valid record. Seed files are written
 * by hand, for example {@code printf '<IHd\n\x03\x00...'}.
 */
final class FuzzInput {
    private final byte[] data;
    private int pos;

    FuzzInput(byte[] data) {
        this.data = data;
    }

    /** The UTF-8 text up to the next {@code '\n'} (or the end); the newline is consumed. */
    String line() {
        int start = pos;
        while (pos < data.length && data[pos] != '\n') {
            pos++;
        }
        String s = new String(data, start, pos - start, StandardCharsets.UTF_8);
        if (pos < data.length) {
            pos++;
        }
        return s;
    }

    int u8() {
        return pos < data.length ? data[pos++] & 0xFF : 0;
    }

    int i8() {
        return pos < data.length ? data[pos++] : 0;
    }

    boolean bool() {
        return (u8() & 1) != 0;
    }

    long i64() {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | u8();
        }
        return v;
    }

    byte[] bytes(int n) {
        int k = Math.max(0, Math.min(n, data.length - pos));
        byte[] b = Arrays.copyOfRange(data, pos, pos + k);
        pos += k;
        return b;
    }

    byte[] rest() {
        return bytes(data.length - pos);
    }

    boolean exhausted() {
        return pos >= data.length;
    }
}
