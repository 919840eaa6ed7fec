package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Record views, StructView's extension: a cast to a struct format that is not one native code gives items that are
 * whole packed records. Expected bytes come from CPython's {@code struct.pack} (given in comments).
 */
class RecordViewTest {
    private static final HexFormat HEX = HexFormat.of();
    /** {@code pack('<IHd', 1, 2, 3.5) + pack('<IHd', 2**32-1, 2**16-1, -0.0) + pack('<IHd', 7, 8, inf)}. */
    private static final String THREE = "0100000002000000000000000c40ffffffffffff0000000000000080070000000800000000000000f07f";

    @Test
    void castToRecords() {
        byte[] data = HEX.parseHex(THREE);
        MemoryView records = MemoryView.of(data).cast("<IHd");
        assertThat(records.format()).isEqualTo("<IHd");
        assertThat(records.itemSize()).isEqualTo(14);
        assertThat(records.shape()).containsExactly(3);
        assertThat(records.strides()).containsExactly(14);
        assertThat(records.nbytes()).isEqualTo(42);
        assertThat((Object[]) records.get(0)).containsExactly(1L, 2L, 3.5);
        assertThat((Object[]) records.get(-2)).containsExactly(4294967295L, 65535L, -0.0);
        assertThat((Object[]) records.get(2)).containsExactly(7L, 8L, Double.POSITIVE_INFINITY);
        List<Object> list = records.toList();
        assertThat(list).hasSize(3);
        assertThat(list.get(1)).isEqualTo(Tuple.of(4294967295L, 65535L, -0.0));
        // Issue 15: records in a list printed as [[Ljava.lang.Object;@...
        assertThat(list).hasToString("[(1, 2, 3.5), (4294967295, 65535, -0.0), (7, 8, Infinity)]");
        assertThat(list).isEqualTo(MemoryView.of(HEX.parseHex(THREE)).cast("<IHd").toList());
        assertThat(list.hashCode()).isEqualTo(MemoryView.of(HEX.parseHex(THREE)).cast("<IHd").toList().hashCode());
        assertThat((Iterable<Object>) records).containsExactlyElementsOf(list);
    }

    @Test
    void setPacksInPlace() {
        byte[] data = HEX.parseHex(THREE);
        MemoryView records = MemoryView.of(data).cast("<IHd");
        records.set(new Object[] {9, 10, 0.25}, 1);
        // pack('<IHd', 9, 10, 0.25)
        assertThat(HEX.formatHex(data, 14, 28)).isEqualTo("090000000a00000000000000d03f");
        assertThat(HEX.formatHex(data, 0, 14)).isEqualTo(THREE.substring(0, 28)); // neighbours untouched
        assertThat(HEX.formatHex(data, 28, 42)).isEqualTo(THREE.substring(56));
    }

    @Test
    void refusedRecordsWriteNothing() {
        byte[] data = HEX.parseHex(THREE);
        MemoryView records = MemoryView.of(data).cast("<IHd");
        assertThatThrownBy(() -> records.set(new Object[] {1, 70000, 0.0}, 0)).isInstanceOf(StructException.class)
                .hasMessage("memoryview: invalid value for format '<IHd' at index [0]: pack argument 1 ('H' at"
                        + " format position 2 of <IHd): 'H' format requires 0 <= number <= 65535 (got 70000)");
        assertThatThrownBy(() -> records.set(new Object[] {1, 2}, 0)).isInstanceOf(StructException.class)
                .hasMessageContaining("pack expected 3 items for packing (got 2)");
        assertThatThrownBy(() -> records.set(5L, 0)).isInstanceOf(StructException.class)
                .hasMessage("memoryview: invalid value for format '<IHd' at index [0]: a record of format '<IHd'"
                        + " is written from an Object[] or a Tuple of 3 values (got Long)");
        assertThatThrownBy(() -> records.set(new Object[] {1, 2, 3.0}, 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 3 out of bounds for length 3 on dimension 1 of shape [3]");
        assertThat(HEX.formatHex(data)).isEqualTo(THREE);
    }

    @Test
    void slicingRecords() {
        byte[] data = HEX.parseHex(THREE);
        MemoryView records = MemoryView.of(data).cast("<IHd");
        MemoryView backwards = records.slice(Long.MAX_VALUE, Long.MIN_VALUE, -2);
        assertThat(backwards.shape()).containsExactly(2);
        assertThat(backwards.strides()).containsExactly(-28);
        assertThat((Object[]) backwards.get(0)).containsExactly(7L, 8L, Double.POSITIVE_INFINITY);
        assertThat((Object[]) backwards.get(1)).containsExactly(1L, 2L, 3.5);
        backwards.set(new Object[] {0, 0, 0}, 0);
        assertThat(HEX.formatHex(data, 28, 42)).isEqualTo("0000000000000000000000000000");
        assertThat(backwards.toBytes()).hasSize(28);
        assertThat(HEX.formatHex(backwards.toBytes(), 14, 28)).isEqualTo(THREE.substring(0, 28));
        // back to bytes: records -> B is allowed (one side is a byte format)
        assertThat(records.slice(1, 2).cast("B").toBytes()).hasSize(14);
    }

    @Test
    void nativeAlignmentInsideRecordsAndSingleValueFormats() {
        // calcsize('@bi') == 8: the int is aligned; pack('@bi', 1, 2) == 0100000002000000
        MemoryView v = MemoryView.of(HEX.parseHex("0100000002000000")).cast("bi");
        assertThat(v.itemSize()).isEqualTo(8);
        assertThat((Object[]) v.get(0)).containsExactly(1L, 2L);
        // A format that packs one value gives plain items: '<H' and '>H' read the same bytes differently.
        MemoryView bytes = MemoryView.of(HEX.parseHex("0102"));
        assertThat(bytes.cast("<H").get(0)).isEqualTo(0x0201L);
        assertThat(bytes.cast(">H").get(0)).isEqualTo(0x0102L);
        bytes.cast(">H").set(0xABCD, 0);
        assertThat(bytes.toBytes()).containsExactly(0xAB, 0xCD);
        assertThat(MemoryView.of(HEX.parseHex("6162636465666768")).cast("4s").toList())
                .satisfiesExactly(a -> assertThat((byte[]) a).containsExactly('a', 'b', 'c', 'd'),
                        b -> assertThat((byte[]) b).containsExactly('e', 'f', 'g', 'h'));
        // pack('<2h4s', -1, 2, b'ab') == ffff020061620000
        MemoryView mixed = MemoryView.of(new byte[8]).cast("<2h4s");
        mixed.set(new Object[] {-1, 2, new byte[] {'a', 'b'}}, 0);
        assertThat(HEX.formatHex(mixed.cast("B").toBytes())).isEqualTo("ffff020061620000");
    }

    @Test
    void recordViewsCompareByValue() {
        MemoryView a = MemoryView.of(HEX.parseHex(THREE)).cast("<IHd");
        MemoryView b = MemoryView.of(HEX.parseHex(THREE)).cast("<IHd");
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        // The same values in another layout are equal too: (I, H, d) big-endian.
        MemoryView big = MemoryView.of(Struct.of(">IHd").pack(1L, 2, 3.5)).cast(">IHd");
        assertThat(a.slice(0, 1)).isEqualTo(big);
        assertThat(a.slice(0, 1).hashCode()).isEqualTo(big.hashCode());
        b.set(new Object[] {1, 2, 3.25}, 0);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.count(new Object[] {7L, 8, Double.POSITIVE_INFINITY})).isEqualTo(1);
        assertThat(a.index(new Object[] {7L, 8, Double.POSITIVE_INFINITY})).isEqualTo(2);
        // a single-value record equals a native view of the same values
        assertThat(MemoryView.of(HEX.parseHex("01000000")).cast("<i"))
                .isEqualTo(MemoryView.of(HEX.parseHex("01000000")).cast("i"));
    }

    @Test
    void recordCastRules() {
        MemoryView bytes = MemoryView.of(new byte[28]);
        // N-D record views
        MemoryView grid = bytes.cast("<IHd", 2, 1);
        assertThat(grid.strides()).containsExactly(14, 14);
        grid.set(new Object[] {5, 6, 7.0}, 1, 0);
        assertThat((Object[]) bytes.cast("<IHd").get(1)).containsExactly(5L, 6L, 7.0);
        // two non-byte formats: a record view cannot be cast to another record or native format
        assertThatThrownBy(() -> bytes.cast("<IHd").cast("<HHd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("cannot cast between two non-byte formats (one side must be 'B', 'b' or 'c')");
        assertThatThrownBy(() -> bytes.cast("i").cast("<i")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bytes.cast("<IHdx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("length is not a multiple of itemsize (28 bytes, itemsize 15)");
        assertThatThrownBy(() -> bytes.cast("<I H d!")).isInstanceOf(StructException.class)
                .hasMessageContaining("bad char in struct format");
        assertThatThrownBy(() -> bytes.cast("0i")).isInstanceOf(StructException.class)
                .hasMessage("cannot use format '0i' for memoryview items: its item size is 0 bytes");
        // a record format of pad bytes only has no values: items are empty arrays
        assertThat((Object[]) MemoryView.of(new byte[4]).cast("2x").get(1)).isEmpty();
    }

    /** The examples of docs/memoryview.md, as written there. */
    @Test
    void documentationExamples() {
        byte[] data = new byte[16];
        MemoryView mv = MemoryView.of(data);
        MemoryView ints = mv.cast("i");
        ints.set(-1, 3);
        assertThat(HEX.formatHex(data, 12, 16)).isEqualTo("ffffffff");
        assertThat(ints.get(-1)).isEqualTo(-1L);
        MemoryView odd = mv.slice(1, 16, 2);
        assertThat(odd.shape()).containsExactly(8);
        assertThat(odd.strides()).containsExactly(2);
        MemoryView grid = mv.cast("B", 4, 4);
        assertThat(grid.get(3, 0)).isEqualTo(0xFFL);
        assertThat(mv.slice(12, 16).hex(':', 2)).isEqualTo("ffff:ffff");

        byte[] records42 = new byte[42];
        MemoryView records = MemoryView.of(records42).cast("<IHd");
        assertThat(records.shape()).containsExactly(3);
        assertThat(records.strides()).containsExactly(14);
        records.set(new Object[] {7, 2, 3.5}, 1);
        assertThat((Object[]) records.get(1)).containsExactly(7L, 2L, 3.5);
        assertThat(records.toList()).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOf(Tuple.class));
        assertThat(records.slice(Long.MAX_VALUE, Long.MIN_VALUE, -1).strides()).containsExactly(-14);
        assertThat(records.count(new Object[] {7, 2, 3.5})).isEqualTo(1);
        assertThat(MemoryView.of(records42).cast(">H").get(7)).isEqualTo(0x0700L);
        assertThat(records.cast("B").shape()).containsExactly(42);
        assertThat(records42.length).isEqualTo(42);
        assertThat(MemoryView.of(records42).cast("<IHd", 3, 1).shape()).containsExactly(3, 1);
    }
}
