package io.structview.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * Makes each task's writer: rows packed by {@link RowPacker} into one record buffer and appended to the task's
 * staging file.
 *
 * @param options the source options (the record, string handling)
 * @param staging the staging folder of this write
 */
record RecordWriterFactory(SourceOptions options, String staging) implements DataWriterFactory {

    /** What a committed task wrote. */
    record Written(int partition, String file, long records) implements WriterCommitMessage {}

    @Override
    public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
        Path file = Path.of(staging).resolve("part-" + partitionId + "-" + taskId + ".bin");
        try {
            Files.createDirectories(file.getParent());
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16);
            return new Writer(partitionId, file, out,
                    new RowPacker(options.layout().record(), options.strings(), options.decodeCharset()),
                    (int) options.layout().record().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class Writer implements DataWriter<InternalRow> {
        private final int partition;
        private final Path file;
        private final OutputStream out;
        private final RowPacker packer;
        private final byte[] buffer;
        private final MemorySegment segment;
        private long records;

        Writer(int partition, Path file, OutputStream out, RowPacker packer, int size) {
            this.partition = partition;
            this.file = file;
            this.out = out;
            this.packer = packer;
            this.buffer = new byte[size];
            this.segment = MemorySegment.ofArray(buffer);
        }

        @Override
        public void write(InternalRow row) throws IOException {
            try {
                packer.pack(row, segment, 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + records + " of partition " + partition + ": "
                        + e.getMessage(), e);
            }
            out.write(buffer);
            records++;
        }

        @Override
        public WriterCommitMessage commit() throws IOException {
            out.close();
            return new Written(partition, file.toString(), records);
        }

        @Override
        public void abort() throws IOException {
            out.close();
            Files.deleteIfExists(file);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
