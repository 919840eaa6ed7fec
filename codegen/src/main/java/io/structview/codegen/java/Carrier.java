package io.structview.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Map;

/**
 * The {@code java.lang.foreign.ValueLayout} that holds one item of a format code in memory, keyed by the carrier
 * class that {@link io.structview.schema.FormatCode#carrier} reports. Accessor layouts are always the
 * {@code _UNALIGNED} variants so that generated code works on any segment (byte arrays, mapped files at any
 * offset); {@code LAYOUT} adds the alignment back where the record's mode asks for it.
 */
enum Carrier {
    BYTE(TypeName.BYTE, "OfByte", "JAVA_BYTE"),
    SHORT(TypeName.SHORT, "OfShort", "JAVA_SHORT_UNALIGNED"),
    INT(TypeName.INT, "OfInt", "JAVA_INT_UNALIGNED"),
    LONG(TypeName.LONG, "OfLong", "JAVA_LONG_UNALIGNED"),
    FLOAT(TypeName.FLOAT, "OfFloat", "JAVA_FLOAT_UNALIGNED"),
    DOUBLE(TypeName.DOUBLE, "OfDouble", "JAVA_DOUBLE_UNALIGNED");

    /** {@code boolean} maps to a byte: accessors read {@code != 0} as CPython does, whatever byte is stored. */
    private static final Map<Class<?>, Carrier> BY_CLASS = Map.of(
            byte.class, BYTE,
            boolean.class, BYTE,
            short.class, SHORT,
            int.class, INT,
            long.class, LONG,
            float.class, FLOAT,
            double.class, DOUBLE);

    static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");

    private final TypeName javaType;
    private final ClassName layoutType;
    private final String constant;

    Carrier(TypeName javaType, String layoutType, String constant) {
        this.javaType = javaType;
        this.layoutType = ClassName.get("java.lang.foreign", "ValueLayout", layoutType);
        this.constant = constant;
    }

    static Carrier of(Class<?> carrier) {
        Carrier c = BY_CLASS.get(carrier);
        if (c == null) {
            throw new IllegalArgumentException("no value layout for carrier " + carrier);
        }
        return c;
    }

    /** The primitive that {@code MemorySegment.get} returns for this layout. */
    TypeName javaType() {
        return javaType;
    }

    /** {@code ValueLayout.OfInt} and friends. */
    ClassName layoutType() {
        return layoutType;
    }

    /** The {@code ValueLayout} constant, such as {@code JAVA_INT_UNALIGNED}. */
    String constant() {
        return constant;
    }
}
