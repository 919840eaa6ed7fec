package io.structview.codegen.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.structview.codegen.java.JavaEmitter;
import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Absurd schema files: a located error or a correct result, quickly, without a huge allocation first. */
class SchemaLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    /** A chain of records, each holding the next: 64 levels load and emit; deeper is a located error. */
    @Test
    void deepRecordNestingChain() {
        assertTimeoutPreemptively(QUICK, () -> {
            Schema s = SchemaLoader.load("deep.yaml", chain(64));
            assertThat(s.record("R0").orElseThrow().size()).isEqualTo(4);
            assertThat(JavaEmitter.emit(s)).hasSize(64);
            assertThatThrownBy(() -> SchemaLoader.load("deep.yaml", chain(5000)))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("deep.yaml:")
                    .hasMessageContaining("levels deep (the limit is 64)");
        });
    }

    private static String chain(int depth) {
        StringBuilder sb = new StringBuilder("package: p\nrecords:\n");
        for (int i = 0; i < depth; i++) {
            sb.append("  R").append(i).append(": {mode: little, fields: [{name: a, type: ")
                    .append(i + 1 < depth ? "R" + (i + 1) : "i").append("}]}\n");
        }
        return sb.toString();
    }

    /** Each record holds two of the next: a naive walk of the tree visits 2^60 nodes. */
    @Test
    void sharedNestingDoesNotExplode() {
        int depth = 60;
        StringBuilder sb = new StringBuilder("package: p\nrecords:\n");
        for (int i = 0; i < depth; i++) {
            String t = i + 1 < depth ? "R" + (i + 1) : "B";
            sb.append("  R").append(i).append(": {mode: little, fields: [{name: a, type: ").append(t)
                    .append("}, {name: b, type: ").append(t).append("}]}\n");
        }
        assertTimeoutPreemptively(QUICK, () -> {
            try {
                Schema s = SchemaLoader.load("dag.yaml", sb.toString());
                Record r0 = s.record("R0").orElseThrow();
                JavaEmitter.emit(s);
                r0.hashCode();
                r0.equals(SchemaLoader.load("dag.yaml", sb.toString()).record("R0").orElseThrow());
            } catch (SchemaException e) {
                assertThat(e.getMessage()).contains("dag.yaml:");
            }
        });
    }

    @Test
    void sizeThatOverflowsThroughNesting() {
        String yaml = """
                package: p
                records:
                  Xa: {mode: little, fields: [{name: a, type: q, count: 2000000000}]}
                  Xb: {mode: little, fields: [{name: b, type: Xa, count: 2000000000}]}
                  Xc: {mode: little, fields: [{name: c, type: Xb, count: 2000000000}]}
                """;
        assertTimeoutPreemptively(QUICK, () -> assertThatThrownBy(() -> SchemaLoader.load("big.yaml", yaml))
                .isInstanceOf(SchemaException.class)
                .hasMessage("big.yaml:4:3: error: record 'Xb' cannot be laid out: record 'Xb': size too large at member 'b'"
                        + " (make the counts smaller)"));
    }

    @Test
    void tooManyRecords() {
        StringBuilder sb = new StringBuilder("package: p\nrecords:\n");
        for (int i = 0; i <= 10_000; i++) {
            sb.append("  R").append(i).append(": {format: b, fields: [a]}\n");
        }
        assertTimeoutPreemptively(QUICK, () -> assertThatThrownBy(() -> SchemaLoader.load("many.yaml", sb.toString()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("too many records (10001; the limit is 10000)"));
    }

    @Test
    void deeplyNestedYamlAndJson() {
        assertTimeoutPreemptively(QUICK, () -> {
            assertThatThrownBy(() -> SchemaLoader.load("n.yaml", "[".repeat(100_000)))
                    .isInstanceOf(SchemaException.class).hasMessageStartingWith("n.yaml:1:");
            assertThatThrownBy(() -> SchemaLoader.load("n.json", "[".repeat(100_000)))
                    .isInstanceOf(SchemaException.class).hasMessageStartingWith("n.json:1:");
            assertThatThrownBy(() -> SchemaLoader.load("n.yaml", "a:\n" + " b:\n".repeat(1) + "{a: ".repeat(50_000)))
                    .isInstanceOf(SchemaException.class);
        });
    }

    @Test
    void hugeFormatStringsAndCounts() {
        assertTimeoutPreemptively(QUICK, () -> {
            assertThatThrownBy(() -> SchemaLoader.load("f.yaml",
                    "package: p\nrecords:\n  R: {format: \"<99999999999999999999i\", fields: [a]}\n"))
                    .hasMessageStartingWith("f.yaml:3:")
                    .hasMessageContaining("total struct size too long");
            String codes = "b".repeat(200_000);
            assertThatThrownBy(() -> SchemaLoader.load("f.yaml",
                    "package: p\nrecords:\n  R: {format: \"<" + codes + "\", fields: [a]}\n"))
                    .hasMessageStartingWith("f.yaml:3:");
        });
    }
}
