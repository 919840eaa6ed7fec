package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** PEP 3118 formats obey the same field and record limits as schema files (issue 11, finding 6). */
class Pep3118LimitsTest {
    /** {@code T{i:f0:i:f1:...}} with {@code n} fields. */
    static String fields(int n) {
        return IntStream.range(0, n).mapToObj(i -> "i:f" + i + ":").collect(Collectors.joining("", "T{", "}"));
    }

    @Test
    void acceptsTheLimit() {
        Record r = Pep3118.parse("R", fields(Limits.MAX_FIELDS));
        assertThat(r.members()).hasSize(10_000);
        assertThat(r.size()).isEqualTo(40_000);
        assertThat(r.members().get(9_999).name()).isEqualTo("f9999");
    }

    @Test
    void refusesOneFieldMoreAtThatField() {
        String format = fields(Limits.MAX_FIELDS + 1);
        int at = format.indexOf("i:f10000:");
        int n = format.length();
        // The field is near the end, so the window is the last 200 characters.
        assertThatThrownBy(() -> Pep3118.parse("R", format))
                .isInstanceOf(FormatException.class)
                .hasMessage("too many fields in one struct (more than 10000, the limit): 'i' at position " + at
                        + " in format \"..." + format.substring(n - 200) + "\" (chars " + (n - 200) + " to "
                        + (n - 1) + " of " + n + ")")
                .satisfies(e -> assertThat(((FormatException) e).position()).hasValue(at));
    }

    @Test
    void refusesAHugeRecordAtTheFirstFieldPastTheLimit() {
        String format = fields(110_000);
        int at = format.indexOf("i:f10000:");
        assertThatThrownBy(() -> Pep3118.parse("R", format))
                .hasMessage("too many fields in one struct (more than 10000, the limit): 'i' at position " + at
                        + " in format \"..." + format.substring(at - 100, at + 100) + "...\" (chars " + (at - 100)
                        + " to " + (at + 99) + " of " + format.length() + ")")
                .satisfies(e -> assertThat(((FormatException) e).position()).hasValue(at));
    }

    @Test
    void limitsNestedStructsAsRecords() {
        // T{ T{b:x:}:s0: T{b:x:}:s1: ... }: each nested struct becomes a record of its own.
        String format = IntStream.range(0, Limits.MAX_RECORDS).mapToObj(i -> "T{b:x:}:s" + i + ":")
                .collect(Collectors.joining("", "T{", "}"));
        int at = format.indexOf("T{b:x:}:s9999:");
        assertThatThrownBy(() -> Pep3118.parse("R", format))
                .hasMessageStartingWith("too many structs (more than 10000, the limit; each becomes a record): 'T'"
                        + " at position " + at);
        String ok = IntStream.range(0, Limits.MAX_RECORDS - 1).mapToObj(i -> "T{b:x:}:s" + i + ":")
                .collect(Collectors.joining("", "T{", "}"));
        assertThat(Pep3118.parse("R", ok).dependencies()).hasSize(9_999);
    }
}
