package io.structview.spark;

import io.structview.schema.Record;
import java.util.List;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Reads one partition as columnar batches: chunk by chunk, {@code batchRows} records at a time, each requested
 * column decoded by its {@link ColumnDecoder} into a reused on-heap vector. With no column requested (a
 * {@code count(*)}) the data is never touched: batches carry only their row counts.
 */
final class RecordBatchReader implements PartitionReader<ColumnarBatch> {
    private final List<FileChunk> chunks;
    private final List<ColumnDecoder.Placed> decoders;
    private final OnHeapColumnVector[] vectors;
    private final ColumnarBatch batch;
    private final int batchRows;
    private int chunkIndex = -1;
    private ChunkInput input;
    private long next;

    RecordBatchReader(RecordPartition partition, Record record, StructType readSchema, SourceOptions options) {
        this.chunks = partition.chunks();
        this.decoders = ColumnDecoder.forRecord(record, readSchema, options, "");
        this.batchRows = options.batchRows();
        this.vectors = OnHeapColumnVector.allocateColumns(batchRows, readSchema);
        this.batch = new ColumnarBatch(vectors);
    }

    @Override
    public boolean next() {
        while (chunkIndex < 0 || next == chunks.get(chunkIndex).records()) {
            closeInput();
            if (++chunkIndex == chunks.size()) {
                return false;
            }
            next = 0;
        }
        FileChunk chunk = chunks.get(chunkIndex);
        int rows = (int) Math.min(batchRows, chunk.records() - next);
        if (!decoders.isEmpty()) {
            if (input == null) {
                input = ChunkInput.open(chunk, batchRows);
            }
            decode(chunk, rows);
        }
        batch.setNumRows(rows);
        next += rows;
        return true;
    }

    private void decode(FileChunk chunk, int rows) {
        var seg = input.records(next, rows);
        long base = input.base(next);
        try {
            for (int i = 0; i < decoders.size(); i++) {
                ColumnDecoder.Placed p = decoders.get(i);
                vectors[i].reset();
                p.decoder().decode(seg, base + p.offset(), chunk.recordSize(), rows, vectors[i], 0, 1);
            }
        } catch (BadValueException e) {
            long inChunk = e.offset - base + next * chunk.recordSize();
            long recordStart = chunk.start() + inChunk / chunk.recordSize() * chunk.recordSize();
            throw new IllegalStateException("file " + chunk.file() + ", record at byte offset " + recordStart
                    + ", value at byte offset " + (chunk.start() + inChunk) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ColumnarBatch get() {
        return batch;
    }

    private void closeInput() {
        if (input != null) {
            ChunkInput in = input;
            input = null;
            in.close();
        }
    }

    @Override
    public void close() {
        closeInput();
        batch.close();
    }
}
