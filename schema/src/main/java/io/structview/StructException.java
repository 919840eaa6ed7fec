package io.structview;

import java.util.OptionalInt;

/**
 * Thrown when a struct format string, a value to pack or a buffer to unpack is not acceptable: the Java
 * counterpart of CPython's {@code struct.error}.
 *
 * <p>The message names the problem and where it is: the character and position in the format string, the
 * argument number and its format code, or the buffer size and offset involved.
 *
 * <p>This class lives in the {@code structview-schema} artifact (Java 17) so that the format parser, the
 * runtime and the code generators share one exception type; it is part of the {@code io.structview} API.
 */
public class StructException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Zero-based index of the offending character in the format text, or -1 when not about a format. */
    private final int position;

    /**
     * Creates an exception with the given message.
     *
     * @param message what is wrong and where
     */
    public StructException(String message) {
        super(message);
        this.position = -1;
    }

    /**
     * Creates an exception with the given message and cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public StructException(String message, Throwable cause) {
        super(message, cause);
        this.position = -1;
    }

    private StructException(String message, int position) {
        super(message);
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
    public static StructException at(String message, int position) {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        return new StructException(message, position);
    }

    /**
     * Returns the zero-based index of the offending character in the format string, when this exception is
     * about a format string (as {@link io.structview.schema.Format#parse} throws it).
     *
     * @return the position, or empty
     */
    public OptionalInt position() {
        return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }
}
