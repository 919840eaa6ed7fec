package io.structview.schema;

/** How an integer format code reads its bits, and which values it accepts when packing. */
public enum Signedness {
    /** Two's complement; accepts {@code -2^(n-1) .. 2^(n-1)-1}. */
    SIGNED,
    /** Unsigned; accepts {@code 0 .. 2^n-1}. */
    UNSIGNED,
    /**
     * Unsigned when read, but accepts {@code -2^(n-1) .. 2^n-1} when packed: CPython's {@code P}
     * ({@code void *}), which takes negative addresses as their two's-complement pattern.
     */
    POINTER
}
