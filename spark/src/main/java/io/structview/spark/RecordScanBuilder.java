package io.structview.spark;

import java.util.List;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a {@link RecordScan}, keeping only the columns (and nested fields) the query needs: the others are
 * never decoded.
 */
final class RecordScanBuilder implements ScanBuilder, SupportsPushDownRequiredColumns {
    private final SourceOptions options;
    private final List<String> paths;
    private StructType required;

    RecordScanBuilder(SourceOptions options, List<String> paths, StructType schema) {
        this.options = options;
        this.paths = paths;
        this.required = schema;
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        this.required = requiredSchema;
    }

    @Override
    public Scan build() {
        return new RecordScan(options, paths, required);
    }
}
