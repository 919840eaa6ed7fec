package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaBuilderTest {

    @Test
    void buildsRecordsWithNestedOnesFirst() {
        Schema.Builder b = Schema.builder("com.example.geo");
        b.record("Point", r -> r.littleEndian().i32("x").i32("y"));
        Record line = Record.builder("Line").littleEndian().record("from", b.get("Point"))
                .record("to", "Anchor", a -> a.u8("kind")).build();
        Schema schema = b.add(line, Record.ofFormat("Header", "<4sI", "magic", "size")).source("Geo.java").build();
        assertThat(schema.packageName()).isEqualTo("com.example.geo");
        assertThat(schema.records()).extracting(Record::name).containsExactly("Point", "Anchor", "Line", "Header");
        assertThat(schema.source()).isEqualTo("Geo.java");
        assertThat(schema.record("Anchor")).isPresent();
    }

    @Test
    void rejectsBadPackagesAndNameClashes() {
        assertThatThrownBy(() -> Schema.builder("com.new.x").build())
                .isInstanceOf(FormatException.class)
                .hasMessage("package name 'com.new.x' is not valid: 'new' is a Java keyword"
                        + " (rename that part, e.g. 'new_')");
        Record p1 = Record.builder("P").i32("x").build();
        Record p2 = Record.builder("P").i32("y").build();
        assertThatThrownBy(() -> Schema.builder("p").add(p1, p2)).hasMessage("duplicate record name 'P'");
        Record nestsP2 = Record.builder("Q").record("p", p2).build();
        assertThatThrownBy(() -> Schema.builder("p").add(p1, nestsP2).build())
                .hasMessage("duplicate record name 'P'");
        assertThatThrownBy(() -> Schema.builder("p").add(p1, Record.builder("p").i32("x").build()).build())
                .hasMessage("record names 'P' and 'p' differ only in case (their .java files collide on"
                        + " case-insensitive file systems)");
        assertThat(Schema.builder("p").add(p1, p1, Record.builder("R").record("p", p1).build()).build().records())
                .hasSize(2);
        assertThatThrownBy(() -> Schema.builder("p").get("Nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
