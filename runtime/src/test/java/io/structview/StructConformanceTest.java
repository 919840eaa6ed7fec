package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of {@code struct.jsonl}, produced by CPython 3.11, against {@link Struct}. */
class StructConformanceTest {
    private static final List<JsonNode> CASES = Tagged.cases("struct.jsonl");

    @Test
    void allVectorsAreThere() {
        assertThat(CASES).hasSize(3000);
    }

    @TestFactory
    Stream<DynamicTest> cpythonVectors() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(
                c.get("id").asText() + " " + c.get("category").asText() + " " + c.get("format"), () -> run(c)));
    }

    private static void run(JsonNode c) {
        String format = c.get("format").asText();
        if (c.has("format_error")) {
            assertThatThrownBy(() -> Struct.of(format)).isInstanceOf(StructException.class);
            return;
        }
        Struct s = Struct.of(format);
        assertThat(s.size()).as("size").isEqualTo(c.get("size").asLong());
        assertThat(s.format()).isEqualTo(format);
        JsonNode codes = c.get("codes");
        switch (c.get("api").asText()) {
            case "pack" -> {
                JsonNode expect = c.get("pack");
                Object[] args = Tagged.arguments(c.get("args"));
                if (!expect.get("ok").asBoolean()) {
                    expectError(() -> s.pack(args), expect);
                    return;
                }
                byte[] packed = s.pack(args);
                assertThat(Tagged.hex(packed)).as("pack").isEqualTo(expect.get("hex").asText());
                JsonNode unpack = c.get("unpack");
                if (unpack.get("ok").asBoolean()) {
                    Tagged.assertValues(s.unpack(packed), unpack.get("values"), codes, "unpack(pack)");
                } else {
                    expectError(() -> s.unpack(packed), unpack);
                }
            }
            case "unpack" -> {
                byte[] in = Tagged.hex(c.get("unpack_in").asText());
                JsonNode expect = c.get("unpack");
                if (expect.get("ok").asBoolean()) {
                    Tagged.assertValues(s.unpack(in), expect.get("values"), codes, "unpack");
                } else {
                    expectError(() -> s.unpack(in), expect);
                }
            }
            case "pack_into" -> {
                byte[] buf = Tagged.hex(c.get("buf").asText());
                MemorySegment seg = MemorySegment.ofArray(buf);
                long offset = c.get("offset").asLong();
                Object[] args = Tagged.arguments(c.get("args"));
                JsonNode expect = c.get("pack_into");
                if (expect.get("ok").asBoolean()) {
                    s.packInto(seg, offset, args);
                    assertThat(Tagged.hex(buf)).as("buffer after pack_into").isEqualTo(expect.get("hex").asText());
                } else {
                    String before = Tagged.hex(buf);
                    expectError(() -> s.packInto(seg, offset, args), expect);
                    assertThat(Tagged.hex(buf)).as("a refused pack_into writes nothing").isEqualTo(before);
                }
            }
            case "unpack_from" -> {
                byte[] buf = Tagged.hex(c.get("buf").asText());
                long offset = c.get("offset").asLong();
                JsonNode expect = c.get("unpack_from");
                if (expect.get("ok").asBoolean()) {
                    Tagged.assertValues(s.unpackFrom(buf, offset), expect.get("values"), codes, "unpack_from");
                    Tagged.assertValues(s.unpackFrom(MemorySegment.ofArray(buf), offset), expect.get("values"),
                            codes, "unpack_from(segment)");
                } else {
                    expectError(() -> s.unpackFrom(buf, offset), expect);
                }
            }
            case "iter_unpack" -> {
                byte[] buf = Tagged.hex(c.get("buf").asText());
                JsonNode expect = c.get("iter_unpack");
                if (expect.get("ok").asBoolean()) {
                    List<Object[]> rows = s.iterUnpack(buf).collect(Collectors.toList());
                    JsonNode want = expect.get("rows");
                    assertThat(rows).as("rows").hasSize(want.size());
                    for (int i = 0; i < rows.size(); i++) {
                        Tagged.assertValues(rows.get(i), want.get(i), codes, "row " + i);
                    }
                } else {
                    expectError(() -> s.iterUnpack(buf).count(), expect);
                }
            }
            default -> throw new IllegalArgumentException("unknown api " + c.get("api"));
        }
    }

    private static void expectError(Runnable call, JsonNode expect) {
        Throwable t = catchThrowable(call::run);
        assertThat(t).as("CPython raised " + expect.get("error")).isInstanceOf(StructException.class);
    }
}
