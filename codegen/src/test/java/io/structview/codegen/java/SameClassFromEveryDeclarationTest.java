package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import io.structview.schema.Pep3118;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A schema file (format + field names, or typed fields), a PEP 3118 format and the builder DSL give the same
 * generated classes: byte for byte, but for the first line, which names the schema file it came from.
 */
class SameClassFromEveryDeclarationTest {
    private static List<String> bodies(Schema schema) {
        return JavaEmitter.emit(schema).stream()
                .map(f -> f.path() + "\n" + f.content().substring(f.content().indexOf('\n') + 1))
                .toList();
    }

    @Test
    void flatRecord() throws SchemaException {
        Schema dsl = Schema.builder("com.example.same")
                .record("Sample", r -> r.littleEndian().u32("id").u16("flags").array("coords",
                        io.structview.schema.FormatCode.DOUBLE, 3))
                .build();
        Schema format = SchemaLoader.load("flat-format.yaml", """
                package: com.example.same
                records:
                  Sample:
                    format: "<IH3d"
                    fields: [id, flags, coords]
                """);
        Schema pep = SchemaLoader.load("flat-pep.yaml", """
                package: com.example.same
                records:
                  Sample:
                    format: "T{<I:id: H:flags: (3)d:coords:}"
                """);
        Schema typed = SchemaLoader.load("flat-typed.json", """
                {"package": "com.example.same", "records": {"Sample": {"mode": "<", "fields": [
                  {"name": "id", "type": "I"}, {"name": "flags", "type": "H"},
                  {"name": "coords", "type": "d", "count": 3}]}}}
                """);
        Schema pepInCode = new Schema("com.example.same",
                List.of(Pep3118.parse("Sample", "T{<I:id:H:flags:(3)d:coords:}")), null);
        List<String> expected = bodies(dsl);
        assertThat(expected).hasSize(1);
        assertThat(bodies(format)).isEqualTo(expected);
        assertThat(bodies(pep)).isEqualTo(expected);
        assertThat(bodies(typed)).isEqualTo(expected);
        assertThat(bodies(pepInCode)).isEqualTo(expected);
        InMemoryCompiler.compile(JavaEmitter.emit(format));
    }

    @Test
    void nestedRecords() throws SchemaException {
        Record pairs = Record.builder("SamplePairs").littleEndian().u16("a").u16("b").build();
        Schema dsl = Schema.builder("com.example.same")
                .record("Sample", r -> r.doc("A sample with a position and two pairs.").littleEndian()
                        .u32("id")
                        .record("pos", "SamplePos", p -> p.i32("x").i32("y"))
                        .recordArray("pairs", pairs, 2))
                .build();
        Schema pep = SchemaLoader.load("nested-pep.yaml", """
                package: com.example.same
                records:
                  Sample:
                    doc: A sample with a position and two pairs.
                    format: "T{<I:id: T{i:x: i:y:}:pos: (2)T{H:a: H:b:}:pairs:}"
                """);
        Schema typed = SchemaLoader.load("nested-typed.yaml", """
                package: com.example.same
                records:
                  Sample:
                    doc: A sample with a position and two pairs.
                    mode: little
                    fields:
                      - {name: id, type: I}
                      - {name: pos, type: SamplePos}
                      - {name: pairs, type: SamplePairs, count: 2}
                  SamplePairs:
                    mode: little
                    fields:
                      - {name: a, type: H}
                      - {name: b, type: H}
                  SamplePos:
                    format: "<ii"
                    fields: [x, y]
                """);
        List<String> expected = bodies(dsl);
        assertThat(expected).hasSize(3);
        assertThat(bodies(pep)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(bodies(typed)).containsExactlyInAnyOrderElementsOf(expected);
        InMemoryCompiler.compile(JavaEmitter.emit(typed));
    }
}
