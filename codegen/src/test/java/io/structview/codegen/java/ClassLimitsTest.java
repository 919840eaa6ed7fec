package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.schema.Location;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 6: 40,000 fields generated an 87 MB class that javac could not compile. A record whose class
 * would pass the JVM's per-method bytecode limit is refused; the largest accepted one compiles.
 */
class ClassLimitsTest {
    private static final String[] ARRAYS = {"<3H", ">2q", "4?", "2e"};

    private static Schema arrays(int n, int extraScalars) {
        Record.Builder b = Record.builder("Big").location(new Location("big.yaml", 3, 3));
        for (int i = 0; i < n; i++) {
            b.member("f" + i, ARRAYS[i % ARRAYS.length]);
        }
        for (int i = 0; i < extraScalars; i++) {
            b.member("s" + i, "<i");
        }
        return Schema.builder("big").add(b.build()).build();
    }

    @Test
    void oneMemberPastTheLimitIsRefusedAtTheRecord() {
        assertThatThrownBy(() -> JavaEmitter.emit(arrays(1000, 1))).isInstanceOf(EmitException.class)
                .hasMessage("big.yaml:3:3: error: record 'Big' has 1001 members (weight 2001, arrays and nested"
                        + " records counting twice); its class could not be compiled: the JVM limits the bytecode"
                        + " of one method, and at most 2000 fit (hint: group members into nested records, which"
                        + " become classes of their own)");
        assertThatThrownBy(() -> JavaEmitter.emit(arrays(0, 2001))).isInstanceOf(EmitException.class)
                .hasMessageContaining("has 2001 members (weight 2001,");
    }

    @Test
    void theHeaviestAcceptedRecordCompiles() {
        // 1,000 arrays are the heaviest members per unit of weight measured (1,300 fail with "code too large").
        List<GeneratedFile> files = JavaEmitter.emit(arrays(1000, 0));
        ClassLoader loader = InMemoryCompiler.compileQuick(files);
        assertThat(loader).isNotNull();
        assertThat(JavaEmitter.emit(arrays(0, 2000))).hasSize(1);
    }
}
