package io.structview.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.schema.Member;
import io.structview.schema.Schema;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * PEP 3118 records in schema files obey the field limit, and locating their fields costs linear time (issue 11,
 * finding 6: 110,000 fields took 84 s, since every field's location rescanned the whole format).
 */
class PepLimitsTest {
    private static String yaml(String format) {
        return "package: p\nrecords:\n  R: {format: \"" + format + "\"}\n";
    }

    private static String fields(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> "i:" + prefix + i + ":").collect(Collectors.joining("", "T{",
                "}"));
    }

    @Test
    void refusesMoreFieldsThanTheLimitAtTheFirstOneOver() {
        String format = fields(50_000, "a");
        // Column of the 10,001st item: the format's first character is at column 16, after '  R: {format: "'.
        int column = 16 + format.indexOf("i:a10000:");
        assertThatThrownBy(() -> SchemaLoader.load("s.yaml", yaml(format)))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("s.yaml:3:" + column + ": error: too many fields in one struct (more than"
                        + " 10000, the limit): 'i' at position " + format.indexOf("i:a10000:") + " in format \"..."
                        + format.substring(column - 116, column + 84) + "...\"");
    }

    /** The 110,000-field format of the finding: refused before SnakeYAML scans its 1 MB token quadratically. */
    @Test
    void aMegabyteTokenIsRefusedBeforeTheYamlParserScansIt() {
        String format = fields(110_000, "a");
        assertThatThrownBy(() -> SchemaLoader.load("s.yaml", yaml(format)))
                .isInstanceOf(SchemaException.class)
                .hasMessage("s.yaml:3:16: error: a run of " + (format.length()) + " characters without a space, quote"
                        + " or line break; at most 524288 are read (no schema needs one this long: a format of this"
                        + " length has more fields than the 10000 a record may hold; split the record)");
    }

    @Test
    void locatesEveryFieldOfALargeRecordExactly() throws SchemaException {
        // An escape early in the format shifts every later column by one: \u0054 is the T of T{.
        String format = fields(10_000, "b");
        String escaped = "\\u0054" + format.substring(1);
        Schema s = SchemaLoader.load("s.yaml", yaml(escaped));
        int base = 16 + 5; // column of the format's first character, plus the 5 extra chars of the escape
        for (int i : new int[] {0, 1, 4_999, 9_999}) {
            Member m = s.records().get(0).member("b" + i).orElseThrow();
            assertThat(m.location().orElseThrow().column()).isEqualTo(base + format.indexOf(":b" + i + ":") + 1);
        }
    }

    @Test
    void aDuplicateNameDeepInALargeRecordIsLocated() {
        String format = fields(9_999, "c").replace("}", "i:c5:}");
        int column = 16 + format.lastIndexOf("c5:");
        assertThatThrownBy(() -> SchemaLoader.load("s.yaml", yaml(format)))
                .hasMessageStartingWith("s.yaml:3:" + column + ": error: duplicate field name 'c5'");
    }
}
