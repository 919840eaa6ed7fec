package io.structview.schema;

import java.util.OptionalInt;

/**
 * Thrown when a struct format string, a record declaration or a value checked against the layout model is not
 * acceptable.
 *
 * <p>The message names the problem and where it is: the character and position in the format string, the
 * member and record, or the value and its limits. The runtime's {@code io.structview.FormatException} (the
 * Java counterpart of CPython's {@code struct.error}) extends this class, so one {@code catch} serves both.
 */
public class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Zero-based index of the offending character in the format text, or -1 when not about a format. */
    private final int position;

    /**
     * Creates an exception with the given message.
     *
     * @param message what is wrong and where
     */
    public FormatException(String message) {
        this(message, null, -1);
    }

    /**
     * Creates an exception with the given message and cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public FormatException(String message, Throwable cause) {
        this(message, cause, -1);
    }

    /**
     * Creates an exception with a message, a cause and a position in a format string, for subclasses.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure, or null
     * @param position the zero-based index of the offending character, or -1 when not about a format
     */
    protected FormatException(String message, Throwable cause, int position) {
        super(message, cause);
        this.position = position;
    }

    /**
     * Creates an exception about the character at {@code position} of a format string, so that tools reading
     * formats from files can point at the exact column.
     *
     * @param message what is wrong, usually naming the character and position too
     * @param position the zero-based index of the offending character (the format's length for "at the end")
     * @return the exception
     * @throws IllegalArgumentException if {@code position} is negative
     */
    public static FormatException at(String message, int position) {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        return new FormatException(message, null, position);
    }

    /**
     * {@return the zero-based index of the offending character in the format string, when this exception is
     * about a format string (as {@link Format#parse} throws it)}
     */
    public OptionalInt position() {
        return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }
}
