package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Fuzzes {@link Pep3118#parse}: any text gives a record whose layout is consistent (members in order, inside
 * the record, natively aligned where the mode says so, names that are Java identifiers), the same record
 * again when parsed twice, or a {@link FormatException} whose position lies inside the text. Anything else
 * (another exception, deep recursion, a hang) is a bug.
 *
 * <p>Regression inputs: {@code src/test/resources/io/structview/schema/Pep3118FuzzTestInputs/parse/}, one UTF-8
 * format per file.
 */
class Pep3118FuzzTest {

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"T{", "}", ":", "(", ")", ",", "@", "=", "<", ">", "!", "^", "x", "c", "b", "B", "?", "h",
        "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "s", "p", "P", "g", "Z", "O", "w", ":a:", ":b:",
        "9223372036854775807", "3000000000", "class"})
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Record r;
        try {
            r = Pep3118.parse("R", text);
        } catch (FormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            e.position().ifPresent(p -> assertThat(p).as(e.getMessage()).isBetween(0, text.length()));
            return;
        }
        checkRecord(r);
        Record again = Pep3118.parse("R", text);
        assertThat(again).isEqualTo(r).hasSameHashCodeAs(r);
    }

    /** Every record reachable from {@code root}, each checked once. */
    static void checkRecord(Record root) {
        Set<Record> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Record> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Record r = work.pop();
            if (!seen.add(r)) {
                continue;
            }
            assertThat(Names.checkRecord(r.name())).as("record name %s", r.name()).isEmpty();
            long end = 0;
            for (Member m : r.members()) {
                assertThat(m.offset()).as("%s in %s", m, r).isGreaterThanOrEqualTo(end);
                assertThat(m.count()).isNotNegative();
                if (!m.mode().standard() && !m.isPadding()) {
                    assertThat(m.offset() % m.alignment()).as("%s aligned", m).isZero();
                }
                end = m.offset() + m.byteSize();
                assertThat(end).as("%s overflows", m).isGreaterThanOrEqualTo(m.offset());
                if (!m.isPadding()) {
                    assertThat(Names.checkField(m.name())).as("field name %s", m.name()).isEmpty();
                }
                if (m.isRecord()) {
                    work.push(m.record());
                }
            }
            assertThat(r.size()).as("size of %s", r).isGreaterThanOrEqualTo(end);
            assertThat(r.alignment()).isIn(1L, 2L, 4L, 8L);
        }
        assertThat(root.dependencies()).doesNotContain(root);
    }
}
