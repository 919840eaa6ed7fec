/**
 * A Spark SQL DataSource V2, {@code format("structview")}, over files of fixed-size records described by a
 * StructView schema ({@code schema} + {@code record} options) or a struct format ({@code format} +
 * {@code names}). The Spark schema is derived from the layout model ({@link io.structview.schema.Record}); files
 * are split at record boundaries and decoded from memory-mapped segments straight into columnar batches.
 *
 * <p>Work in progress: reading works and is tested against CPython-written files; writing, filter pushdown, the
 * SQL {@code CREATE TABLE} test and the benchmark against Parquet are not built yet. The options are those of
 * {@code SourceOptions}.
 */
package io.structview.spark;
