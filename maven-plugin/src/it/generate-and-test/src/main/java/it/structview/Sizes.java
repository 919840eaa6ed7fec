package it.structview;

import it.structview.geo.Point;

/** Main code compiled against a generated class. */
public final class Sizes {
    private Sizes() {}

    /**
     * Returns the size of a generated record.
     *
     * @return the size in bytes
     */
    public static long pointSize() {
        return Point.SIZE;
    }
}
