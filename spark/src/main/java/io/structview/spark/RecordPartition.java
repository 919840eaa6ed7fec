package io.structview.spark;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * The chunks one task reads: a piece of a large file, or several small files packed together as Spark packs
 * files into partitions.
 *
 * @param chunks the chunks, in reading order
 */
record RecordPartition(List<FileChunk> chunks) implements InputPartition {
    RecordPartition {
        chunks = List.copyOf(chunks);
    }
}
