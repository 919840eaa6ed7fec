package io.structview.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Sent to executors: makes a columnar reader per partition. Rows are never produced one object at a time.
 *
 * @param options the source options (the layout travels inside them)
 * @param readSchema the requested columns
 */
record BatchReaderFactory(SourceOptions options, StructType readSchema) implements PartitionReaderFactory {
    @Override
    public boolean supportColumnarReads(InputPartition partition) {
        return true;
    }

    @Override
    public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
        return new RecordBatchReader((RecordPartition) partition, options.layout().record(), readSchema, options);
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        throw new UnsupportedOperationException("structview reads columnar batches only");
    }
}
