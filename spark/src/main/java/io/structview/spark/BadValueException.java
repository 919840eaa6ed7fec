package io.structview.spark;

/**
 * A value that cannot be converted without loss, found while decoding: carries the field and the byte offset
 * in the segment being decoded, so that the reader can name the file and the record.
 */
final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The byte offset of the value within the decoded segment. */
    final long offset;

    BadValueException(String field, long offset, String problem) {
        super("field '" + field + "': " + problem);
        this.offset = offset;
    }
}
