package io.structview.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * Record files of one layout, as a Spark table: its schema is derived from the layout, never given.
 */
final class RecordTable implements SupportsRead, SupportsWrite {
    private final SourceOptions options;
    private final StructType schema;
    private final List<String> paths;

    RecordTable(SourceOptions options, Map<String, String> properties) {
        this.options = options;
        this.schema = SparkTypes.of(options.layout().record(), options.strings());
        this.paths = paths(new CaseInsensitiveStringMap(properties));
    }

    /** Spark passes one path as {@code path} and several as {@code paths}, a JSON array. */
    static List<String> paths(CaseInsensitiveStringMap options) {
        String many = options.get("paths");
        if (many != null) {
            try {
                List<String> list = new ObjectMapper().readValue(many, new TypeReference<List<String>>() {});
                if (!list.isEmpty()) {
                    return list;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("option 'paths': not a JSON array of strings: " + many, e);
            }
        }
        String one = options.get("path");
        return one == null ? List.of() : List.of(one);
    }

    @Override
    public String name() {
        return "structview " + options.layout().describe();
    }

    @Override
    @SuppressWarnings("deprecation")
    public StructType schema() {
        return schema;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ, TableCapability.BATCH_WRITE, TableCapability.TRUNCATE);
    }

    @Override
    public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
        return new RecordWriteBuilder(options, paths, schema, info);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        return new RecordScanBuilder(options, paths, schema);
    }
}
