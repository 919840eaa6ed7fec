package io.structview.examples.npy;

import io.structview.MemoryView;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Opens a NumPy {@code .npy} file of {@code [('id', '<u4'), ('x', '<f8'), ('y', '<f8')]} records zero-copy: the
 * header is parsed ({@link NpyHeader}), the file is memory-mapped, and the same mapped bytes are read two ways,
 * as a record {@link MemoryView} (format {@code <Idd}, items as {@code Object[]}) and through {@link Point},
 * generated from {@code npy.yaml}.
 */
public final class Npy {
    private Npy() {}

    /**
     * What {@link #read} found.
     *
     * @param header the parsed header
     * @param first the first record, as the record view returns it
     * @param last the last record, as the record view returns it
     * @param sumX the sum of {@code x}, through the generated accessors
     * @param sumY the sum of {@code y}
     * @param farthestId the {@code id} of the point farthest from the origin
     * @param maxRadius its distance from the origin
     * @param agreeing how many records the view and the accessors read identically (all of them)
     */
    public record Points(NpyHeader header, Object[] first, Object[] last, double sumX, double sumY,
            long farthestId, double maxRadius, long agreeing) {
        /** One line per fact, as the tour prints them. */
        public String report() {
            return String.format(Locale.ROOT,
                    "NPY %d.%d, data at byte %d, dtype %s -> struct '%s' (%d bytes = Point.SIZE), shape %s%n"
                            + "   record view: [0] = %s, [%d] = %s%n"
                            + "   Point accessors: sum x = %.6f, sum y = %.6f, farthest id %d at r = %.3f%n"
                            + "   both views agree on %d of %d records, read in place from the mapping",
                    header.major(), header.minor(), header.dataOffset(), descr(header), header.format(),
                    header.itemSize(), Arrays.toString(header.shape()), Arrays.toString(first),
                    header.count() - 1, Arrays.toString(last), sumX, sumY, farthestId, maxRadius, agreeing,
                    header.count());
        }

        private static String descr(NpyHeader h) {
            int start = h.header().indexOf('[');
            int end = h.header().indexOf(']');
            return start >= 0 && end > start ? h.header().substring(start, end + 1) : h.format();
        }
    }

    /**
     * Maps a {@code .npy} file of points and reads it both ways.
     *
     * @param file a 1-D {@code .npy} array of dtype {@code [('id','<u4'),('x','<f8'),('y','<f8')]}
     * @return what was found
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file's dtype is not {@link Point}'s
     */
    public static Points read(Path file) throws IOException {
        // The view owns the mapping: closing it unmaps the file.
        try (MemoryView mapped = MemoryView.map(file, FileChannel.MapMode.READ_ONLY)) {
            NpyHeader header = NpyHeader.parse(mapped.segment());

            // The dtype must be Point's: same field names in the same order, same packed size.
            List<String> pointFields = Point.LAYOUT.memberLayouts().stream()
                    .map(l -> l.name().orElse("")).toList();
            if (header.shape().length != 1 || header.itemSize() != Point.SIZE || !header.names().equals(pointFields)) {
                throw new IllegalArgumentException("expected a 1-D array of " + pointFields + " (" + Point.SIZE
                        + " bytes each), found " + header.header());
            }
            long count = header.count();
            if (header.dataOffset() + count * Point.SIZE > mapped.nbytes()) {
                throw new IllegalArgumentException("truncated .npy file: " + count + " records need "
                        + (header.dataOffset() + count * Point.SIZE) + " bytes, the file has " + mapped.nbytes());
            }

            // 1. A record memoryview over the data, as Python's memoryview(mapped)[offset:].cast(format) would be
            //    if CPython allowed record formats: each item unpacks to Object[] {Long id, Double x, Double y}.
            MemoryView records = mapped.slice(header.dataOffset(), header.dataOffset() + count * Point.SIZE)
                    .cast(header.format());
            Object[] first = (Object[]) records.get(0);
            Object[] last = (Object[]) records.get(count - 1);
            MemorySegment data = records.segment(); // the same mapped bytes, no copy

            // 2. The generated flyweight over the same bytes: no boxing, no allocation per record.
            Point p = new Point();
            double sumX = 0;
            double sumY = 0;
            double maxRadius = -1;
            long farthest = -1;
            for (long i = 0; i < count; i++) {
                p.wrap(data, i * Point.SIZE);
                sumX += p.x();
                sumY += p.y();
                double r = Math.hypot(p.x(), p.y());
                if (r > maxRadius) {
                    maxRadius = r;
                    farthest = p.id();
                }
            }

            // The two readings agree record by record.
            long agreeing = 0;
            for (long i = 0; i < count; i++) {
                Object[] item = (Object[]) records.get(i);
                p.wrap(data, i * Point.SIZE);
                if ((Long) item[0] == p.id() && ((Double) item[1]).equals(p.x()) && ((Double) item[2]).equals(p.y())) {
                    agreeing++;
                }
            }
            return new Points(header, first, last, sumX, sumY, farthest, maxRadius, agreeing);
        }
    }
}
