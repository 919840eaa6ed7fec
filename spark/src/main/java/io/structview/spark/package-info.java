/**
 * A Spark SQL DataSource V2, {@code format("structview")}, over files of fixed-size records described by a
 * StructView schema ({@code schema} + {@code record} options) or a struct format ({@code format} +
 * {@code names}). The Spark schema is derived from the layout model ({@link io.structview.schema.Record}); files
 * are split at record boundaries and decoded from memory-mapped segments straight into columnar batches.
 *
 * <p>Writing packs every value through the runtime's {@code Struct} and goes through Spark's commit protocol
 * (staging files moved into place by the job's commit, deleted by an abort). Not built yet: filter pushdown and the
 * benchmark against Parquet. The options are those of {@code SourceOptions}; see {@code docs/spark.md}.
 */
package io.structview.spark;
