package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TupleTest {

    @Test
    void printsAsPythonPrintsATuple() {
        assertThat(Tuple.of(7L, 2L, 3.5)).hasToString("(7, 2, 3.5)");
        assertThat(Tuple.of(1L)).hasToString("(1,)");
        assertThat(Tuple.of()).hasToString("()");
        assertThat(Tuple.of("ab'".getBytes(StandardCharsets.US_ASCII), true, 0.5f))
                .hasToString("(b\"ab'\", true, 0.5)");
    }

    @Test
    void comparesByValueWithByteStringsByContent() {
        Tuple a = Tuple.of(1L, new byte[] {1, 2});
        Tuple b = Tuple.of(1L, new byte[] {1, 2});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Tuple.of(1L, new byte[] {1, 3}));
        assertThat(Tuple.of(7L)).isNotEqualTo(Tuple.of(7)); // Java values: Long is not Integer
        assertThat(Map.of(a, "x")).containsKey(b);
    }

    @Test
    void isImmutable() {
        byte[] bytes = {1, 2};
        Tuple t = Tuple.of(bytes, 5L);
        bytes[0] = 9;
        ((byte[]) t.get(0))[1] = 9;
        ((byte[]) t.toArray()[0])[1] = 9;
        assertThat((byte[]) t.get(0)).containsExactly(1, 2);
        assertThat(t.size()).isEqualTo(2);
        assertThatThrownBy(() -> t.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Tuple.of(1L, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tuple value 1 is null");
    }

    @Test
    void recordViewsListWriteAndSearchWithTuples() {
        // struct.pack('<Hh4s', 258, -2, b"a'b\0") and again with 1, 1, b'xyzw'
        byte[] data = new byte[16];
        MemoryView records = MemoryView.of(data).cast("<Hh4s");
        records.set(Tuple.of(258L, -2L, new byte[] {'a', '\'', 'b', 0}), 0);
        records.set(new Object[] {1, 1, "xyzw".getBytes(StandardCharsets.US_ASCII)}, 1);
        assertThat(java.util.HexFormat.of().formatHex(data)).isEqualTo("0201feff612762000100010078797a77");
        List<Object> list = records.toList();
        assertThat(list).hasToString("[(258, -2, b\"a'b\\x00\"), (1, 1, b'xyzw')]");
        assertThat(records.index(list.get(1))).isEqualTo(1);
        assertThat(records.count(Tuple.of(258L, -2L, new byte[] {'a', '\'', 'b', 0}))).isEqualTo(1);
        assertThat(records.get(0)).isInstanceOf(Object[].class); // get stays as set takes it
    }
}
