package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    /** Sizes pinned from CPython 3.11 {@code struct.calcsize} on x86-64 Linux. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0", "'@'|0", "c0l|8", "<c0l|1", "'bi'|8", "'ib'|5", "'<IHd'|14", "'IHd'|16", "'3s'|3", "'0s'|0",
        "'l'|8", "'<l'|4", "'=L'|4", "'P'|8", "'n'|8", "'N'|8", "'e'|2", "'?'|1", "'x'|1", "'5x'|5",
        "'b h\ti\nq'|16", "'bd'|16", "'bQ'|16", "'hq'|16", "'c0d0x'|8", "'0p'|0", "'300p'|300",
    })
    void sizeMatchesCpython(String format, long size) {
        assertThat(Format.parse(format).size()).isEqualTo(size);
    }

    @Test
    void fieldsCarryOffsetsCountsAndOrder() {
        Format f = Format.parse(">b3h8s");
        assertThat(f.mode()).isEqualTo(Mode.BIG_ENDIAN);
        assertThat(f.fields()).extracting(Field::code, Field::count, Field::offset, Field::itemSize)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FormatCode.BYTE, 1L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple(FormatCode.SHORT, 3L, 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple(FormatCode.STRING, 8L, 7L, 8L));
        assertThat(f.valueCount()).isEqualTo(5);
        assertThat(f.size()).isEqualTo(15);
    }

    @Test
    void nativeAlignmentIsLargestMemberAlignment() {
        assertThat(Format.parse("bid").alignment()).isEqualTo(8);
        assertThat(Format.parse("<bid").alignment()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'4 s'|bad char in struct format: ' ' at position 1",
        "' <i'|bad char in struct format: '<' at position 1",
        "'<n'|'n' is only valid in native mode ('@' or no prefix): 'n' at position 1",
        "'=P'|'P' is only valid in native mode ('@' or no prefix): 'P' at position 1",
        "'3'|repeat count given without format specifier: '3' at position 0",
        "'ii12'|repeat count given without format specifier: '1' at position 2",
        "'iy'|bad char in struct format: 'y' at position 1",
        "'i<i'|bad char in struct format: '<' at position 1",
    })
    void badFormatsNameCharacterAndPosition(String format, String message) {
        assertThatThrownBy(() -> Format.parse(format))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void onlyAsciiWhitespaceIsSkipped() {
        assertThat(Format.parse("i\u000bi\u000ci").size()).isEqualTo(12);
        assertThatThrownBy(() -> Format.parse("i\u3000i")).hasMessageContaining("non-ASCII character in struct format: '\\u3000' at position 1");
        assertThatThrownBy(() -> Format.parse("i\u001ci")).hasMessageContaining("bad char in struct format: '\\u001c' at position 1");
        assertThatThrownBy(() -> Format.parse("i\0i")).hasMessageContaining("embedded null character");
    }

    @Test
    void overflowingSizesAreErrors() {
        assertThatThrownBy(() -> Format.parse("99999999999999999999i")).hasMessageStartingWith("total struct size too long");
        assertThatThrownBy(() -> Format.parse("9223372036854775807s9223372036854775807s")).hasMessageStartingWith("total struct size too long");
        assertThatThrownBy(() -> Format.parse("<9223372036854775807q")).hasMessageStartingWith("total struct size too long");
        assertThat(Format.parse("9223372036854775807x").size()).isEqualTo(Long.MAX_VALUE);
    }
}
