package io.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * The bytes of one chunk, handed out a run of records at a time. Local files are memory-mapped once per chunk
 * (reads go straight to the page cache, no copy); files on other Hadoop file systems are read a run at a time
 * into one reused buffer.
 */
abstract sealed class ChunkInput implements AutoCloseable {
    final FileChunk chunk;

    private ChunkInput(FileChunk chunk) {
        this.chunk = chunk;
    }

    /** {@return the input of a chunk, checked against the size the file had when the query was planned} */
    static ChunkInput open(FileChunk chunk, int batchRows) {
        URI uri = URI.create(chunk.file());
        try {
            if ("file".equals(uri.getScheme())) {
                return new Mapped(chunk, Path.of(uri));
            }
            return new Streamed(chunk, uri, batchRows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + chunk.file() + ": " + e.getMessage(), e);
        }
    }

    /** {@return a segment holding records {@code first .. first+rows-1} of the chunk} */
    abstract MemorySegment records(long first, int rows);

    /** {@return where record {@code first} starts in the segment {@link #records} returned} */
    abstract long base(long first);

    @Override
    public abstract void close();

    static void checkSize(FileChunk chunk, long now) {
        if (now != chunk.fileSize()) {
            throw new IllegalStateException("file " + chunk.file() + " changed during the query: it is now " + now
                    + " bytes, it was " + chunk.fileSize() + " when the query was planned");
        }
    }

    /** A local file: the chunk mapped read-only; the arena unmaps it on close. */
    static final class Mapped extends ChunkInput {
        private final Arena arena = Arena.ofShared();
        private final MemorySegment segment;

        Mapped(FileChunk chunk, Path path) throws IOException {
            super(chunk);
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                checkSize(chunk, ch.size());
                segment = ch.map(FileChannel.MapMode.READ_ONLY, chunk.start(), chunk.bytes(), arena);
            } catch (IOException | RuntimeException e) {
                arena.close();
                throw e;
            }
        }

        @Override
        MemorySegment records(long first, int rows) {
            return segment;
        }

        @Override
        long base(long first) {
            return first * chunk.recordSize();
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    /** Any other Hadoop file system: positioned reads into a buffer of one batch. */
    static final class Streamed extends ChunkInput {
        private final FSDataInputStream in;
        private final byte[] buffer;
        private final MemorySegment segment;

        Streamed(FileChunk chunk, URI uri, int batchRows) throws IOException {
            super(chunk);
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
            FileSystem fs = path.getFileSystem(new Configuration());
            checkSize(chunk, fs.getFileStatus(path).getLen());
            in = fs.open(path);
            buffer = new byte[Math.toIntExact(Math.min(chunk.bytes(), batchRows * chunk.recordSize()))];
            segment = MemorySegment.ofArray(buffer);
        }

        @Override
        MemorySegment records(long first, int rows) {
            try {
                in.readFully(chunk.start() + first * chunk.recordSize(), buffer, 0,
                        Math.toIntExact(rows * chunk.recordSize()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + chunk.file() + ": " + e.getMessage(), e);
            }
            return segment;
        }

        @Override
        long base(long first) {
            return 0;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
