package io.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Plans the partitions of a scan on the driver: lists the files, checks that each holds a whole number of
 * records after its header, cuts each file at record boundaries into chunks of at most the split size, and packs
 * small chunks together, with the same split size and packing as Spark's own file sources
 * ({@code spark.sql.files.maxPartitionBytes}, {@code openCostInBytes}, {@code minPartitionNum}).
 */
final class Splitter {
    private Splitter() {}

    /** The files a path (a file, a directory of files, or a glob) names, hidden files ({@code _x .x}) excluded. */
    static List<FileStatus> list(List<String> paths, Configuration conf) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("option 'path' is required: load(\"data/*.bin\") names the files");
        }
        List<FileStatus> out = new ArrayList<>();
        for (String p : paths) {
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0 && !hasGlob(p)) {
                    throw new IllegalArgumentException("option 'path': " + p + " does not exist");
                }
                for (FileStatus s : matches) {
                    if (s.isDirectory()) {
                        for (FileStatus c : fs.listStatus(s.getPath())) {
                            if (c.isFile() && !hidden(c.getPath())) {
                                out.add(c);
                            }
                        }
                    } else if (!hidden(s.getPath()) || !hasGlob(p)) {
                        out.add(s);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("option 'path': cannot list " + p + ": " + e.getMessage(), e);
            }
        }
        out.sort(Comparator.comparing(s -> s.getPath().toString()));
        return out;
    }

    private static boolean hasGlob(String p) {
        return p.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static boolean hidden(Path p) {
        String n = p.getName();
        return n.startsWith("_") || n.startsWith(".");
    }

    /**
     * Cuts files into record-aligned chunks.
     *
     * @param files the files with their sizes
     * @param recordSize bytes per record, at least 1
     * @param header bytes to skip per file
     * @param skipPartial whether a partial trailing record (or a file shorter than its header) is skipped
     * @param maxSplitBytes the largest chunk; a chunk holds at least one record
     * @return the non-empty chunks, file by file
     * @throws IllegalArgumentException naming the file and its size if a file does not hold whole records
     */
    static List<FileChunk> chunks(List<FileStatus> files, long recordSize, long header, boolean skipPartial,
            long maxSplitBytes) {
        long perChunk = Math.max(1, maxSplitBytes / recordSize);
        List<FileChunk> out = new ArrayList<>();
        for (FileStatus f : files) {
            String file = f.getPath().toUri().toString();
            long size = f.getLen();
            long body = size - header;
            if (body < 0 || body % recordSize != 0) {
                if (!skipPartial) {
                    throw new IllegalArgumentException(partialMessage(f.getPath().toString(), size, header,
                            recordSize));
                }
                body = Math.max(0, body);
            }
            long records = body / recordSize;
            for (long first = 0; first < records; first += perChunk) {
                long n = Math.min(perChunk, records - first);
                out.add(new FileChunk(file, header + first * recordSize, n, recordSize, size));
            }
        }
        return out;
    }

    static String partialMessage(String file, long size, long header, long recordSize) {
        if (size < header) {
            return "file " + file + " is " + size + " bytes, shorter than its " + header + "-byte header (option"
                    + " 'header'); set option 'trailing' to 'skip' to read such files as empty";
        }
        long body = size - header;
        return "file " + file + " is " + size + " bytes: " + (header > 0 ? "after the " + header + "-byte header, " : "")
                + (body / recordSize) + " records of " + recordSize + " bytes and a partial record of "
                + (body % recordSize) + " bytes at offset " + (header + body / recordSize * recordSize)
                + "; set option 'trailing' to 'skip' to ignore it";
    }

    /** Spark's split size: no larger than maxPartitionBytes, small enough to give every core work. */
    static long maxSplitBytes(List<FileStatus> files, long maxPartitionBytes, long openCost, int minPartitions) {
        long total = 0;
        for (FileStatus f : files) {
            total += f.getLen() + openCost;
        }
        long perCore = total / Math.max(1, minPartitions);
        return Math.min(maxPartitionBytes, Math.max(openCost, perCore));
    }

    /** Packs chunks into partitions as Spark's FilePartition does: largest first, next fit, open cost counted. */
    static List<RecordPartition> pack(List<FileChunk> chunks, long maxSplitBytes, long openCost) {
        List<FileChunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingLong(FileChunk::bytes).reversed());
        List<RecordPartition> out = new ArrayList<>();
        List<FileChunk> current = new ArrayList<>();
        long size = 0;
        for (FileChunk c : sorted) {
            if (!current.isEmpty() && size + c.bytes() > maxSplitBytes) {
                out.add(new RecordPartition(current));
                current = new ArrayList<>();
                size = 0;
            }
            current.add(c);
            size += c.bytes() + openCost;
        }
        if (!current.isEmpty()) {
            out.add(new RecordPartition(current));
        }
        return out;
    }
}
