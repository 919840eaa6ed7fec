package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code view.jsonl}, produced by CPython 3.11, against {@link MemoryView}: the attributes
 * after every operation, every result, and an exception of the mapped Java type exactly where CPython raised.
 */
class ViewConformanceTest {
    private static final List<JsonNode> CASES = Tagged.cases("view.jsonl");

    @Test
    void allVectorsAreThere() {
        assertThat(CASES).hasSize(1000);
    }

    @TestFactory
    Stream<DynamicTest> cpythonVectors() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(
                c.get("id").asText() + " " + c.get("category").asText(), () -> run(c)));
    }

    private static void run(JsonNode c) {
        byte[] bytes = Tagged.hex(c.get("source").get("hex").asText());
        MemoryView view = root(bytes, c.get("source").get("readonly").asBoolean());
        JsonNode state = c.get("state0");
        assertState(view, state, "state0");
        boolean released = false;
        int k = 0;
        for (JsonNode op : c.get("ops")) {
            String where = "op " + k++ + " " + op;
            MemoryView v = view;
            boolean ok = op.get("ok").asBoolean();
            String before = Tagged.hex(bytes);
            switch (op.get("op").asText()) {
                case "slice" -> {
                    long step = op.get("step").isNull() ? 1 : op.get("step").asLong();
                    long start = op.get("start").isNull() ? (step < 0 ? Long.MAX_VALUE : 0) : op.get("start").asLong();
                    long stop = op.get("stop").isNull() ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                            : op.get("stop").asLong();
                    if (ok) {
                        view = v.slice(start, stop, step);
                    } else {
                        expectError(() -> v.slice(start, stop, step), op, where);
                    }
                }
                case "cast" -> {
                    String format = op.get("format").asText();
                    long[] shape = op.has("shape") ? longs(op.get("shape")) : null;
                    ThrowingCallable call = () -> {
                        if (shape == null) {
                            v.cast(format);
                        } else {
                            v.cast(format, shape);
                        }
                    };
                    if (ok) {
                        view = shape == null ? v.cast(format) : v.cast(format, shape);
                    } else {
                        expectError(call, op, where);
                    }
                }
                case "get" -> {
                    long[] index = longs(op.get("index"));
                    if (ok) {
                        Tagged.assertValue(v.get(index), op.get("result"), code(v), where);
                    } else {
                        expectError(() -> v.get(index), op, where);
                    }
                }
                case "set" -> {
                    long[] index = longs(op.get("index"));
                    Object value = Tagged.argument(op.get("value"));
                    if (ok) {
                        v.set(value, index);
                        assertThat(Tagged.hex(bytes)).as(where + ": the root's bytes (write-through)")
                                .isEqualTo(op.get("root").asText());
                    } else {
                        expectError(() -> v.set(value, index), op, where);
                        assertThat(Tagged.hex(bytes)).as(where + ": a refused set writes nothing").isEqualTo(before);
                    }
                }
                case "tolist" -> {
                    if (ok) {
                        assertList(v.toList(), op.get("result"), code(v), where);
                    } else {
                        expectError(v::toList, op, where);
                    }
                }
                case "tobytes" -> {
                    if (ok) {
                        assertThat(Tagged.hex(v.toBytes())).as(where).isEqualTo(op.get("result").get("bytes").asText());
                    } else {
                        expectError(v::toBytes, op, where);
                    }
                }
                case "hex" -> {
                    ThrowingCallable call = op.has("sep")
                            ? () -> v.hex(op.get("sep").asText().charAt(0), op.get("bytes_per_sep").asInt())
                            : v::hex;
                    if (ok) {
                        String got = op.has("sep")
                                ? v.hex(op.get("sep").asText().charAt(0), op.get("bytes_per_sep").asInt()) : v.hex();
                        assertThat(got).as(where).isEqualTo(op.get("result").get("str").asText());
                    } else {
                        expectError(call, op, where);
                    }
                }
                case "toreadonly" -> {
                    if (ok) {
                        view = v.toReadOnly();
                    } else {
                        expectError(v::toReadOnly, op, where);
                    }
                }
                case "eq" -> {
                    MemoryView other = op.get("other").isTextual() ? v : build(op.get("other"));
                    boolean want = op.get("result").get("bool").asBoolean();
                    assertThat(v.equals(other)).as(where).isEqualTo(want);
                    assertThat(other.equals(v)).as(where + " (reversed)").isEqualTo(want);
                    if (want) {
                        assertThat(v.hashCode()).as(where + ": equal views hash alike").isEqualTo(other.hashCode());
                    }
                }
                case "release" -> v.release();
                default -> throw new IllegalArgumentException("unknown op " + op);
            }
            if (!ok) {
                assertThat(Tagged.hex(bytes)).as(where + ": a refused operation writes nothing").isEqualTo(before);
            }
            if (op.has("state")) {
                if (op.get("state").has("released")) {
                    released = true;
                } else {
                    state = op.get("state");
                }
            }
            if (released) {
                assertThatThrownBy(view::format).as(where).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("released");
            } else {
                assertState(view, state, where);
            }
        }
    }

    private static MemoryView root(byte[] bytes, boolean readOnly) {
        MemoryView root = MemoryView.of(bytes);
        return readOnly ? root.toReadOnly() : root;
    }

    /** Builds the other side of an {@code eq}: a source and the casts and slices applied to it. */
    private static MemoryView build(JsonNode spec) {
        MemoryView v = root(Tagged.hex(spec.get("hex").asText()), spec.get("readonly").asBoolean());
        for (JsonNode op : spec.get("ops")) {
            switch (op.get("op").asText()) {
                case "cast" -> v = op.has("shape") ? v.cast(op.get("format").asText(), longs(op.get("shape")))
                        : v.cast(op.get("format").asText());
                case "slice" -> {
                    long step = op.get("step").isNull() ? 1 : op.get("step").asLong();
                    long start = op.get("start").isNull() ? (step < 0 ? Long.MAX_VALUE : 0) : op.get("start").asLong();
                    long stop = op.get("stop").isNull() ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                            : op.get("stop").asLong();
                    v = v.slice(start, stop, step);
                }
                default -> throw new IllegalArgumentException("unknown op " + op);
            }
        }
        return v;
    }

    private static void assertState(MemoryView v, JsonNode s, String where) {
        assertThat(v.format()).as(where + " format").isEqualTo(s.get("format").asText());
        assertThat(v.itemSize()).as(where + " itemsize").isEqualTo(s.get("itemsize").asLong());
        assertThat(v.nbytes()).as(where + " nbytes").isEqualTo(s.get("nbytes").asLong());
        assertThat(v.ndim()).as(where + " ndim").isEqualTo(s.get("ndim").asInt());
        assertThat(v.shape()).as(where + " shape").isEqualTo(longs(s.get("shape")));
        assertThat(v.strides()).as(where + " strides").isEqualTo(longs(s.get("strides")));
        assertThat(v.readOnly()).as(where + " readonly").isEqualTo(s.get("readonly").asBoolean());
        assertThat(v.cContiguous()).as(where + " c_contiguous").isEqualTo(s.get("c_contiguous").asBoolean());
        assertThat(v.fContiguous()).as(where + " f_contiguous").isEqualTo(s.get("f_contiguous").asBoolean());
        assertThat(v.contiguous()).as(where + " contiguous").isEqualTo(s.get("contiguous").asBoolean());
    }

    private static void assertList(Object actual, JsonNode expected, String code, String where) {
        if (expected.isArray()) {
            assertThat(actual).as(where).isInstanceOf(List.class);
            List<?> list = (List<?>) actual;
            assertThat(list).as(where + " length").hasSize(expected.size());
            for (int i = 0; i < list.size(); i++) {
                assertList(list.get(i), expected.get(i), code, where + "[" + i + "]");
            }
        } else {
            Tagged.assertValue(actual, expected, code, where);
        }
    }

    /** The format code without its {@code @}, which decides the Java type of float results. */
    private static String code(MemoryView v) {
        String f = v.format();
        return f.startsWith("@") ? f.substring(1) : f;
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    /**
     * Asserts that the call throws the Java exception that stands for CPython's error, with a message that
     * carries CPython's words.
     */
    private static void expectError(ThrowingCallable call, JsonNode op, String where) {
        JsonNode error = op.get("error");
        String type = error.get("type").asText();
        String msg = error.get("msg").asText();
        Throwable t = catchThrowable(call);
        assertThat(t).as(where + ": CPython raised " + type + ": " + msg).isNotNull();
        Class<? extends Throwable> expected;
        String words = null;
        boolean exact = false;
        if (msg.contains("released memoryview")) {
            expected = IllegalStateException.class;
            words = "operation forbidden on released memoryview object";
        } else if (msg.equals("cannot modify read-only memory")) {
            expected = UnsupportedOperationException.class;
            words = msg;
        } else if (type.equals("IndexError")) {
            expected = IndexOutOfBoundsException.class;
            words = msg.substring(msg.indexOf("on dimension"));
        } else if (msg.startsWith("memoryview: invalid type for format")
                || msg.startsWith("memoryview: invalid value for format")) {
            expected = StructException.class;
            words = msg;
        } else if (type.equals("UnicodeEncodeError") || msg.contains("destination format must be")) {
            // Not a struct format either (or one of size 0): the format parser's error.
            expected = StructException.class;
        } else if (msg.startsWith("cannot index")) {
            expected = IllegalArgumentException.class;
            exact = true;
            words = msg.substring(0, msg.indexOf(" view") + 5);
        } else {
            expected = IllegalArgumentException.class;
            exact = true;
            words = msg.replace("memoryview.cast(): ", "").replace("memoryview: ", "").replace("multi-dimensional ", "");
            if (words.endsWith(".")) {
                words = words.substring(0, words.length() - 1);
            }
        }
        if (exact) {
            assertThat(t).as(where).isExactlyInstanceOf(expected);
        } else {
            assertThat(t).as(where).isInstanceOf(expected);
        }
        if (words != null) {
            assertThat(t).as(where).hasMessageContaining(words);
        }
    }
}
