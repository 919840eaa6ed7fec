package io.structview;

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

    /**
     * Creates an exception with the given message.
     *
     * @param message what is wrong and where
     */
    public StructException(String message) {
        super(message);
    }

    /**
     * Creates an exception with the given message and cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public StructException(String message, Throwable cause) {
        super(message, cause);
    }
}
