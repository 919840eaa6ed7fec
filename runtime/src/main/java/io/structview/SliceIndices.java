package io.structview;

/**
 * A slice of one dimension after Python's normalisation: where it starts, how many indices it takes, and the
 * step between them.
 *
 * @param start the first index, within the dimension unless {@code length} is 0
 * @param length the number of indices the slice takes
 * @param step the distance between indices, never 0 and never {@code Long.MIN_VALUE}
 */
record SliceIndices(long start, long length, long step) {

    /**
     * CPython's {@code PySlice_Unpack} step clamp and {@code PySlice_AdjustIndices}: negative bounds count from
     * the end, bounds outside the dimension are clamped, a negative step walks backwards.
     *
     * @param dimension the length of the dimension being sliced
     * @throws IllegalArgumentException if {@code step} is zero
     */
    static SliceIndices of(long dimension, long start, long stop, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        step = Math.max(step, -Long.MAX_VALUE); // so that -step cannot overflow
        start = clamp(start, dimension, step);
        stop = clamp(stop, dimension, step);
        long n = 0;
        if (step < 0) {
            if (stop < start) {
                n = (start - stop - 1) / -step + 1;
            }
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        return new SliceIndices(start, n, step);
    }

    private static long clamp(long bound, long dimension, long step) {
        if (bound < 0) {
            bound += dimension;
            if (bound < 0) {
                return step < 0 ? -1 : 0;
            }
        } else if (bound >= dimension) {
            return step < 0 ? dimension - 1 : dimension;
        }
        return bound;
    }
}
