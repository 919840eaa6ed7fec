package io.structview.codegen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Mode;
import io.structview.schema.Signedness;
import java.math.BigInteger;

/**
 * How generated code reads and writes one item of a value code in a given mode: the accessor's Java type, the
 * memory carrier, and the conversion between them. Everything here is derived from {@link FormatCode}'s table
 * (kind, size, signedness, accessor type, carrier), so a new code needs a row there, not a case here.
 */
final class Access {
    /** How a carrier value becomes the accessor's value and back. */
    enum Conversion {
        /** The carrier is the accessor type. */
        IDENTITY,
        /** Unsigned code widened to the next larger signed type ({@code B H I}, standard {@code L}). */
        UNSIGNED_WIDEN,
        /** IEEE 754 binary16 held in a {@code short}, exposed as {@code float}. */
        HALF,
        /** A byte read as {@code != 0} and written as 0 or 1, as CPython's {@code ?}. */
        BOOL
    }

    private final FormatCode code;
    private final Mode mode;
    private final Carrier carrier;
    private final TypeName javaType;
    private final Conversion conversion;

    private Access(FormatCode code, Mode mode) {
        this.code = code;
        this.mode = mode;
        this.carrier = Carrier.of(code.carrier(mode));
        this.javaType = TypeName.get(code.accessorType(mode));
        if (code.kind() == Kind.BOOL) {
            conversion = Conversion.BOOL;
        } else if (code.kind() == Kind.FLOAT && carrier.javaType().equals(TypeName.SHORT)) {
            conversion = Conversion.HALF;
        } else if (!javaType.equals(carrier.javaType())) {
            conversion = Conversion.UNSIGNED_WIDEN;
        } else {
            conversion = Conversion.IDENTITY;
        }
    }

    /**
     * Returns the access for a code that carries a scalar value (not {@code x s p}).
     *
     * @throws IllegalArgumentException for {@code x s p}
     */
    static Access of(FormatCode code, Mode mode) {
        if (!code.hasValue() || code.countIsLength()) {
            throw new IllegalArgumentException("'" + code.code() + "' has no scalar accessor");
        }
        return new Access(code, mode);
    }

    FormatCode code() {
        return code;
    }

    Mode mode() {
        return mode;
    }

    Carrier carrier() {
        return carrier;
    }

    /** The type of getters' results and setters' parameters. */
    TypeName javaType() {
        return javaType;
    }

    Conversion conversion() {
        return conversion;
    }

    int size() {
        return code.size(mode);
    }

    /** Whether every 64-bit pattern is a value, read as unsigned ({@code Q N P}, native {@code L}). */
    boolean unsignedLong() {
        return code.kind() == Kind.INTEGER && code.signedness() != Signedness.SIGNED
                && conversion == Conversion.IDENTITY;
    }

    /** The largest value a narrow unsigned setter accepts, as a Java literal; only for {@link Conversion#UNSIGNED_WIDEN}. */
    String maxLiteral() {
        BigInteger max = code.max(mode);
        return javaType.equals(TypeName.LONG) ? max + "L" : max.toString();
    }

    /** The accessor layout's initializer: the unaligned constant, with the mode's byte order if it is explicit. */
    CodeBlock layoutInitializer() {
        CodeBlock base = CodeBlock.of("$T.$L", Carrier.VALUE_LAYOUT, carrier.constant());
        if (size() == 1 || mode.prefix() == '@' || mode.prefix() == '=') {
            // Native order is already the order of the JAVA_* constants, and single bytes have none.
            return base;
        }
        return CodeBlock.of("$L$Z.withOrder($L)", base, Docs.orderConstant(mode));
    }

    /** Converts {@code raw}, an expression of the carrier type, to the accessor type. */
    CodeBlock read(CodeBlock raw) {
        switch (conversion) {
            case BOOL:
                return CodeBlock.of("$L != 0", raw);
            case HALF:
                return CodeBlock.of("Float.float16ToFloat($L)", raw);
            case UNSIGNED_WIDEN:
                return CodeBlock.of("$T.$L($L)", carrier.javaType().box(),
                        javaType.equals(TypeName.LONG) ? "toUnsignedLong" : "toUnsignedInt", raw);
            default:
                return raw;
        }
    }

    /** Converts the variable {@code value}, of the accessor type, to the carrier type; checks come first. */
    CodeBlock write(String value) {
        switch (conversion) {
            case BOOL:
                return CodeBlock.of("$L ? (byte) 1 : (byte) 0", value);
            case HALF:
                return CodeBlock.of("bits");
            case UNSIGNED_WIDEN:
                return CodeBlock.of("($T) $L", carrier.javaType(), value);
            default:
                return CodeBlock.of("$L", value);
        }
    }

    /**
     * The statements a setter runs before it stores: range checks for narrow unsigned codes, and for {@code e}
     * the conversion to {@code bits} with CPython's overflow check ("float too large to pack with e format").
     */
    CodeBlock check(String field, String value) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (conversion == Conversion.UNSIGNED_WIDEN) {
            b.beginControlFlow("if ($L < 0 || $L > $L)", value, value, maxLiteral())
                    .addStatement("throw new IllegalArgumentException($Z$S + $L + $S)", field + ": ", value,
                            " is out of range 0.." + code.max(mode) + " of code " + code.code())
                    .endControlFlow();
        } else if (conversion == Conversion.HALF) {
            b.addStatement("short bits = Float.floatToFloat16($L)", value);
            b.beginControlFlow("if ((bits & 0x7fff) == 0x7c00 && Float.isFinite($L))", value)
                    .addStatement("throw new IllegalArgumentException($Z$S + $L + $S)", field + ": ", value,
                            " is too large for code e (half precision, max 65504.0)")
                    .endControlFlow();
        }
        return b.build();
    }
}
