package io.structview.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The data source {@code format("structview")}: files of fixed-size records described by a StructView schema.
 *
 * <pre>{@code
 * Dataset<Row> ticks = spark.read().format("structview")
 *     .option("schema", "ticks.yaml").option("record", "Tick")   // or .option("format", "<qIdd").option("names", ...)
 *     .load("data/ticks/*.bin");
 * }</pre>
 *
 * <p>Registered through {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}. The schema is
 * always derived from the layout; a user-given schema is refused by Spark.
 */
public final class StructViewSource implements TableProvider, DataSourceRegister {
    /** Creates the source; Spark calls this. */
    public StructViewSource() {}

    @Override
    public String shortName() {
        return "structview";
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        SourceOptions o = SourceOptions.parse(options.asCaseSensitiveMap());
        return SparkTypes.of(o.layout().record(), o.strings());
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new RecordTable(SourceOptions.parse(properties), properties);
    }
}
