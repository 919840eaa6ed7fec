package io.structview;

import static org.assertj.core.api.Assertions.assertThat;

import static io.structview.SeededTries.intBetween;
import static io.structview.SeededTries.longBetween;
import static io.structview.SeededTries.oneOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Slicing a view gives what slicing a Python list gives. The oracle follows CPython's {@code slice.indices}
 * ({@code _PySlice_GetLongIndices}): bounds clamped to {@code [lower, upper]}, which is written differently from
 * the {@code PySlice_AdjustIndices} that {@link MemoryView#slice} follows.
 */
class SlicePropertiesTest {

    /** The indices {@code range(*slice(start, stop, step).indices(length))} yields; {@code null} is None. */
    static List<Integer> indices(int length, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a = start == null ? (st < 0 ? upper : lower) : clamp(start, length, lower, upper);
        long b = stop == null ? (st < 0 ? lower : upper) : clamp(stop, length, lower, upper);
        List<Integer> out = new ArrayList<>();
        for (long i = a; st > 0 ? i < b : i > b; i += st) {
            out.add((int) i);
            if (st > 0 ? i > Long.MAX_VALUE - st : i < Long.MIN_VALUE - st) {
                break; // the next index is past any bound
            }
        }
        return out;
    }

    private static long clamp(long v, int length, long lower, long upper) {
        if (v < 0) {
            v = Math.max(v + length, lower); // v + length cannot overflow: v < 0 <= length
        }
        return Math.min(Math.max(v, lower), upper);
    }

    /** The Java arguments for Python's omitted bounds, as the README says. */
    private static MemoryView slice(MemoryView v, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        long a = start != null ? start : st < 0 ? Long.MAX_VALUE : 0;
        long b = stop != null ? stop : st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return v.slice(a, b, st);
    }

    /** A slice bound: None 15% of the time, else half small, half at the ends of {@code long}. */
    static Long bound(Random r) {
        if (r.nextInt(100) < 15) {
            return null;
        }
        return r.nextBoolean() ? longBetween(r, -60, 60)
                : oneOf(r, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
    }

    /** A slice step: None 15% of the time, else half small and non-zero, half huge. */
    static Long step(Random r) {
        if (r.nextInt(100) < 15) {
            return null;
        }
        if (r.nextBoolean()) {
            long s;
            do {
                s = longBetween(r, -12, 12);
            } while (s == 0);
            return s;
        }
        return oneOf(r, Long.MIN_VALUE, Long.MAX_VALUE, -Long.MAX_VALUE);
    }

    @Test
    void sliceEqualsListSlice() {
        SeededTries.run("sliceEqualsListSlice", 2000, t -> {
            Random r = t.random();
            List<Integer> values = new ArrayList<>();
            int size = intBetween(r, 0, 50);
            for (int i = 0; i < size; i++) {
                values.add(intBetween(r, 0, 255));
            }
            t.draw("values", values);
            sliceEqualsListSlice(values, t.draw("start", bound(r)), t.draw("stop", bound(r)),
                    t.draw("step", step(r)));
        });
    }

    private static void sliceEqualsListSlice(List<Integer> values, Long start, Long stop, Long step) {
        byte[] bytes = new byte[values.size()];
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) values.get(i);
            list.add((long) values.get(i));
        }
        MemoryView v = slice(MemoryView.of(bytes), start, stop, step);
        List<Integer> idx = indices(bytes.length, start, stop, step);
        List<Object> expected = new ArrayList<>();
        byte[] expectedBytes = new byte[idx.size()];
        for (int k = 0; k < idx.size(); k++) {
            expected.add(list.get(idx.get(k)));
            expectedBytes[k] = bytes[idx.get(k)];
        }
        assertThat(v.toList()).isEqualTo(expected);
        assertThat(v.shape()).containsExactly(idx.size());
        assertThat(v.toBytes()).isEqualTo(expectedBytes);
        for (int k = 0; k < idx.size(); k++) {
            assertThat(v.get(k)).isEqualTo(expected.get(k));
            assertThat(v.get(k - idx.size())).isEqualTo(expected.get(k));
        }
        assertThat(v).isEqualTo(MemoryView.of(expectedBytes));
        assertThat(v.hashCode()).isEqualTo(MemoryView.of(expectedBytes).hashCode());
        long strideStep = step == null ? 1 : Math.max(step, -Long.MAX_VALUE);
        assertThat(v.strides()).containsExactly(strideStep); // wraps as C's Py_ssize_t would for huge steps
        boolean contiguous = idx.size() == 1 || strideStep == 1;
        assertThat(v.cContiguous()).isEqualTo(contiguous);
        assertThat(v.contiguous()).isEqualTo(contiguous);
    }

    @Test
    void sliceOfSliceEqualsListSliceTwice() {
        SeededTries.run("sliceOfSliceEqualsListSliceTwice", 1000, t -> {
            Random r = t.random();
            sliceOfSliceEqualsListSliceTwice(t.draw("length", intBetween(r, 0, 40)),
                    t.draw("start1", bound(r)), t.draw("stop1", bound(r)), t.draw("step1", step(r)),
                    t.draw("start2", bound(r)), t.draw("stop2", bound(r)), t.draw("step2", step(r)));
        });
    }

    private static void sliceOfSliceEqualsListSliceTwice(int length, Long start1, Long stop1, Long step1,
            Long start2, Long stop2, Long step2) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        MemoryView v = slice(slice(MemoryView.of(bytes), start1, stop1, step1), start2, stop2, step2);
        List<Integer> first = indices(length, start1, stop1, step1);
        List<Integer> second = indices(first.size(), start2, stop2, step2);
        List<Object> expected = new ArrayList<>();
        for (int k : second) {
            expected.add((long) first.get(k));
        }
        assertThat(v.toList()).isEqualTo(expected);
    }

    @Test
    void slicesOfWiderItemsWriteThrough() {
        SeededTries.run("slicesOfWiderItemsWriteThrough", 1000, t -> {
            Random r = t.random();
            slicesOfWiderItemsWriteThrough(t.draw("count", intBetween(r, 0, 24)),
                    t.draw("format", oneOf(r, FORMATS)), t.draw("start", bound(r)), t.draw("stop", bound(r)),
                    t.draw("step", step(r)), t.draw("value", intBetween(r, 0, 40)));
        });
    }

    private static void slicesOfWiderItemsWriteThrough(int count, String format, Long start, Long stop, Long step,
            int value) {
        MemoryView base = MemoryView.of(new byte[count * 8]).cast(format);
        int n = (int) base.shape()[0];
        for (int i = 0; i < n; i++) {
            base.set(i + 50, i); // fits every format, 'B' included
        }
        MemoryView v = slice(base, start, stop, step);
        List<Integer> idx = indices(n, start, stop, step);
        List<Object> expected = new ArrayList<>();
        for (int k : idx) {
            expected.add((long) k + 50);
        }
        assertThat(v.toList()).isEqualTo(expected);
        // Writing item k of the slice changes item idx[k] of the base, and nothing else.
        for (int k = 0; k < idx.size(); k++) {
            v.set(value, k);
        }
        for (int i = 0; i < n; i++) {
            assertThat(base.get(i)).isEqualTo(idx.contains(i) ? (long) value : i + 50L);
        }
    }

    private static final List<String> FORMATS = List.of("B", "h", "H", "i", "I", "q", "Q", "@l", "<H", ">i", "<q");

    @Test
    void sliceAssignmentEqualsExtendedSliceAssignment() {
        SeededTries.run("sliceAssignmentEqualsExtendedSliceAssignment", 1000, t -> {
            Random r = t.random();
            sliceAssignmentEqualsExtendedSliceAssignment(t, t.draw("length", intBetween(r, 0, 30)),
                    t.draw("start", bound(r)), t.draw("stop", bound(r)), t.draw("step", step(r)),
                    t.draw("srcStart", bound(r)), t.draw("srcStep", step(r)));
        });
    }

    private static void sliceAssignmentEqualsExtendedSliceAssignment(SeededTries.Trial t, int length, Long start,
            Long stop, Long step, Long srcStart, Long srcStep) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        List<Integer> dest = indices(length, start, stop, step);
        // The source: a slice of the same memory (it may overlap), cut to the destination's length.
        List<Integer> srcAll = indices(length, srcStart, null, srcStep);
        t.assume(srcAll.size() >= dest.size());
        MemoryView m = MemoryView.of(bytes);
        MemoryView src = slice(m, srcStart, null, srcStep).slice(0, dest.size());
        byte[] expected = bytes.clone();
        for (int k = 0; k < dest.size(); k++) {
            expected[dest.get(k)] = bytes[srcAll.get(k)]; // Python reads the whole source first
        }
        long st = step == null ? 1 : step;
        m.setSlice(start != null ? start : st < 0 ? Long.MAX_VALUE : 0,
                stop != null ? stop : st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE, st, src);
        assertThat(bytes).isEqualTo(expected);
    }
}
