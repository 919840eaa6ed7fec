package io.structview;

import io.structview.schema.FormatException;

/**
 * Thrown when a struct format string, a value to pack or a buffer to unpack is not acceptable: the Java
 * counterpart of CPython's {@code struct.error}.
 *
 * <p>The message names the problem and where it is: the character and position in the format string, the
 * argument number and its format code, or the buffer size and offset involved. A format the layout model
 * refuses reaches runtime callers as this type, with the model's message and {@link #position()}.
 */
public class StructException extends FormatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message what is wrong and where
     */
    public StructException(String message) {
        super(message, null, -1);
    }

    /**
     * Creates an exception with the given message and cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public StructException(String message, Throwable cause) {
        super(message, cause, -1);
    }

    private StructException(FormatException e) {
        super(e.getMessage(), e, e.position().orElse(-1));
    }

    /**
     * {@return {@code e} itself if it is a {@code StructException}, otherwise one with its message and position}
     *
     * @param e a refusal from the layout model
     */
    static StructException of(FormatException e) {
        return e instanceof StructException s ? s : new StructException(e);
    }
}
