package io.structview;

/** Walks the byte offsets of a view's items in row-major (C) order, whatever the strides. */
final class Cursor {
    private final long[] shape;
    private final long[] strides;
    private final long[] index;
    private long offset;

    /**
     * @param start the byte offset of the item at index 0 in every dimension
     * @param shape the view's shape, not modified
     * @param strides the view's strides, not modified
     */
    Cursor(long start, long[] shape, long[] strides) {
        this.shape = shape;
        this.strides = strides;
        this.index = new long[shape.length];
        this.offset = start;
    }

    /** {@return the byte offset of the current item} */
    long offset() {
        return offset;
    }

    /** Moves to the next item; after the last one the offset is meaningless. */
    void advance() {
        for (int d = shape.length - 1; d >= 0; d--) {
            offset += strides[d];
            if (++index[d] < shape[d]) {
                return;
            }
            offset -= strides[d] * shape[d];
            index[d] = 0;
        }
    }
}
