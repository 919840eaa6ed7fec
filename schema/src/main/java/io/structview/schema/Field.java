package io.structview.schema;

import java.nio.ByteOrder;

/**
 * One code of a parsed struct format, with its repeat count and where it lies in the packed bytes.
 *
 * <p>For {@code s} and {@code p} the count is the byte length of a single value; for {@code x} it is the
 * number of pad bytes (no values); for every other code it is the number of values.
 *
 * @param code the format code
 * @param count the repeat count as written ({@code 1} when none was written)
 * @param offset the byte offset of the first item, after native alignment
 * @param itemSize the size in bytes of one value ({@code s p}: the count; {@code x}: 1)
 * @param mode the mode of the format this field belongs to, which gives its byte order
 * @param position the zero-based position of the code character in the format string
 */
public record Field(FormatCode code, long count, long offset, long itemSize, Mode mode, int position) {

    /**
     * Returns the number of values this field packs and unpacks.
     *
     * @return 0 for {@code x}, 1 for {@code s} and {@code p}, the count otherwise
     */
    public long values() {
        if (!code.hasValue()) {
            return 0;
        }
        return code.countIsLength() ? 1 : count;
    }

    /**
     * Returns the number of bytes this field occupies, not counting alignment padding before it.
     *
     * @return the byte size
     */
    public long byteSize() {
        return code.countIsLength() ? count : count * itemSize;
    }

    /**
     * Returns the byte order of this field's multi-byte items.
     *
     * @return the byte order of the format's mode
     */
    public ByteOrder order() {
        return mode.order();
    }
}
