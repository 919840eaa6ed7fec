package io.structview.bench;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.lang.foreign.ValueLayout;

/**
 * The hand-written limit: {@code static final} little-endian unaligned value layouts and constant offsets, used
 * as {@code segment.get(LAYOUT, base + OFFSET)}. This is what a careful engineer writes by hand without any
 * library, and what generated accessors must match.
 */
public final class Hand {
    private Hand() {
    }

    /** {@code <qIdd}: timestamp, symbol, price, size. */
    public static final long TICK_SIZE = 28;
    public static final ValueLayout.OfLong TICK_TIMESTAMP = JAVA_LONG_UNALIGNED.withOrder(LITTLE_ENDIAN);
    public static final long TICK_TIMESTAMP_OFFSET = 0;
    public static final ValueLayout.OfInt TICK_SYMBOL = JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN);
    public static final long TICK_SYMBOL_OFFSET = 8;
    public static final ValueLayout.OfDouble TICK_PRICE = JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN);
    public static final long TICK_PRICE_OFFSET = 12;
    public static final ValueLayout.OfDouble TICK_SIZE_FIELD = JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN);
    public static final long TICK_SIZE_OFFSET = 20;

    /** {@code <bHiqdf?8sIhQdbBi}: 64 bytes, most multi-byte fields unaligned. */
    public static final long MIXED_SIZE = 64;
    public static final ValueLayout.OfByte M_FLAGS = JAVA_BYTE;                                          // b @0
    public static final ValueLayout.OfShort M_KIND = JAVA_SHORT_UNALIGNED.withOrder(LITTLE_ENDIAN);      // H @1
    public static final ValueLayout.OfInt M_QTY = JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN);           // i @3
    public static final ValueLayout.OfLong M_ORDER_ID = JAVA_LONG_UNALIGNED.withOrder(LITTLE_ENDIAN);    // q @7
    public static final ValueLayout.OfDouble M_PX = JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN);      // d @15
    public static final ValueLayout.OfFloat M_RATIO = JAVA_FLOAT_UNALIGNED.withOrder(LITTLE_ENDIAN);     // f @23
    public static final ValueLayout.OfByte M_ACTIVE = JAVA_BYTE;                                         // ? @27
    // 8s @28
    public static final ValueLayout.OfInt M_SEQ = JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN);           // I @36
    public static final ValueLayout.OfShort M_DELTA = JAVA_SHORT_UNALIGNED.withOrder(LITTLE_ENDIAN);     // h @40
    public static final ValueLayout.OfLong M_VENUE_TS = JAVA_LONG_UNALIGNED.withOrder(LITTLE_ENDIAN);    // Q @42
    public static final ValueLayout.OfDouble M_NOTIONAL = JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN); // d @50
    public static final ValueLayout.OfByte M_SIDE = JAVA_BYTE;                                           // b @58
    public static final ValueLayout.OfByte M_LEVEL = JAVA_BYTE;                                          // B @59
    public static final ValueLayout.OfInt M_CHECKSUM = JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN);      // i @60

    public static final long M_FLAGS_OFFSET = 0;
    public static final long M_KIND_OFFSET = 1;
    public static final long M_QTY_OFFSET = 3;
    public static final long M_ORDER_ID_OFFSET = 7;
    public static final long M_PX_OFFSET = 15;
    public static final long M_RATIO_OFFSET = 23;
    public static final long M_ACTIVE_OFFSET = 27;
    public static final long M_TAG_OFFSET = 28;
    public static final long M_TAG_LENGTH = 8;
    public static final long M_SEQ_OFFSET = 36;
    public static final long M_DELTA_OFFSET = 40;
    public static final long M_VENUE_TS_OFFSET = 42;
    public static final long M_NOTIONAL_OFFSET = 50;
    public static final long M_SIDE_OFFSET = 58;
    public static final long M_LEVEL_OFFSET = 59;
    public static final long M_CHECKSUM_OFFSET = 60;
}
