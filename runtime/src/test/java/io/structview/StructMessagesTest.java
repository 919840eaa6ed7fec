package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.schema.Format;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Error paths of the format parser and {@link Struct} that {@code FormatTest} and {@code StructErrorsTest} do not
 * pin: each message names what is wrong and where.
 */
class StructMessagesTest {

    @Test
    void formatInMessagesIsEscapedAndCut() {
        assertThatThrownBy(() -> Format.parse("<i\"\\y"))
                .hasMessage("bad char in struct format: '\"' at position 2 in format \"<i\\\"\\\\y\"");
        assertThatThrownBy(() -> Format.parse("i\ty\u0007"))
                .hasMessage("bad char in struct format: 'y' at position 2 in format \"i\\u0009y\\u0007\"");
        String longFormat = "i".repeat(300) + "y";
        assertThatThrownBy(() -> Format.parse(longFormat))
                .hasMessage("bad char in struct format: 'y' at position 300 in format \"..." + "i".repeat(199)
                        + "y\" (chars 101 to 300 of 301)");
    }

    @Test
    void repeatCountThatOverflowsNamesWhereTheCountStarts() {
        assertThatThrownBy(() -> Format.parse("<hh 99999999999999999999999h"))
                .hasMessage("total struct size too long (repeat count overflows a 63-bit size): '9' at position 4 "
                        + "in format \"<hh 99999999999999999999999h\"");
    }

    @Test
    void argumentIndexCountsItemsOfRepeatedFields() {
        // the fifth value is the third item of 3h, whose code is at position 3
        assertThatThrownBy(() -> Struct.of("<2b3h").pack(1, 2, 3, 4, 70000))
                .hasMessage("pack argument 4 ('h' at format position 4 of <2b3h): "
                        + "'h' format requires -32768 <= number <= 32767 (got 70000)");
    }

    @Test
    void unsignedCodesNameTheirRangeAndTheValue() {
        assertThatThrownBy(() -> Struct.of("Q").pack(BigInteger.valueOf(-1)))
                .hasMessage("pack argument 0 ('Q' at format position 0 of Q): "
                        + "'Q' format requires 0 <= number <= 18446744073709551615 (got -1)");
        assertThatThrownBy(() -> Struct.of(">B").pack(-1))
                .hasMessage("pack argument 0 ('B' at format position 1 of >B): 'B' format requires 0 <= number <= 255 (got -1)");
        assertThatThrownBy(() -> Struct.of("<I").pack(1L << 32))
                .hasMessageEndingWith("'I' format requires 0 <= number <= 4294967295 (got 4294967296)");
    }

    @Test
    void typeErrorsNameTheJavaTypeGiven() {
        assertThatThrownBy(() -> Struct.of("5p").pack("hello"))
                .hasMessage("pack argument 0 ('p' at format position 1 of 5p): argument for 'p' must be a bytes object (got String)");
        assertThatThrownBy(() -> Struct.of("c").pack(65))
                .hasMessage("pack argument 0 ('c' at format position 0 of c): char format requires a bytes object of length 1 (got Integer)");
        assertThatThrownBy(() -> Struct.of("q").pack((Object) null))
                .hasMessage("pack argument 0 ('q' at format position 0 of q): required argument is not an integer (got null)");
        assertThatThrownBy(() -> Struct.of("e").pack(new Object()))
                .hasMessage("pack argument 0 ('e' at format position 0 of e): required argument is not a float (got Object)");
    }

    @Test
    void packIntoAByteArrayChecksCountBeforeOffset() {
        assertThatThrownBy(() -> Struct.of("hh").packInto(new byte[1], 0, 1))
                .hasMessage("pack expected 2 items for packing (got 1) for format hh");
    }

    @Test
    void everyNonFiniteFloatIsAcceptedWhereCpythonAcceptsIt() {
        assertThat(Struct.of("<e").unpack(Struct.of("<e").pack(Double.POSITIVE_INFINITY))).containsExactly(Float.POSITIVE_INFINITY);
        assertThat((Float) Struct.of("<f").unpack(Struct.of("<f").pack(Double.NaN))[0]).isNaN();
    }

    /** Found by the pack fuzz target: '?' took longValue() of a BigDecimal, so 0.5 packed as false. */
    @Test
    void boolPacksTheTruthOfFractionalNumbers() {
        Struct s = Struct.of("???");
        assertThat(s.unpack(s.pack(new java.math.BigDecimal("0.5"), new java.math.BigDecimal("1e-400"),
                java.math.BigDecimal.ZERO))).containsExactly(true, true, false);
        assertThat(s.unpack(s.pack(new java.util.concurrent.atomic.DoubleAdder() {
            { add(0.25); }
        }, new java.util.concurrent.atomic.AtomicLong(0), -0.0))).containsExactly(true, false, false);
    }
}
