package io.structview;

/**
 * A value that a codec cannot pack, before the caller adds where it was: {@link Struct} turns it into a
 * {@link StructException} naming the argument and format position, {@code MemoryView} into its own errors.
 */
final class ValueError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the value was refused; CPython raises TypeError, ValueError or OverflowError accordingly. */
    enum Reason {
        /** The value's type does not fit the code. */
        TYPE,
        /** The value is of the right type but out of the code's range. */
        RANGE
    }

    private final Reason reason;

    ValueError(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
