package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Fuzzes {@link MemoryView} with sequences of operations (cast, slice, get, set, slice assignment, copies,
 * search, release, closing the arena) over random data from every kind of source.
 *
 * <p>The oracle is a model of each view's geometry (first byte, shape, strides, item size, read-only, released),
 * kept by Python's slicing and casting rules: every item the view reads must be what {@link Struct} unpacks at the
 * model's offset in the source; every write must change exactly the item's bytes (as {@link Struct#pack} encodes
 * the value) or nothing; a released view or closed arena must throw {@link IllegalStateException} on every
 * operation. Exceptions other than the documented ones ({@link IllegalStateException},
 * {@link UnsupportedOperationException}, {@link IndexOutOfBoundsException}, {@link IllegalArgumentException}
 * including {@link StructException}, {@link NoSuchElementException}) are findings.
 *
 * <p>Input (see {@link FuzzInput}): source kind, data length and data, then operations until the input ends.
 * Regression inputs: {@code src/test/resources/io/structview/MemoryViewFuzzTestInputs/ops/}.
 */
class MemoryViewFuzzTest {
    private static final String[] FORMATS = {
        "B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "P", "@B", "@i",
        "<IHd", "2h", "<I", "8s", "3x", "0s", "x", ">q", "bi", "3p", "<e?", "=l", "!", "iy", "",
    };
    private static final int MAX_OPS = 40;

    /** The model of one view: where its items are in the source, and its state. */
    static final class Model {
        final MemoryView view;
        final String format;
        final long itemSize;
        final long start;
        final long[] shape;
        final long[] strides;
        final boolean readOnly;
        boolean released;

        Model(MemoryView view, String format, long itemSize, long start, long[] shape, long[] strides,
                boolean readOnly) {
            this.view = view;
            this.format = format;
            this.itemSize = itemSize;
            this.start = start;
            this.shape = shape;
            this.strides = strides;
            this.readOnly = readOnly;
        }

        long items() {
            long n = 1;
            for (long s : shape) {
                n *= s;
            }
            return n;
        }

        long offset(long[] index) {
            long at = start;
            for (int d = 0; d < shape.length; d++) {
                long j = index[d] < 0 ? index[d] + shape[d] : index[d];
                at += j * strides[d];
            }
            return at;
        }

        boolean inBounds(long[] index) {
            for (int d = 0; d < shape.length; d++) {
                long j = index[d] < 0 ? index[d] + shape[d] : index[d];
                if (j < 0 || j >= shape[d]) {
                    return false;
                }
            }
            return true;
        }

        /** Indices of every item in C order. */
        List<long[]> allIndices() {
            List<long[]> out = new ArrayList<>();
            if (items() == 0) {
                return out;
            }
            long[] idx = new long[shape.length];
            while (true) {
                out.add(idx.clone());
                int d = shape.length - 1;
                while (d >= 0 && ++idx[d] == shape[d]) {
                    idx[d] = 0;
                    d--;
                }
                if (d < 0) {
                    return out;
                }
            }
        }
    }

    private MemorySegment backing;
    private Arena arena;
    private boolean closed;
    private final List<Model> views = new ArrayList<>();

    @FuzzTest(maxDuration = "10m")
    void ops(byte[] input) {
        FuzzInput in = new FuzzInput(input);
        views.clear();
        closed = false;
        arena = null;
        try {
            makeRoot(in);
            for (int op = 0; op < MAX_OPS && !in.exhausted(); op++) {
                step(in);
            }
            for (Model m : views) {
                checkAll(m);
            }
        } finally {
            if (arena != null && !closed) {
                arena.close();
            }
        }
    }

    private void makeRoot(FuzzInput in) {
        int kind = in.u8() % 7;
        int length = in.u8();
        byte[] data = Arrays.copyOf(in.bytes(length), length);
        MemoryView v;
        long start = 0;
        boolean readOnly = false;
        switch (kind) {
            case 0 -> {
                v = MemoryView.of(data);
                backing = MemorySegment.ofArray(data);
            }
            case 1 -> {
                int off = length == 0 ? 0 : in.u8() % (length + 1);
                int len = length - off == 0 ? 0 : in.u8() % (length - off + 1);
                v = MemoryView.of(data, off, len);
                backing = MemorySegment.ofArray(data).asSlice(off, len);
            }
            case 2 -> {
                ByteBuffer bb = ByteBuffer.wrap(data);
                v = MemoryView.of(bb);
                backing = MemorySegment.ofArray(data);
            }
            case 3 -> {
                v = MemoryView.of(ByteBuffer.wrap(data).asReadOnlyBuffer());
                backing = MemorySegment.ofArray(data);
                readOnly = true;
            }
            case 4 -> {
                ByteBuffer bb = ByteBuffer.allocateDirect(length);
                bb.put(data).flip();
                v = MemoryView.of(bb);
                backing = MemorySegment.ofBuffer(bb);
            }
            case 5 -> {
                arena = Arena.ofConfined();
                backing = arena.allocate(Math.max(length, 1)).asSlice(0, length);
                MemorySegment.copy(data, 0, backing, ValueLayout.JAVA_BYTE, 0, length);
                v = MemoryView.of(backing);
            }
            default -> {
                arena = Arena.ofConfined();
                MemorySegment seg = arena.allocate(Math.max(length, 1)).asSlice(0, length);
                MemorySegment.copy(data, 0, seg, ValueLayout.JAVA_BYTE, 0, length);
                backing = seg;
                v = MemoryView.of(seg.asReadOnly());
                readOnly = true;
            }
        }
        Model m = new Model(v, "B", 1, start, new long[] {backing.byteSize()}, new long[] {1}, readOnly);
        checkGeometry(m);
        views.add(m);
    }

    private long number(FuzzInput in) {
        int b = in.i8();
        return b == -128 ? in.i64() : b;
    }

    private void step(FuzzInput in) {
        int op = in.u8() % 13;
        Model m = views.get(in.u8() % views.size());
        boolean dead = m.released || closed;
        try {
            switch (op) {
                case 0, 1 -> cast(in, m, op == 1);
                case 2 -> slice(in, m);
                case 3 -> get(in, m);
                case 4 -> set(in, m);
                case 5 -> sliceAssign(in, m, views.get(in.u8() % views.size()));
                case 6 -> copies(in, m);
                case 7 -> readOnly(m);
                case 8 -> search(in, m);
                case 9 -> equality(m, views.get(in.u8() % views.size()));
                case 10 -> {
                    m.view.release();
                    m.released = true;
                    dead = false; // release is allowed on a released view
                }
                case 11 -> {
                    if (arena != null && !closed && in.u8() % 4 == 0) {
                        arena.close();
                        closed = true;
                    }
                    dead = false;
                }
                default -> checkAll(m);
            }
            if (dead && op != 9 && op != 12) {
                fail("operation " + op + " on a released view or closed memory did not throw");
            }
        } catch (IllegalStateException e) {
            if (!dead) {
                if (e.getMessage() != null && e.getMessage().startsWith("segment() needs a contiguous view")) {
                    return;
                }
                throw e;
            }
        } catch (UnsupportedOperationException | IndexOutOfBoundsException | IllegalArgumentException
                | NoSuchElementException e) {
            if (!documented(e)) {
                throw new AssertionError("undocumented exception from operation " + op, e);
            }
            if (dead) {
                throw new AssertionError("a released view or closed memory must throw IllegalStateException", e);
            }
            // documented; the operation checks below decide whether it was the right one
        }
    }

    /**
     * Subclasses of the documented types that only a bug throws: array and string index errors, number
     * parsing, and the FFM API's own bounds check (an offset computed wrongly).
     */
    private static boolean documented(RuntimeException e) {
        if (e instanceof ArrayIndexOutOfBoundsException || e instanceof StringIndexOutOfBoundsException
                || e instanceof NumberFormatException || e instanceof java.util.IllegalFormatException) {
            return false;
        }
        if (e instanceof IndexOutOfBoundsException) {
            return e.getMessage() != null && e.getMessage().contains(" on dimension ");
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ ops

    private void cast(FuzzInput in, Model m, boolean withShape) {
        String format = FORMATS[in.u8() % FORMATS.length];
        long[] shape = null;
        if (withShape) {
            shape = new long[in.u8() % 4];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = number(in);
            }
        }
        MemoryView v = shape == null ? m.view.cast(format) : m.view.cast(format, shape);
        long size = Struct.of(format).size();
        long nbytes = m.items() * m.itemSize;
        long[] newShape = shape == null ? new long[] {nbytes / size} : shape;
        long[] strides = new long[newShape.length];
        long stride = size;
        for (int d = newShape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= newShape[d];
        }
        assertThat(stride).as("cast keeps the byte count").isEqualTo(nbytes);
        Model c = new Model(v, format, size, m.start, newShape, strides, m.readOnly);
        checkGeometry(c);
        if (views.size() < 12) {
            views.add(c);
        }
    }

    private void slice(FuzzInput in, Model m) {
        long start = number(in);
        long stop = number(in);
        long step = number(in);
        MemoryView v = m.view.slice(start, stop, step);
        assertThat(step).as("step 0 must be refused").isNotZero();
        assertThat(m.shape.length).as("0-d views cannot be sliced").isPositive();
        long[] s = indices(m.shape[0], start, stop, step);
        long[] shape = m.shape.clone();
        long[] strides = m.strides.clone();
        shape[0] = s[1];
        strides[0] = m.strides[0] * s[2];
        Model c = new Model(v, m.format, m.itemSize, m.start + m.strides[0] * s[0], shape, strides, m.readOnly);
        checkGeometry(c);
        if (views.size() < 12) {
            views.add(c);
        }
    }

    /** Python's {@code slice.indices} followed by the length, with unbounded integers: {start, length, step}. */
    static long[] indices(long length, long start, long stop, long step) {
        java.math.BigInteger n = java.math.BigInteger.valueOf(length);
        java.math.BigInteger st = java.math.BigInteger.valueOf(step);
        boolean neg = step < 0;
        java.math.BigInteger lower = neg ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger upper = neg ? n.subtract(java.math.BigInteger.ONE) : n;
        java.math.BigInteger a = clamp(java.math.BigInteger.valueOf(start), n, lower, upper);
        java.math.BigInteger b = clamp(java.math.BigInteger.valueOf(stop), n, lower, upper);
        java.math.BigInteger len;
        if (neg) {
            len = b.compareTo(a) < 0 ? a.subtract(b).subtract(java.math.BigInteger.ONE).divide(st.negate())
                    .add(java.math.BigInteger.ONE) : java.math.BigInteger.ZERO;
        } else {
            len = a.compareTo(b) < 0 ? b.subtract(a).subtract(java.math.BigInteger.ONE).divide(st)
                    .add(java.math.BigInteger.ONE) : java.math.BigInteger.ZERO;
        }
        return new long[] {a.longValueExact(), len.longValueExact(), step};
    }

    private static java.math.BigInteger clamp(java.math.BigInteger i, java.math.BigInteger n,
            java.math.BigInteger lower, java.math.BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(n);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    private long[] index(FuzzInput in, Model m) {
        int n = m.shape.length;
        int tweak = in.u8();
        if (tweak == 0xFF) {
            n++;
        } else if (tweak == 0xFE && n > 0) {
            n--;
        }
        long[] idx = new long[n];
        for (int d = 0; d < n; d++) {
            idx[d] = number(in);
        }
        return idx;
    }

    private void get(FuzzInput in, Model m) {
        long[] idx = index(in, m);
        Object got;
        try {
            got = m.view.get(idx);
        } catch (IllegalArgumentException e) {
            assertThat(idx.length).as(e.getMessage()).isNotEqualTo(m.shape.length);
            return;
        } catch (IndexOutOfBoundsException e) {
            assertThat(m.inBounds(idx)).as(e.getMessage()).isFalse();
            assertThat(e.getMessage()).contains("out of bounds for length");
            return;
        }
        assertThat(idx.length).isEqualTo(m.shape.length);
        assertThat(m.inBounds(idx)).isTrue();
        assertSame(got, expected(m, m.offset(idx)));
    }

    private Object expected(Model m, long offset) {
        Object[] values = Struct.of(m.format).unpackFrom(backing, offset);
        return values.length == 1 ? values[0] : values;
    }

    private void set(FuzzInput in, Model m) {
        long[] idx = index(in, m);
        Struct s = Struct.of(m.format);
        Object value;
        if (s.layout().valueCount() == 1 || in.u8() % 8 == 0) {
            value = StructFuzzTest.value(in);
        } else {
            Object[] values = new Object[(int) Math.min(s.layout().valueCount(), 16)];
            for (int k = 0; k < values.length; k++) {
                values[k] = StructFuzzTest.value(in);
            }
            value = values;
        }
        byte[] before = backing.toArray(ValueLayout.JAVA_BYTE);
        byte[] packed;
        try {
            packed = s.layout().valueCount() == 1 ? s.pack(value)
                    : value instanceof Object[] values ? s.pack(values) : null; // a record takes an Object[]
        } catch (StructException e) {
            packed = null; // Struct refuses the value: so must the view
        }
        try {
            m.view.set(value, idx);
        } catch (UnsupportedOperationException e) {
            assertThat(m.readOnly).as(e.getMessage()).isTrue();
            assertThat(backing.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(before);
            return;
        } catch (IndexOutOfBoundsException e) {
            assertThat(idx.length == m.shape.length && !m.inBounds(idx)).as(e.getMessage()).isTrue();
            assertThat(backing.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(before);
            return;
        } catch (StructException e) {
            assertThat(packed).as("the view refused what Struct packs: %s", e.getMessage()).isNull();
            assertThat(backing.toArray(ValueLayout.JAVA_BYTE)).as("a refused set writes nothing").isEqualTo(before);
            return;
        } catch (IllegalArgumentException e) {
            assertThat(idx.length).as(e.getMessage()).isNotEqualTo(m.shape.length);
            assertThat(backing.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(before);
            return;
        }
        assertThat(m.readOnly).as("set through a read-only view").isFalse();
        assertThat(idx.length).isEqualTo(m.shape.length);
        assertThat(m.inBounds(idx)).isTrue();
        assertThat(packed).as("the view accepted what Struct refuses: %s", value).isNotNull();
        // the item's bytes are what Struct packs, and nothing else changed
        byte[] after = backing.toArray(ValueLayout.JAVA_BYTE);
        long at = m.offset(idx);
        System.arraycopy(packed, 0, before, (int) at, packed.length);
        assertThat(after).isEqualTo(before);
    }

    private void sliceAssign(FuzzInput in, Model m, Model src) {
        long start = number(in);
        long stop = number(in);
        long step = number(in);
        if (src.released || closed) {
            // the source's state decides too
            try {
                m.view.setSlice(start, stop, step, src.view);
            } catch (IllegalStateException e) {
                if (m.released || closed) {
                    throw e; // the target's own state: step() expects this exception
                }
                return;
            } catch (UnsupportedOperationException e) {
                if (m.readOnly && !m.released && !closed) {
                    return; // a read-only target is refused before the source is looked at
                }
                throw e;
            }
            fail("slice assignment from a released view did not throw");
        }
        byte[] srcBytes = null;
        long[] s = null;
        if (m.shape.length == 1 && step != 0) {
            s = indices(m.shape[0], start, stop, step);
            srcBytes = bytesOf(src);
        }
        byte[] before = backing.toArray(ValueLayout.JAVA_BYTE);
        boolean ok = false;
        try {
            m.view.setSlice(start, stop, step, src.view);
            ok = true;
        } finally {
            if (!ok) {
                assertThat(backing.toArray(ValueLayout.JAVA_BYTE)).as("a refused assignment writes nothing")
                        .isEqualTo(before);
            }
        }
        assertThat(m.readOnly).isFalse();
        assertThat(s).isNotNull();
        assertThat(src.shape).containsExactly(s[1]);
        // every destination item now holds the source item's bytes (read before the copy: overlap is allowed)
        for (long k = 0; k < s[1]; k++) {
            long at = m.start + m.strides[0] * (s[0] + k * s[2]);
            System.arraycopy(srcBytes, (int) (k * src.itemSize), before, (int) at, (int) m.itemSize);
        }
        assertThat(backing.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(before);
    }

    private void copies(FuzzInput in, Model m) {
        int which = in.u8() % 5;
        switch (which) {
            case 0 -> assertThat(m.view.toBytes()).isEqualTo(bytesOf(m));
            case 1 -> {
                char sep = (char) in.u8();
                int per = (int) number(in);
                String h = m.view.hex(sep, per);
                assertThat(sep).as("non-ASCII separator must be refused").isLessThanOrEqualTo((char) 0x7f);
                String plain = HexFormat.of().formatHex(bytesOf(m));
                assertThat(m.view.hex()).isEqualTo(plain);
                long n = plain.length() / 2;
                long group = Math.abs((long) per);
                long seps = group == 0 || group >= n || n == 0 ? 0 : (n - 1) / group;
                assertThat((long) h.length()).isEqualTo(2 * n + seps);
            }
            case 2 -> {
                List<Object> list = m.view.toList();
                assertThat(m.shape.length).isPositive();
                checkList(m, list, 0, new long[m.shape.length]);
            }
            case 3 -> {
                List<Object> it = new ArrayList<>();
                m.view.forEach(it::add);
                assertThat(m.shape.length).isPositive();
                assertThat((long) it.size()).isEqualTo(m.shape[0]);
                if (m.shape.length == 1) {
                    for (int i = 0; i < it.size(); i++) {
                        assertSame(it.get(i), expected(m, m.offset(new long[] {i})));
                    }
                }
            }
            default -> {
                MemorySegment seg = m.view.segment();
                assertThat(seg.byteSize()).isEqualTo(m.items() * m.itemSize);
                if (m.view.cContiguous() && m.items() > 0) {
                    assertThat(seg.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(bytesOf(m));
                }
            }
        }
    }

    private void checkList(Model m, List<Object> list, int dim, long[] idx) {
        assertThat((long) list.size()).isEqualTo(m.shape[dim]);
        for (int i = 0; i < list.size(); i++) {
            idx[dim] = i;
            if (dim == m.shape.length - 1) {
                assertSame(list.get(i), expected(m, m.offset(idx)));
            } else {
                @SuppressWarnings("unchecked")
                List<Object> sub = (List<Object>) list.get(i);
                checkList(m, sub, dim + 1, idx);
            }
        }
    }

    private void readOnly(Model m) {
        MemoryView ro = m.view.toReadOnly();
        Model r = new Model(ro, m.format, m.itemSize, m.start, m.shape.clone(), m.strides.clone(), true);
        checkGeometry(r);
        if (views.size() < 12) {
            views.add(r);
        }
    }

    private void search(FuzzInput in, Model m) {
        Object value = in.bool() && m.items() > 0 ? m.view.toList().get(0) : StructFuzzTest.value(in);
        long count = m.view.count(value);
        assertThat(count).isBetween(0L, m.items());
        try {
            long at = m.view.index(value, number(in), number(in));
            assertThat(at).isBetween(0L, m.shape[0] - 1);
            assertThat(count).isPositive();
        } catch (NoSuchElementException e) {
            assertThat(e.getMessage()).startsWith("memoryview.index(x): x not found");
        }
    }

    private void equality(Model a, Model b) {
        boolean eq = a.view.equals(b.view);
        assertThat(b.view.equals(a.view)).as("equals is symmetric").isEqualTo(eq);
        if (eq) {
            assertThat(a.view.hashCode()).as("equal views hash alike").isEqualTo(b.view.hashCode());
        }
        assertThat(a.view.toString()).isNotEmpty();
    }

    // ------------------------------------------------------------------------------------------- checks

    private void checkGeometry(Model m) {
        MemoryView v = m.view;
        assertThat(v.format()).isEqualTo(m.format);
        assertThat(v.itemSize()).isEqualTo(m.itemSize);
        assertThat(v.shape()).containsExactly(m.shape);
        assertThat(v.ndim()).isEqualTo(m.shape.length);
        assertThat(v.nbytes()).isEqualTo(m.items() * m.itemSize);
        assertThat(v.readOnly()).isEqualTo(m.readOnly);
        if (m.items() > 1 || m.shape.length == 0) {
            // a stride is only observable when a dimension has two items or more
            for (int d = 0; d < m.shape.length; d++) {
                if (m.shape[d] > 1) {
                    assertThat(v.strides()[d]).as("stride %d", d).isEqualTo(m.strides[d]);
                }
            }
        }
    }

    /** Every item agrees with the source; a released view or closed memory refuses everything. */
    private void checkAll(Model m) {
        if (m.released || closed) {
            try {
                m.view.format();
            } catch (IllegalStateException e) {
                assertThat(e.getMessage()).containsAnyOf("released memoryview", "was freed");
                try {
                    m.view.get(new long[m.shape.length]);
                } catch (IllegalStateException e2) {
                    return;
                }
            }
            fail("a released view or closed memory answered");
        }
        checkGeometry(m);
        List<long[]> all = m.allIndices();
        for (int k = 0; k < all.size() && k < 64; k++) {
            long[] idx = all.get(k);
            assertSame(m.view.get(idx), expected(m, m.offset(idx)));
        }
    }

    /** The view's bytes in C order, read from the source at the model's offsets. */
    private byte[] bytesOf(Model m) {
        List<long[]> all = m.allIndices();
        byte[] out = new byte[(int) (all.size() * m.itemSize)];
        for (int k = 0; k < all.size(); k++) {
            MemorySegment.copy(backing, ValueLayout.JAVA_BYTE, m.offset(all.get(k)), out, (int) (k * m.itemSize),
                    (int) m.itemSize);
        }
        return out;
    }

    private static void assertSame(Object got, Object want) {
        if (want instanceof Object[] w) {
            assertThat(got).isInstanceOf(Object[].class);
            StructFuzzTest.assertSameValues((Object[]) got, w);
        } else {
            StructFuzzTest.assertSameValues(new Object[] {got}, new Object[] {want});
        }
    }
}
