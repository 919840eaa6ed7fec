package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** PEP 3118 error paths that {@code Pep3118Test} does not pin: what is wrong, and its position. */
class Pep3118MessagesTest {

    private static FormatException error(String format) {
        try {
            Pep3118.parse("R", format);
        } catch (FormatException e) {
            return e;
        }
        throw new AssertionError("accepted " + format);
    }

    @Test
    void dimensionTooLarge() {
        FormatException e = error("(99999999999999999999)i:a:");
        assertThat(e).hasMessage("dimension too large: '9' at position 1 in format \"(99999999999999999999)i:a:\"");
        assertThat(e.position()).hasValue(1);
    }

    @Test
    void shapeWithoutACode() {
        FormatException e = error("i:a:(2,3)");
        assertThat(e).hasMessageStartingWith("shape given without format specifier: ");
        assertThat(e.position()).isPresent();
    }

    @Test
    void recordTooLargeNamesTheField() {
        FormatException e = error("T{<(4611686018427387904)q:big:}");
        assertThat(e.getMessage()).contains("big").contains("too large");
        assertThat(e.position()).isPresent();
        assertThatThrownBy(() -> Pep3118.parse("R", "T{<(3037000499,3037000499)b:a:(3037000499,3037000499)b:b:}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("'b'");
    }
}
