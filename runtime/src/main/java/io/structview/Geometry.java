package io.structview;

import java.util.Arrays;

/**
 * The arithmetic of a strided N-dimensional buffer, as CPython's buffer protocol defines it: where an index
 * lies, whether the items are contiguous, the strides of a C-ordered shape. Shapes and strides are never modified.
 */
final class Geometry {
    private Geometry() {}

    /**
     * CPython's {@code ptr_from_tuple}/{@code lookup_dimension}: the byte offset of an item, bounds checked.
     *
     * @param start the byte offset of index 0 in every dimension
     * @throws IllegalArgumentException if there is not one index per dimension
     * @throws IndexOutOfBoundsException if an index is outside its dimension
     */
    static long offsetOf(long start, long[] shape, long[] strides, long[] index) {
        int ndim = shape.length;
        if (index.length != ndim) {
            if (ndim == 0) {
                throw new IllegalArgumentException("invalid indexing of 0-dim memory: a 0-dimension view takes no"
                        + " index, got " + index.length);
            }
            if (index.length < ndim) {
                throw new IllegalArgumentException("sub-views are not implemented: a " + ndim
                        + "-dimension view (shape " + Arrays.toString(shape) + ") needs " + ndim
                        + " indices, got " + index.length);
            }
            throw new IllegalArgumentException("cannot index " + ndim + "-dimension view (shape "
                    + Arrays.toString(shape) + ") with " + index.length + " indices");
        }
        long offset = start;
        for (int d = 0; d < ndim; d++) {
            long i = index[d];
            long n = shape[d];
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw new IndexOutOfBoundsException("index " + i + " out of bounds for length " + n
                        + " on dimension " + (d + 1) + " of shape " + Arrays.toString(shape));
            }
            offset += j * strides[d];
        }
        return offset;
    }

    /** CPython's {@code init_flags}: 1-D by a shortcut, N-D as {@code PyBuffer_IsContiguous}. */
    static boolean contiguous(long[] shape, long[] strides, long itemSize, long nbytes, boolean cOrder) {
        int ndim = shape.length;
        if (ndim == 0) {
            return true;
        }
        if (ndim == 1) {
            return shape[0] == 1 || strides[0] == itemSize;
        }
        if (nbytes == 0) {
            return true;
        }
        long expected = itemSize;
        for (int k = 0; k < ndim; k++) {
            int d = cOrder ? ndim - 1 - k : k;
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** {@return the strides of a C-contiguous (row-major) buffer of this shape} */
    static long[] cStrides(long[] shape, long itemSize) {
        long[] strides = new long[shape.length];
        long stride = itemSize;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** {@return whether a dimension has length 0} */
    static boolean hasZero(long[] shape) {
        for (long n : shape) {
            if (n == 0) {
                return true;
            }
        }
        return false;
    }
}
