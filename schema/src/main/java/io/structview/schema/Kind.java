package io.structview.schema;

/** What a format code holds; decides how its bytes become values. */
public enum Kind {
    /** {@code x}: pad bytes, no value. */
    PAD,
    /** {@code c}: one byte, as a {@code byte[]} of length 1. */
    CHAR,
    /** {@code b B h H i I l L q Q n N P}: a two's-complement integer. */
    INTEGER,
    /** {@code ?}: a C {@code _Bool}. */
    BOOL,
    /** {@code e f d}: an IEEE 754 binary16, binary32 or binary64 float. */
    FLOAT,
    /** {@code s}: a fixed-length byte string, zero-padded. */
    STRING,
    /** {@code p}: a Pascal string: a length byte, then the bytes, zero-padded. */
    PASCAL
}
