package io.structview.bench;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

/**
 * The FFM way the JDK documents it: a {@link StructLayout} with named members and one {@link VarHandle} per field
 * from {@code LAYOUT.varHandle(groupElement(name))}. Since JDK 22 such a handle takes
 * {@code (MemorySegment segment, long baseOffset)}; the field's offset inside the struct is folded into the
 * handle.
 */
public final class Fl {
    private Fl() {
    }

    public static final StructLayout TICK = MemoryLayout.structLayout(
            JAVA_LONG_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("timestamp"),
            JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("symbol"),
            JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("price"),
            JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("size"));
    public static final VarHandle TICK_TIMESTAMP = TICK.varHandle(groupElement("timestamp"));
    public static final VarHandle TICK_SYMBOL = TICK.varHandle(groupElement("symbol"));
    public static final VarHandle TICK_PRICE = TICK.varHandle(groupElement("price"));
    public static final VarHandle TICK_SIZE = TICK.varHandle(groupElement("size"));

    public static final StructLayout MIXED = MemoryLayout.structLayout(
            JAVA_BYTE.withName("flags"),
            JAVA_SHORT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("kind"),
            JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("qty"),
            JAVA_LONG_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("orderId"),
            JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("px"),
            JAVA_FLOAT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("ratio"),
            JAVA_BYTE.withName("active"),
            MemoryLayout.sequenceLayout(8, JAVA_BYTE).withName("tag"),
            JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("seq"),
            JAVA_SHORT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("delta"),
            JAVA_LONG_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("venueTs"),
            JAVA_DOUBLE_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("notional"),
            JAVA_BYTE.withName("side"),
            JAVA_BYTE.withName("level"),
            JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN).withName("checksum"));
    public static final VarHandle M_FLAGS = MIXED.varHandle(groupElement("flags"));
    public static final VarHandle M_KIND = MIXED.varHandle(groupElement("kind"));
    public static final VarHandle M_QTY = MIXED.varHandle(groupElement("qty"));
    public static final VarHandle M_ORDER_ID = MIXED.varHandle(groupElement("orderId"));
    public static final VarHandle M_PX = MIXED.varHandle(groupElement("px"));
    public static final VarHandle M_RATIO = MIXED.varHandle(groupElement("ratio"));
    public static final VarHandle M_ACTIVE = MIXED.varHandle(groupElement("active"));
    public static final long M_TAG_OFFSET = MIXED.byteOffset(groupElement("tag"));
    public static final VarHandle M_SEQ = MIXED.varHandle(groupElement("seq"));
    public static final VarHandle M_DELTA = MIXED.varHandle(groupElement("delta"));
    public static final VarHandle M_VENUE_TS = MIXED.varHandle(groupElement("venueTs"));
    public static final VarHandle M_NOTIONAL = MIXED.varHandle(groupElement("notional"));
    public static final VarHandle M_SIDE = MIXED.varHandle(groupElement("side"));
    public static final VarHandle M_LEVEL = MIXED.varHandle(groupElement("level"));
    public static final VarHandle M_CHECKSUM = MIXED.varHandle(groupElement("checksum"));
}
