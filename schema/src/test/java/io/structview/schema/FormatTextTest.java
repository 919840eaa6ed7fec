package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Messages about a format quote a bounded window around the position (issue 11, finding 12). */
class FormatTextTest {
    @Test
    void shortFormatsAreShownInFullAndEscaped() {
        assertThat(FormatText.quote("<i\"\\\t", 3)).isEqualTo("\"<i\\\"\\\\\\u0009\"");
    }

    @Test
    void aBadMillionCharacterFormatEchoesAWindowAroundThePosition() {
        String format = "i".repeat(999_999) + "y";
        assertThatThrownBy(() -> Format.parse(format))
                .hasMessage("bad char in struct format: 'y' at position 999999 in format \"..." + "i".repeat(199)
                        + "y\" (chars 999800 to 999999 of 1000000)");
        String middle = "i".repeat(500_000) + "Z" + "i".repeat(499_999);
        assertThatThrownBy(() -> Format.parse(middle))
                .hasMessage("bad char in struct format: 'Z' at position 500000 in format \"..." + "i".repeat(100)
                        + "Z" + "i".repeat(99) + "...\" (chars 499900 to 500099 of 1000000)");
    }

    @Test
    void aBadPositionNearTheStartKeepsTheStart() {
        assertThat(FormatText.quote("i".repeat(300) + "y", 50)).isEqualTo("\"" + "i".repeat(200) + "...(301 chars)\"");
    }

    @Test
    void theSyntaxHintListsTheTable() {
        assertThat(FormatText.SYNTAX).isEqualTo("a struct format is an optional first character @ = < > ! and codes"
                + " x c b B ? h H i I l L q Q n N e f d s p P, each with an optional count");
    }
}
