package io.structview.spark;

import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/**
 * A scan of record files: the requested columns and the partitions, planned when Spark asks for them.
 */
final class RecordScan implements Scan, Batch {
    private final SourceOptions options;
    private final List<String> paths;
    private final StructType readSchema;

    RecordScan(SourceOptions options, List<String> paths, StructType readSchema) {
        this.options = options;
        this.paths = List.copyOf(paths);
        this.readSchema = readSchema;
    }

    @Override
    public StructType readSchema() {
        return readSchema;
    }

    @Override
    public String description() {
        return "StructView " + options.layout().describe() + " " + paths + " columns " + List.of(readSchema.fieldNames());
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
        SparkSession spark = SparkSession.active();
        SQLConf conf = SQLConf.get();
        List<FileStatus> files = Splitter.list(paths, spark.sessionState().newHadoopConf());
        long openCost = conf.filesOpenCostInBytes();
        int minPartitions = conf.filesMinPartitionNum().isDefined() ? (Integer) conf.filesMinPartitionNum().get()
                : spark.sparkContext().defaultParallelism();
        long maxSplit = Splitter.maxSplitBytes(files, conf.filesMaxPartitionBytes(), openCost, minPartitions);
        long recordSize = options.layout().record().size();
        List<FileChunk> chunks = Splitter.chunks(files, recordSize, options.header(), options.skipPartial(), maxSplit);
        return Splitter.pack(chunks, maxSplit, openCost).toArray(InputPartition[]::new);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new BatchReaderFactory(options, readSchema);
    }
}
