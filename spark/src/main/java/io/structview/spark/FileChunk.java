package io.structview.spark;

import java.io.Serializable;

/**
 * A run of whole records of one file: {@code records} records starting at byte {@code start}.
 *
 * @param file the file's URI
 * @param start the byte offset of the first record (the header and earlier chunks lie before it)
 * @param records the number of records
 * @param recordSize the size of one record in bytes
 * @param fileSize the file's size when the query was planned, to detect a file changed under the query
 */
record FileChunk(String file, long start, long records, long recordSize, long fileSize) implements Serializable {
    /** {@return the chunk's length in bytes} */
    long bytes() {
        return records * recordSize;
    }
}
