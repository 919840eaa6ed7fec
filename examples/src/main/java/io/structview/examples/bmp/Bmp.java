package io.structview.examples.bmp;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Reads a 24-bit Windows bitmap: {@link BitmapFileHeader} and {@link BitmapInfoHeader} (generated from
 * {@code bmp.yaml}), then a per-channel histogram over the pixel rows.
 *
 * <p>Pixels are stored blue, green, red; each row is padded to a multiple of 4 bytes; a positive height means
 * the rows are stored bottom-up (the first row in the file is the bottom of the picture).
 */
public final class Bmp {
    private Bmp() {}

    /** Uncompressed pixels, the only {@code compression} read here. */
    public static final int BI_RGB = 0;

    /**
     * What {@link #read} found.
     *
     * @param width the width in pixels
     * @param height the height in pixels (always positive here)
     * @param bottomUp whether the file stores the bottom row first
     * @param rowStride bytes per stored row, padding included
     * @param histogram counts per value 0..255, indexed {@code [channel][value]} with channels red, green, blue
     * @param topLeft the red, green, blue of the picture's top-left pixel
     */
    public record Image(int width, int height, boolean bottomUp, long rowStride, long[][] histogram, int[] topLeft) {
        /** The channel names, in {@link #histogram} order. */
        public static final String[] CHANNELS = {"red", "green", "blue"};

        /**
         * The mean value of a channel.
         *
         * @param channel 0 red, 1 green, 2 blue
         * @return the mean over all pixels
         */
        public double mean(int channel) {
            long sum = 0;
            long n = 0;
            for (int v = 0; v < 256; v++) {
                sum += v * histogram[channel][v];
                n += histogram[channel][v];
            }
            return (double) sum / n;
        }

        /**
         * The most frequent value of a channel (the smallest one on a tie).
         *
         * @param channel 0 red, 1 green, 2 blue
         * @return the value
         */
        public int mode(int channel) {
            int best = 0;
            for (int v = 1; v < 256; v++) {
                if (histogram[channel][v] > histogram[channel][best]) {
                    best = v;
                }
            }
            return best;
        }

        /**
         * How many distinct values a channel takes.
         *
         * @param channel 0 red, 1 green, 2 blue
         * @return the count of non-empty bins
         */
        public int distinct(int channel) {
            int n = 0;
            for (long count : histogram[channel]) {
                n += count > 0 ? 1 : 0;
            }
            return n;
        }

        /** One line per fact, as the tour prints them. */
        public String report() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d x %d, 24-bit, %s, rows of %d bytes padded to %d; top-left pixel rgb(%d, %d, %d)", width,
                    height, bottomUp ? "bottom-up" : "top-down", 3L * width, rowStride, topLeft[0], topLeft[1],
                    topLeft[2]));
            for (int c = 0; c < 3; c++) {
                b.append(String.format(Locale.ROOT, "%n   %-5s mean %6.2f, mode %3d (%d pixels), %d distinct values",
                        CHANNELS[c], mean(c), mode(c), histogram[c][mode(c)], distinct(c)));
            }
            return b.toString();
        }
    }

    /**
     * Maps a bitmap file and computes its histogram.
     *
     * @param file a 24-bit uncompressed BMP
     * @return the image facts and histogram
     * @throws IOException if the file cannot be read
     */
    public static Image read(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena));
        }
    }

    /**
     * Computes the histogram of a bitmap held in memory.
     *
     * @param file the whole file
     * @return the image facts and histogram
     */
    public static Image read(MemorySegment file) {
        BitmapFileHeader fileHeader = new BitmapFileHeader().wrap(file, 0);
        if (!fileHeader.typeString(StandardCharsets.US_ASCII).equals("BM")) {
            throw new IllegalArgumentException("not a BMP file (no 'BM' signature)");
        }
        BitmapInfoHeader info = new BitmapInfoHeader().wrap(file, BitmapFileHeader.SIZE);
        if (info.headerSize() < BitmapInfoHeader.SIZE) {
            throw new IllegalArgumentException("OS/2 bitmap header (" + info.headerSize() + " bytes) not supported");
        }
        if (info.bitCount() != 24 || info.compression() != BI_RGB) {
            throw new IllegalArgumentException("only uncompressed 24-bit bitmaps are read here, not "
                    + info.bitCount() + "-bit compression " + info.compression());
        }
        int width = info.width();
        boolean bottomUp = info.height() > 0; // a negative height means top-down rows
        int height = Math.abs(info.height());
        long rowStride = (3L * width + 3) & ~3L; // each row padded to 4 bytes
        long pixels = fileHeader.pixelOffset();
        if (pixels + rowStride * height > file.byteSize()) {
            throw new IllegalArgumentException("pixel rows run past the end of the file");
        }

        long[][] histogram = new long[3][256];
        for (int row = 0; row < height; row++) {
            long at = pixels + row * rowStride;
            for (int x = 0; x < width; x++, at += 3) {
                histogram[2][file.get(ValueLayout.JAVA_BYTE, at) & 0xff]++; // blue
                histogram[1][file.get(ValueLayout.JAVA_BYTE, at + 1) & 0xff]++; // green
                histogram[0][file.get(ValueLayout.JAVA_BYTE, at + 2) & 0xff]++; // red
            }
        }
        long topRow = pixels + (bottomUp ? height - 1 : 0) * rowStride;
        int[] topLeft = {
            file.get(ValueLayout.JAVA_BYTE, topRow + 2) & 0xff,
            file.get(ValueLayout.JAVA_BYTE, topRow + 1) & 0xff,
            file.get(ValueLayout.JAVA_BYTE, topRow) & 0xff
        };
        return new Image(width, height, bottomUp, rowStride, histogram, topLeft);
    }
}
