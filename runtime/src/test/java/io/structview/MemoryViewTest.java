package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MemoryView behaviour beyond the shared vectors. Every expected value was printed by CPython 3.11.7 (the
 * comment above each test gives the Python expression) unless it is about a Java-only matter.
 */
class MemoryViewTest {
    private static final HexFormat HEX = HexFormat.of();

    private static MemoryView bytes(String hex) {
        return MemoryView.of(HEX.parseHex(hex));
    }

    private static MemoryView range(int n) {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
            a[i] = (byte) i;
        }
        return MemoryView.of(a);
    }

    // ----------------------------------------------------------------------------------------------- hex

    /** {@code memoryview(bytes(range(0x10, 0x1a))).hex(sep, bytes_per_sep)}. */
    @ParameterizedTest(name = "hex({0}, {1})")
    @CsvSource(delimiter = ';', value = {
        ":;1;10:11:12:13:14:15:16:17:18:19",
        ":;2;1011:1213:1415:1617:1819",
        ":;-2;1011:1213:1415:1617:1819",
        ":;3;10:111213:141516:171819",
        ":;-3;101112:131415:161718:19",
        ":;4;1011:12131415:16171819",
        ":;-4;10111213:14151617:1819",
        ":;9;10:111213141516171819",
        ":;-9;101112131415161718:19",
        ":;10;10111213141516171819",
        ":;-10;10111213141516171819",
        ":;0;10111213141516171819",
        ":;2147483647;10111213141516171819",
        ":;-2147483648;10111213141516171819",
        "' ';5;1011121314 1516171819",
        "-;-5;1011121314-1516171819",
    })
    void hexGrouping(char sep, int bytesPerSep, String expected) {
        MemoryView v = MemoryView.of(HEX.parseHex("10111213141516171819"));
        assertThat(v.hex(sep, bytesPerSep)).isEqualTo(expected);
    }

    @Test
    void hexEdgeCases() {
        MemoryView v = range(0x1a).slice(0x10, 0x1a);
        assertThat(v.hex()).isEqualTo("10111213141516171819");
        assertThat(v.hex(':')).isEqualTo("10:11:12:13:14:15:16:17:18:19");
        assertThat(bytes("ab").hex(':', 1)).isEqualTo("ab"); // one byte: no separator
        assertThat(v.slice(0, 10, 3).hex('.', 2)).isEqualTo("1013.1619"); // strided: C-order copy
        assertThat(v.slice(Long.MAX_VALUE, Long.MIN_VALUE, -1).hex()).isEqualTo("19181716151413121110");
        assertThat(v.cast("B", 2, 5).hex('|', -3)).isEqualTo("101112|131415|161718|19");
        assertThat(v.cast("h").hex('_', 2)).isEqualTo("1011_1213_1415_1617_1819"); // groups count bytes
        assertThat(bytes("").hex(':', 2)).isEmpty();
        assertThat(bytes("6162").hex('\u007f')).isEqualTo("61\u007f62");
        assertThat(bytes("6162").hex('\0')).isEqualTo("61\u000062");
        // memoryview(b'ab').hex('\x80') and memoryview(b'').hex('é'): ValueError: sep must be ASCII.
        assertThatThrownBy(() -> bytes("6162").hex('\u0080')).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sep must be ASCII, got '\u0080' (U+0080)");
        assertThatThrownBy(() -> bytes("").hex('é', 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sep must be ASCII");
    }

    // ------------------------------------------------------------------------------------------- set rules

    /** {@code m = memoryview(bytearray(8)).cast(fmt); m[0] = value; m[0]} or the error CPython raises. */
    @Test
    void setFollowsMemoryviewValueRules() {
        record Case(String format, Object value, Object stored, String error) {}
        List<Case> cases = List.of(
                new Case("B", true, 1L, null),
                new Case("B", 1.0, null, "memoryview: invalid type for format 'B'"),
                new Case("B", -1L, null, "memoryview: invalid value for format 'B'"),
                new Case("B", BigInteger.TWO.pow(70), null, "memoryview: invalid value for format 'B'"),
                new Case("b", 128, null, "memoryview: invalid value for format 'b'"),
                new Case("Q", -1L, -1L, null), // a Long is the 64-bit pattern, as get returns it
                new Case("Q", BigInteger.ONE.negate(), null, "memoryview: invalid value for format 'Q'"),
                new Case("Q", new BigInteger("18446744073709551615"), -1L, null),
                new Case("P", -1L, -1L, null), // reads back as 18446744073709551615
                new Case("P", BigInteger.TWO.pow(64), null, "memoryview: invalid value for format 'P'"),
                new Case("P", 1.5, null, "memoryview: invalid type for format 'P'"),
                new Case("c", HEX.parseHex("6162"), null, "memoryview: invalid value for format 'c'"),
                new Case("c", 1L, null, "memoryview: invalid type for format 'c'"),
                new Case("?", "x", true, null),
                new Case("?", null, false, null),
                new Case("?", 0.0, false, null),
                new Case("n", BigInteger.TWO.pow(63), null, "memoryview: invalid value for format 'n'"),
                // A Long is the unsigned 64-bit pattern (what get returns), so -1L stores 2**64-1;
                // a negative BigInteger is a magnitude and is refused, as CPython refuses -1.
                new Case("N", -1L, -1L, null),
                new Case("N", BigInteger.ONE.negate(), null, "memoryview: invalid value for format 'N'"),
                new Case("@L", new BigInteger("18446744073709551615"), -1L, null),
                new Case("f", 1e300, Float.POSITIVE_INFINITY, null), // native 'f' is a C cast
                new Case("f", BigInteger.TEN.pow(400), null, "memoryview: invalid value for format 'f'"),
                new Case("f", true, 1.0f, null),
                new Case("f", 3L, 3.0f, null),
                new Case("f", "1.0", null, "memoryview: invalid type for format 'f'"),
                new Case("d", BigInteger.TWO.pow(1024), null, "memoryview: invalid value for format 'd'"),
                new Case("d", -0.0, -0.0, null),
                new Case("e", 65504.0, 65504.0f, null),
                new Case("e", 65520.0, null, "memoryview: invalid value for format 'e'"));
        for (Case c : cases) {
            MemoryView m = MemoryView.of(new byte[8]).cast(c.format);
            String where = c.format + " <- " + c.value;
            if (c.error == null) {
                m.set(c.value, 0);
                assertThat(m.get(0)).as(where).isEqualTo(c.stored);
            } else {
                assertThatThrownBy(() -> m.set(c.value, 0)).as(where).isInstanceOf(StructException.class)
                        .hasMessageStartingWith(c.error + " at index [0]: ");
                assertThat(m.cast("B").toBytes()).as(where + " writes nothing").containsOnly(0);
            }
        }
    }

    @Test
    void setMessagesSayWhatAndWhere() {
        MemoryView m = MemoryView.of(new byte[8]).cast("@H");
        assertThatThrownBy(() -> m.set(70000, -1)).isInstanceOf(StructException.class)
                .hasMessage("memoryview: invalid value for format 'H' at index [-1]: 'H' format requires"
                        + " 0 <= number <= 65535 (got 70000)");
        assertThatThrownBy(() -> m.set(1, 4)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 4 out of bounds for length 4 on dimension 1 of shape [4]");
        assertThatThrownBy(() -> m.get(-5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index -5 out of bounds for length 4 on dimension 1 of shape [4]");
        assertThatThrownBy(() -> m.get(Long.MIN_VALUE)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> m.get(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot index 1-dimension view (shape [4]) with 2 indices");
        assertThatThrownBy(() -> m.get()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sub-views are not implemented: a 1-dimension view (shape [4]) needs 1 indices, got 0");
    }

    // ------------------------------------------------------------------------------------------ read-only

    @Test
    void readOnlyViewsRefuseEveryWrite() {
        byte[] a = {1, 2, 3, 4};
        MemoryView ro = MemoryView.of(a).toReadOnly();
        MemoryView writable = MemoryView.of(new byte[4]);
        assertThat(ro.readOnly()).isTrue();
        // m[9] = 1 on a read-only view: TypeError: cannot modify read-only memory, before the index is checked.
        assertThatThrownBy(() -> ro.set(1, 9)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("cannot set an item: cannot modify read-only memory");
        assertThatThrownBy(() -> ro.setSlice(0, 4, 1, writable)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("cannot assign a slice: cannot modify read-only memory");
        assertThat(ro.segment().isReadOnly()).isTrue();
        // Read-only propagates through every derived view.
        for (MemoryView d : List.of(ro.cast("i"), ro.slice(0, 4, 2), ro.cast("B", 2, 2), ro.cast("<HH"),
                ro.toReadOnly())) {
            assertThat(d.readOnly()).as(d.toString()).isTrue();
            assertThatThrownBy(() -> d.set(d.get(new long[d.ndim()]), new long[d.ndim()]))
                    .as(d.toString()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(a).containsExactly(1, 2, 3, 4);
        // The source view stays writable.
        MemoryView w = MemoryView.of(a);
        w.toReadOnly();
        w.set(9, 0);
        assertThat(a[0]).isEqualTo((byte) 9);
    }

    // ------------------------------------------------------------------------------------ use after release

    @Test
    void everyUseAfterReleaseThrows() {
        MemoryView v = range(8);
        MemoryView derived = v.cast("h");
        MemoryView other = range(4);
        v.release();
        Map<String, ThrowingCallable> uses = new java.util.LinkedHashMap<>();
        uses.put("format", v::format);
        uses.put("itemSize", v::itemSize);
        uses.put("nbytes", v::nbytes);
        uses.put("ndim", v::ndim);
        uses.put("shape", v::shape);
        uses.put("strides", v::strides);
        uses.put("readOnly", v::readOnly);
        uses.put("cContiguous", v::cContiguous);
        uses.put("fContiguous", v::fContiguous);
        uses.put("contiguous", v::contiguous);
        uses.put("segment", v::segment);
        uses.put("cast", () -> v.cast("B"));
        uses.put("castShape", () -> v.cast("B", 2, 4));
        uses.put("slice", () -> v.slice(0, 1, 1));
        uses.put("slice2", () -> v.slice(0, 1));
        uses.put("get", () -> v.get(0));
        uses.put("set", () -> v.set(1, 0));
        uses.put("setSlice", () -> v.setSlice(0, 4, 1, other));
        uses.put("setSliceFromReleased", () -> other.setSlice(0, 4, 1, v));
        uses.put("toList", v::toList);
        uses.put("toBytes", v::toBytes);
        uses.put("hex", () -> v.hex());
        uses.put("hexSep", () -> v.hex(':'));
        uses.put("hexGroups", () -> v.hex(':', 2));
        uses.put("toReadOnly", v::toReadOnly);
        uses.put("count", () -> v.count(1));
        uses.put("index", () -> v.index(1));
        uses.put("index3", () -> v.index(1, 0, 1));
        uses.put("iterator", v::iterator);
        uses.put("stream", v::stream);
        uses.put("forEach", () -> v.forEach(x -> { }));
        for (Map.Entry<String, ThrowingCallable> e : uses.entrySet()) {
            assertThatThrownBy(e.getValue()).as(e.getKey()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("operation forbidden on released memoryview object");
        }
        assertThatThrownBy(v::format).hasMessage("cannot read format: operation forbidden on released memoryview"
                + " object");
        // Still allowed, as in CPython: release again, equality (by identity), and Java's toString and hashCode.
        v.release();
        v.close();
        assertThat(v.equals(v)).isTrue();
        assertThat(v.equals(range(8))).isFalse();
        assertThat(range(8).equals(v)).isFalse();
        assertThat(v.hashCode()).isEqualTo(System.identityHashCode(v));
        assertThat(v.toString()).isEqualTo("MemoryView[released]");
        // Views derived before the release are not released (CPython: they hold the buffer, not the view).
        assertThat(derived.toList()).containsExactly(0x100L, 0x302L, 0x504L, 0x706L);
    }

    @Test
    void iteratorStopsAfterRelease() {
        MemoryView v = range(3);
        var it = v.iterator();
        assertThat(it.next()).isEqualTo(0L);
        var spliterator = v.spliterator();
        var stream = range(3).stream();
        v.release();
        // Issue 11: hasNext() said true after the release, and a stream made before it still counted.
        assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot iterate: operation forbidden on released memoryview object");
        assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(spliterator::estimateSize).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> spliterator.tryAdvance(x -> {})).isInstanceOf(IllegalStateException.class);
        assertThat(stream.count()).isEqualTo(3); // its own view is not released
    }

    @Test
    void streamMadeBeforeReleaseFailsAfterIt() {
        MemoryView v = range(4);
        var counted = v.stream();
        var summed = v.stream();
        var forEach = v.stream();
        v.release();
        assertThatThrownBy(counted::count).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> summed.mapToLong(x -> (Long) x).sum()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> forEach.forEach(x -> {})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parallelStreamSplitsAndSeesEveryItem() {
        MemoryView v = range(1000);
        long expected = java.util.stream.IntStream.range(0, 1000).map(i -> i & 0xff).sum(); // bytes 'B' wrap at 256
        assertThat(v.stream().parallel().mapToLong(x -> (Long) x).sum()).isEqualTo(expected);
        assertThat(v.spliterator().trySplit().estimateSize()).isEqualTo(500);
    }

    @Test
    void aViewIsNotAnItem() {
        MemoryView v = range(4);
        // dst.set(src, 0) used to resolve to set(Object, long...): the slip of a slice assignment.
        assertThatThrownBy(() -> v.set(range(4), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a view is not an item: to copy a view's items into a slice use"
                        + " setSlice(start, stop, step, source)");
        assertThatThrownBy(() -> v.cast("?").set(range(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------- equality

    @Test
    void equalityComparesValuesAsCPython() {
        // memoryview(b'\xff'*8).cast('Q') == memoryview(b'\xff'*8).cast('q') -> False
        assertThat(bytes("ffffffffffffffff").cast("Q")).isNotEqualTo(bytes("ffffffffffffffff").cast("q"));
        // '?' vs 'B' over 01 -> True
        assertThat(bytes("01").cast("?")).isEqualTo(bytes("01"));
        // 'c' vs 'B' -> False unless empty
        assertThat(bytes("61").cast("c")).isNotEqualTo(bytes("61"));
        assertThat(bytes("").cast("c")).isEqualTo(bytes(""));
        // a view holding NaN is not equal to itself
        MemoryView nan = bytes("0000c07f").cast("f");
        assertThat(nan.equals(nan)).isFalse();
        // 0.0 == -0.0, also within one format: memoryview(b'\0'*8).cast('d') == memoryview(b'\0'*7+b'\x80')...
        assertThat(bytes("0000000000000000").cast("d")).isEqualTo(bytes("0000000000000080").cast("d"));
        // 0.0 (d) == 0 (q);  1.0 (f) == 1 (i)
        assertThat(bytes("0000000000000000").cast("d")).isEqualTo(bytes("0000000000000000").cast("q"));
        assertThat(bytes("0000803f").cast("f")).isEqualTo(bytes("01000000").cast("i"));
        // 2**63 (Q) == 2.0**63 (d) -> True; but -2**63 (q) is not 2.0**63
        assertThat(bytes("0000000000000080").cast("Q")).isEqualTo(bytes("000000000000e043").cast("d"));
        assertThat(bytes("0000000000000080").cast("q")).isNotEqualTo(bytes("000000000000e043").cast("d"));
        // memoryview(b'\xff'*8).cast('Q') == ...cast('d') (a NaN) -> False
        assertThat(bytes("ffffffffffffffff").cast("Q")).isNotEqualTo(bytes("ffffffffffffffff").cast("d"));
        // '?' over 02 01 vs '?' over 01 01 -> False (raw bytes), but vs 'B' over 01 01 -> True (values)
        MemoryView twoOne = bytes("0201").cast("?");
        assertThat(twoOne.toList()).containsExactly(true, true);
        assertThat(twoOne).isNotEqualTo(bytes("0101").cast("?"));
        assertThat(twoOne).isEqualTo(bytes("0101"));
        // shapes must match; strides and formats need not
        assertThat(range(6).slice(0, 6, 2)).isEqualTo(bytes("000204"));
        assertThat(range(4)).isNotEqualTo(range(4).cast("B", 2, 2));
        assertThat(range(4).cast("B", 2, 2)).isEqualTo(range(4).cast("B", 2, 2).cast("B").cast("B", 2, 2));
        // (0, 4) == (0, 4)-shaped, and CPython compares shapes only up to the first 0
        assertThat(range(12).cast("B", 3, 4).slice(0, 0)).isEqualTo(range(8).cast("B", 2, 4).slice(0, 0));
        assertThat(range(12).cast("B", 3, 4).slice(0, 0)).isEqualTo(range(6).cast("B", 2, 3).slice(0, 0));
        assertThat(range(4)).isNotEqualTo(HEX.parseHex("00010203")); // not a MemoryView
    }

    @Test
    void hashIsConsistentWithEquality() {
        // hash(memoryview(b'ab')) == hash(b'ab') in CPython; in Java equal views hash alike, across formats too.
        MemoryView ab = bytes("6162").toReadOnly();
        assertThat(ab.hashCode()).isEqualTo(bytes("6162").toReadOnly().hashCode());
        assertThat(ab.hashCode()).isEqualTo(bytes("00616200").slice(1, 3).hashCode());
        List<MemoryView[]> pairs = List.of(
                new MemoryView[] {bytes("01").cast("?"), bytes("01")},
                new MemoryView[] {bytes("0000803f").cast("f"), bytes("01000000").cast("i")},
                new MemoryView[] {bytes("0000000000000080").cast("Q"), bytes("000000000000e043").cast("d")},
                new MemoryView[] {bytes("0000000000000000").cast("d"), bytes("0000000000000080").cast("d")},
                new MemoryView[] {bytes("0102").cast("<H"), bytes("0201").cast(">H")},
                new MemoryView[] {range(12).cast("B", 3, 4).slice(0, 0), range(6).cast("B", 2, 3).slice(0, 0)});
        for (MemoryView[] p : pairs) {
            assertThat(p[0]).isEqualTo(p[1]);
            assertThat(p[0].hashCode()).as(p[0] + " vs " + p[1]).isEqualTo(p[1].hashCode());
        }
        assertThat(bytes("0102").hashCode()).isNotEqualTo(bytes("0201").hashCode());
    }

    // ------------------------------------------------------------------------------------------------ N-D

    @Test
    void multiDimensionalViews() {
        MemoryView m = range(12).cast("B", 3, 4);
        assertThat(m.strides()).containsExactly(4, 1);
        assertThat(m.get(2, -1)).isEqualTo(11L);
        // m[1] -> NotImplementedError: multi-dimensional sub-views are not implemented
        assertThatThrownBy(() -> m.get(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sub-views are not implemented");
        // m[1,2,3] -> TypeError: cannot index 2-dimension view with 3-element tuple
        assertThatThrownBy(() -> m.get(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot index 2-dimension view");
        // m[5,0] -> IndexError on dimension 1; m[0,-5] -> on dimension 2
        assertThatThrownBy(() -> m.get(5, 0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("on dimension 1");
        assertThatThrownBy(() -> m.get(0, -5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("on dimension 2");
        // Slicing works on the first dimension: m[1:].tolist(), m[::2].tolist(), strides, flags and tobytes.
        assertThat(m.slice(1, Long.MAX_VALUE).toList()).isEqualTo(
                List.of(List.of(4L, 5L, 6L, 7L), List.of(8L, 9L, 10L, 11L)));
        MemoryView even = m.slice(0, Long.MAX_VALUE, 2);
        assertThat(even.toList()).isEqualTo(List.of(List.of(0L, 1L, 2L, 3L), List.of(8L, 9L, 10L, 11L)));
        assertThat(even.strides()).containsExactly(8, 1);
        assertThat(even.cContiguous()).isFalse();
        assertThat(even.fContiguous()).isFalse();
        assertThat(even.toBytes()).containsExactly(0, 1, 2, 3, 8, 9, 10, 11);
        assertThat(even.hex()).isEqualTo("0001020308090a0b");
        assertThat(m.slice(Long.MAX_VALUE, Long.MIN_VALUE, -1).strides()).containsExactly(-4, 1);
        assertThat(m.slice(Long.MAX_VALUE, Long.MIN_VALUE, -1).cContiguous()).isFalse();
        // memoryview(...).cast('B',[3,4])[::2].cast('B') -> TypeError: casts are restricted to C-contiguous views
        assertThatThrownBy(() -> even.cast("B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot cast view of format 'B' and shape [2, 4] to 'B': casts are restricted to"
                        + " C-contiguous views (strides [8, 1])");
        // m[:1]: shape (1, 4), strides (4, 1), both contiguous; m[0:0]: shape (0, 4), contiguous
        MemoryView first = m.slice(0, 1);
        assertThat(first.shape()).containsExactly(1, 4);
        assertThat(first.cContiguous()).isTrue();
        assertThat(first.fContiguous()).isTrue();
        assertThat(m.slice(0, 0).cContiguous()).isTrue();
        // cast('B', [1, 12]) and [12, 1] are both Fortran-contiguous too
        assertThat(range(12).cast("B", 1, 12).fContiguous()).isTrue();
        assertThat(range(12).cast("B", 12, 1).fContiguous()).isTrue();
        assertThat(range(12).cast("B", 3, 4).fContiguous()).isFalse();
        // set on N-D, and iteration yields rows (an extension: CPython refuses to iterate N-D views)
        m.set(99, 1, 1);
        assertThat(m.cast("B").get(5)).isEqualTo(99L);
        List<Object> rows = new ArrayList<>();
        m.forEach(rows::add);
        assertThat(rows).isEqualTo(m.toList());
        assertThat(m.stream().count()).isEqualTo(3);
    }

    @Test
    void castRules() {
        // memoryview(b'').cast('B',[0]) and memoryview(b'').cast('B', [1]): zeros in shape
        assertThatThrownBy(() -> bytes("").cast("B", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("cannot cast view with zeros in shape or strides");
        // memoryview(b'ab').cast('B',[0]) and [-1, 2]: elements of shape must be integers > 0
        assertThatThrownBy(() -> bytes("6162").cast("B", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("elements of shape must be integers > 0");
        assertThatThrownBy(() -> bytes("6162").cast("B", -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("elements of shape must be integers > 0");
        assertThatThrownBy(() -> bytes("6162").cast("B", 1L << 62, 1L << 62))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows");
        assertThatThrownBy(() -> bytes("6162").cast("B", new long[65])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("number of dimensions must not exceed 64");
        long[] ones = new long[64];
        java.util.Arrays.fill(ones, 1);
        assertThatThrownBy(() -> bytes("6162").cast("B", ones)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("product(shape) * itemsize != buffer size (1 != 2)");
        // ND -> 1-D only: memoryview(b'abcd').cast('B',[2,2]).cast('h').shape -> (2,)
        assertThat(bytes("61626364").cast("B", 2, 2).cast("h").shape()).containsExactly(2);
        assertThatThrownBy(() -> bytes("61626364").cast("B", 2, 2).cast("B", 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("cast must be 1D -> ND or ND -> 1D");
        // cast('i').cast('i'): two non-byte formats
        assertThatThrownBy(() -> bytes("00000000").cast("i").cast("i")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot cast view of format 'i' and shape [1] to 'i': cannot cast between two non-byte"
                        + " formats (one side must be 'B', 'b' or 'c')");
        assertThatThrownBy(() -> bytes("616263").cast("h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("length is not a multiple of itemsize (3 bytes, itemsize 2)");
        // cast('@i') keeps its '@'; reading works as for 'i'
        MemoryView at = bytes("01000000").cast("@i");
        assertThat(at.format()).isEqualTo("@i");
        assertThat(at.get(0)).isEqualTo(1L);
        // memoryview(b'abc')[::-1][:1].cast('B').tobytes() -> b'c';  [2:1].cast('B').shape -> (0,)
        assertThat(bytes("616263").slice(Long.MAX_VALUE, Long.MIN_VALUE, -1).slice(0, 1).cast("B").toBytes())
                .containsExactly('c');
        assertThat(bytes("616263").slice(2, 1).cast("B").shape()).containsExactly(0);
        // invalid formats and formats of size 0 are the parser's StructException
        for (String f : new String[] {"", "@", "Z", "i0", "@@B", "é", "0i", "<<i"}) {
            assertThatThrownBy(() -> range(8).cast(f)).as(f).isInstanceOf(StructException.class);
        }
        assertThatThrownBy(() -> range(8).cast("")).hasMessage("cannot use format '' for memoryview items: its item"
                + " size is 0 bytes");
    }

    @Test
    void zeroDimensionalViews() {
        // d = memoryview(b'\x05').cast('B', []): shape (), strides (), ndim 0, d[()] == 5, contiguous, nbytes 1
        MemoryView d = bytes("05").cast("B", new long[0]);
        assertThat(d.shape()).isEmpty();
        assertThat(d.strides()).isEmpty();
        assertThat(d.ndim()).isZero();
        assertThat(d.get()).isEqualTo(5L);
        assertThat(d.nbytes()).isEqualTo(1);
        assertThat(d.cContiguous()).isTrue();
        assertThat(d.fContiguous()).isTrue();
        assertThat(d.hex()).isEqualTo("05");
        assertThat(d).isEqualTo(bytes("05").cast("B", new long[0]));
        assertThat(d.cast("B").toList()).containsExactly(5L); // d.cast('B').tolist() -> [5]
        // d[0] and iter(d): TypeError: invalid indexing of 0-dim memory
        assertThatThrownBy(() -> d.get(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid indexing of 0-dim memory");
        assertThatThrownBy(d::iterator).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.slice(0, 1)).isInstanceOf(UnsupportedOperationException.class);
        // d.tolist() is 5 in CPython; a List<Object> cannot be a scalar, so Java points to get()
        assertThatThrownBy(d::toList).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("toList of a 0-dimension view: use get() for its one item");
        d.set(7);
        assertThat(d.toBytes()).containsExactly(7);
        // memoryview(b'\x05\x06').cast('B',[]) -> product(shape) * itemsize != buffer size
        assertThatThrownBy(() -> bytes("0506").cast("B", new long[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("product(shape) * itemsize != buffer size (1 != 2)");
    }

    // ------------------------------------------------------------------------------------ slice assignment

    @Test
    void sliceAssignment() {
        // m[0:4] = m[4:8] over bytearray(range(8)) -> 0405060704050607
        assertSliceAssign(m -> m.setSlice(0, 4, 1, m.slice(4, 8)), "0405060704050607");
        // m[1:8] = m[0:7] (overlapping) -> 0000010203040506
        assertSliceAssign(m -> m.setSlice(1, 8, 1, m.slice(0, 7)), "0000010203040506");
        // m[::-1] = m -> 0706050403020100
        assertSliceAssign(m -> m.setSlice(Long.MAX_VALUE, Long.MIN_VALUE, -1, m), "0706050403020100");
        // m[::2] = m[1::2] -> 0101030305050707
        assertSliceAssign(m -> m.setSlice(0, 8, 2, m.slice(1, 8, 2)), "0101030305050707");
        // m.cast('h')[0:2] = m[0:4].cast('@h') -> unchanged ('@h' is equivalent to 'h')
        assertSliceAssign(m -> m.cast("h").setSlice(0, 2, 1, m.slice(0, 4).cast("@h")), "0001020304050607");
        // m[0:0] = memoryview(b'') -> unchanged
        assertSliceAssign(m -> m.setSlice(0, 0, 1, bytes("")), "0001020304050607");
        // A read-only source is fine.
        assertSliceAssign(m -> m.setSlice(6, 8, 1, bytes("aabb").toReadOnly()), "000102030405aabb");
        // records copy as records
        assertSliceAssign(m -> m.cast("<HH").setSlice(0, 1, 1, m.cast("<HH").slice(1, 2)), "0405060704050607");

        MemoryView m = range(8);
        // m[0:4] = m[4:7]: lvalue and rvalue have different structures
        assertThatThrownBy(() -> m.setSlice(0, 4, 1, m.slice(4, 7))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memoryview assignment: lvalue and rvalue have different structures: slice [0:4:1] has"
                        + " format 'B' and shape [4], the source has format 'B' and shape [3]");
        // m[0:2] = m[0:4].cast('h'): different formats
        assertThatThrownBy(() -> m.setSlice(0, 2, 1, m.slice(0, 4).cast("h")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("memoryview assignment");
        // m.cast('B',[2,4])[0:1] = ...: restricted to ndim = 1
        assertThatThrownBy(() -> m.cast("B", 2, 4).setSlice(0, 1, 1, m.slice(0, 4)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("slice assignment needs a 1-dimension view");
        // m[0:0:0] = memoryview(b''): slice step cannot be zero
        assertThatThrownBy(() -> m.setSlice(0, 0, 0, bytes(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slice step cannot be zero");
    }

    @Test
    void largeStridedSliceAssignmentUsesOffHeapScratch() {
        int n = 3 << 20; // more than the heap scratch limit, strided on both sides
        MemoryView big = MemoryView.allocate(2L * n);
        MemoryView evens = big.slice(0, 2L * n, 2);
        MemoryView odds = big.slice(1, 2L * n, 2);
        for (int i = 0; i < n; i += 4099) {
            odds.set(i % 251, i);
        }
        evens.setSlice(0, n, 1, odds);
        for (int i = 0; i < n; i += 4099) {
            assertThat(evens.get(i)).isEqualTo((long) (i % 251));
        }
    }

    private static void assertSliceAssign(Consumer<MemoryView> assignment, String expected) {
        byte[] a = HEX.parseHex("0001020304050607");
        assignment.accept(MemoryView.of(a));
        assertThat(HEX.formatHex(a)).isEqualTo(expected);
    }

    // -------------------------------------------------------------------------------------- count, index

    @Test
    void countAndIndex() {
        // l = [1, 2, 3, 1, 2, 3, 1]: l.count(1) == 3, l.index(3) == 2, l.index(1, 1) == 3, l.index(1, -3) == 6,
        // l.index(1, -100, 100) == 0; l.index(9), l.index(3, 3, 5) and l.index(3, 0, -5) raise ValueError
        MemoryView m = bytes("01020301020301");
        assertThat(m.count(1)).isEqualTo(3);
        assertThat(m.count(1.0)).isEqualTo(3);
        assertThat(m.count(true)).isEqualTo(3);
        assertThat(m.count(BigInteger.ONE)).isEqualTo(3);
        assertThat(m.index(3L)).isEqualTo(2);
        assertThat(m.index(1, 1, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(m.index(1, -3, Long.MAX_VALUE)).isEqualTo(6);
        assertThat(m.index(1, -100, 100)).isZero();
        assertThatThrownBy(() -> m.index(9)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("memoryview.index(x): x not found: no item of format 'B' in [0, 7) equals 9");
        assertThatThrownBy(() -> m.index(3, 3, 5)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> m.index(3, 0, -5)).isInstanceOf(NoSuchElementException.class);
        // [1.0, 0.0, nan, 1.0]: count(1) == count(1.0) == count(True) == 2, count(nan) == 0
        MemoryView f = bytes("0000803f000000000000c07f0000803f").cast("f");
        assertThat(f.count(1)).isEqualTo(2);
        assertThat(f.count(1.0f)).isEqualTo(2);
        assertThat(f.count(true)).isEqualTo(2);
        assertThat(f.count(Double.NaN)).isZero();
        // bytes items ('c') equal bytes, never ints; Q items are unsigned: a Long is the bit pattern, as get
        // returns it, and a BigInteger the magnitude, so -1L and 2**64-1 are there but BigInteger -1 is not
        assertThat(bytes("616261").cast("c").count(new byte[] {'a'})).isEqualTo(2);
        assertThat(bytes("616261").cast("c").count(0x61)).isZero();
        MemoryView q = bytes("ffffffffffffffff").cast("Q");
        assertThat(q.count(-1L)).isEqualTo(1);
        assertThat(q.count(BigInteger.ONE.negate())).isZero();
        assertThat(q.index(new BigInteger("18446744073709551615"))).isZero();
        assertThatThrownBy(() -> range(4).cast("B", 2, 2).count(1)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("count needs a 1-dimension view, this one has 2 dimensions (shape [2, 2])");
    }

    // ------------------------------------------------------------------------------------ misc and lists

    @Test
    void listsAndIteration() {
        MemoryView c = bytes("616263").cast("c");
        // memoryview(b'abc').cast('c').tolist() -> [b'a', b'b', b'c']
        assertThat(c.toList()).hasSize(3).allSatisfy(x -> assertThat(x).isInstanceOf(byte[].class));
        assertThat((byte[]) c.toList().get(2)).containsExactly('c');
        assertThatThrownBy(() -> c.toList().add(1)).isInstanceOf(UnsupportedOperationException.class);
        List<Object> seen = new ArrayList<>();
        for (Object x : range(4).slice(Long.MAX_VALUE, Long.MIN_VALUE, -1)) {
            seen.add(x);
        }
        assertThat(seen).containsExactly(3L, 2L, 1L, 0L);
        assertThat(range(5).stream().mapToLong(x -> (Long) x).sum()).isEqualTo(10);
        assertThat(range(5).spliterator().getExactSizeIfKnown()).isEqualTo(5);
        var it = range(1).iterator();
        it.next();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(range(4).cast("h").toString())
                .isEqualTo("MemoryView[format=h, shape=[2], strides=[2], readOnly=false]");
        assertThatThrownBy(() -> range(4).slice(0, 4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slice step cannot be zero");
    }

    @Test
    void allNativeFormatsReadAsTheContractSays() {
        MemoryView m = bytes("ffffffffffffffff");
        assertThat(m.cast("b").get(0)).isEqualTo(-1L);
        assertThat(m.cast("B").get(0)).isEqualTo(255L);
        assertThat(m.cast("h").get(0)).isEqualTo(-1L);
        assertThat(m.cast("H").get(0)).isEqualTo(65535L);
        assertThat(m.cast("i").get(0)).isEqualTo(-1L);
        assertThat(m.cast("I").get(0)).isEqualTo(4294967295L);
        for (String f : new String[] {"l", "L", "q", "Q", "n", "N", "P"}) {
            assertThat(m.cast(f).itemSize()).as(f).isEqualTo(8);
            assertThat(m.cast(f).get(0)).as(f).isEqualTo(-1L);
        }
        assertThat(m.cast("?").get(0)).isEqualTo(true);
        assertThat(m.cast("c").get(0)).isEqualTo(new byte[] {-1});
        assertThat(m.cast("e").get(0)).isInstanceOf(Float.class);
        assertThat(m.cast("f").get(0)).isInstanceOf(Float.class);
        assertThat(m.cast("d").get(0)).isInstanceOf(Double.class);
    }

    @Test
    void searchFindsUnsigned64ItemsByTheValueGetReturns() {
        MemoryView q = MemoryView.of(HEX.parseHex("ffffffffffffffff0100000000000000")).cast("Q");
        assertThat(q.get(0)).isEqualTo(-1L);
        assertThat(q.index(q.get(0))).isEqualTo(0);
        assertThat(q.count(-1L)).isEqualTo(1);
        assertThat(q.count(new BigInteger("18446744073709551615"))).isEqualTo(1);
        assertThat(q.count(1L)).isEqualTo(1);
    }
}
