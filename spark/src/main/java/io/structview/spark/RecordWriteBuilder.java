package io.structview.spark;

import java.util.List;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;

/**
 * Starts a write of record files: checks, on the driver, that the data has the record's schema, column for
 * column, and where the files go. {@code mode("overwrite")} replaces the record files of the folder at commit.
 */
final class RecordWriteBuilder implements WriteBuilder, SupportsTruncate {
    private final SourceOptions options;
    private final List<String> paths;
    private final LogicalWriteInfo info;
    private final StructType schema;
    private boolean truncate;

    RecordWriteBuilder(SourceOptions options, List<String> paths, StructType schema, LogicalWriteInfo info) {
        this.options = options;
        this.paths = paths;
        this.schema = schema;
        this.info = info;
    }

    @Override
    public WriteBuilder truncate() {
        truncate = true;
        return this;
    }

    @Override
    public Write build() {
        if (paths.size() != 1) {
            throw new IllegalArgumentException("option 'path': a write goes to one folder, got " + paths);
        }
        StructType given = info.schema();
        if (!given.sameType(schema) || !java.util.Arrays.equals(given.fieldNames(), schema.fieldNames())) {
            throw new IllegalArgumentException("the data to write has schema " + given.simpleString() + ", but the"
                    + " record " + options.layout().describe() + " is " + schema.simpleString()
                    + " (select and cast the columns to it)");
        }
        RecordBatchWrite write = new RecordBatchWrite(options, paths.get(0), info.queryId(), truncate);
        return new Write() {
            @Override
            public String description() {
                return "StructView write " + options.layout().describe() + " to " + paths.get(0);
            }

            @Override
            public BatchWrite toBatch() {
                return write;
            }
        };
    }
}
