package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Deep and shared nesting of records: hashing, equality, dependencies and schema building stay linear and never
 * recurse once per level (a chain of thousands of records must not overflow the stack).
 */
class RecordLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    /** R0 holds R1 holds ... R(n-1) holds an int. */
    static Record chain(int n) {
        Record r = Record.builder("R" + (n - 1)).littleEndian().member("v", "i").build();
        for (int i = n - 2; i >= 0; i--) {
            r = Record.builder("R" + i).littleEndian().record("a", r, null, null).build();
        }
        return r;
    }

    /** R0 holds two R1, each holding two R2, ...: 2^n paths through n records. */
    static Record shared(int n) {
        Record r = Record.builder("D" + (n - 1)).littleEndian().member("v", "b").build();
        for (int i = n - 2; i >= 0; i--) {
            r = Record.builder("D" + i).littleEndian().record("a", r, null, null).record("b", r, null, null).build();
        }
        return r;
    }

    @Test
    void deepChain() {
        assertTimeoutPreemptively(QUICK, () -> {
            Record a = chain(20_000);
            Record b = chain(20_000);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a).isEqualTo(b);
            assertThat(a.dependencies()).hasSize(19_999);
            assertThat(Schema.builder("p").add(a).build().records()).hasSize(20_000);
            Record c = Record.builder("R0").littleEndian().record("a", chain(20_000).members().get(0).record(), null,
                    null).build();
            assertThat(c).isEqualTo(a);
        });
    }

    @Test
    void sharedNesting() {
        assertTimeoutPreemptively(QUICK, () -> {
            Record a = shared(62);
            Record b = shared(62);
            assertThat(a.size()).isEqualTo(1L << 61);
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a.dependencies()).hasSize(61);
            assertThat(Schema.builder("p").add(a).build().records()).hasSize(62);
        });
    }

    @Test
    void differenceDeepDownIsFound() {
        Record a = chain(5_000);
        Record leaf = Record.builder("R4999").littleEndian().member("v", "I").build();
        Record b = leaf;
        for (int i = 4_998; i >= 0; i--) {
            b = Record.builder("R" + i).littleEndian().record("a", b, null, null).build();
        }
        assertThat(a).isNotEqualTo(b);
    }
}
