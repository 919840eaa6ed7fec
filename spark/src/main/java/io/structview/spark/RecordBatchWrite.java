package io.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * Spark's commit protocol for record files: each task writes {@code _temporary/<query>/part-<partition>-<task>.bin}
 * inside the target folder; the job's commit moves the committed tasks' files to {@code part-<partition>.bin}, and
 * an abort deletes them, so a failed job leaves no half-written output. Local file systems only.
 */
final class RecordBatchWrite implements BatchWrite {
    private final SourceOptions options;
    private final String folder;
    private final String queryId;
    private final boolean truncate;

    RecordBatchWrite(SourceOptions options, String folder, String queryId, boolean truncate) {
        this.options = options;
        this.folder = folder;
        this.queryId = queryId;
        this.truncate = truncate;
    }

    static Path localFolder(String folder) {
        return folder.startsWith("file:") ? Path.of(java.net.URI.create(folder)) : Path.of(folder);
    }

    @Override
    public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
        Path staging = localFolder(folder).resolve("_temporary").resolve(queryId);
        return new RecordWriterFactory(options, staging.toString());
    }

    @Override
    public void commit(WriterCommitMessage[] messages) {
        Path target = localFolder(folder);
        try {
            if (truncate) {
                for (Path old : recordFiles(target)) {
                    Files.delete(old);
                }
            }
            for (WriterCommitMessage m : messages) {
                RecordWriterFactory.Written w = (RecordWriterFactory.Written) m;
                Path to = target.resolve(String.format("part-%05d-%s.bin", w.partition(), queryId));
                Files.move(Path.of(w.file()), to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the record files in " + target + ": " + e.getMessage(), e);
        } finally {
            deleteStaging(target);
        }
    }

    @Override
    public void abort(WriterCommitMessage[] messages) {
        deleteStaging(localFolder(folder));
    }

    /** The files a previous write left: {@code part-*.bin} directly in the folder, nothing else. */
    private static List<Path> recordFiles(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("part-\\d{5}-[^/]*\\.bin")
                    && Files.isRegularFile(p)).toList();
        }
    }

    private void deleteStaging(Path target) {
        Path staging = target.resolve("_temporary").resolve(queryId);
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> s = Files.walk(staging)) {
            List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
            Path parent = staging.getParent();
            try (Stream<Path> rest = Files.list(parent)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(parent);
                }
            }
        } catch (IOException e) {
            // Leftovers under _temporary are skipped by readers (names starting with '_').
        }
    }
}
