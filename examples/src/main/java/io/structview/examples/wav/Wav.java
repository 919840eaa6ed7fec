package io.structview.examples.wav;

import io.structview.MemoryView;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Reads and writes RIFF/WAVE files: headers through the classes generated from {@code wav.yaml}
 * ({@link RiffHeader}, {@link ChunkHeader}, {@link FmtChunk}), samples through {@code MemoryView.cast("h")}.
 *
 * <p>A WAVE file is a 12-byte RIFF header followed by chunks, each an 8-byte header (four-character id, body
 * size) and a body padded to an even size. Only {@code "fmt "} and {@code "data"} matter here; others (such as
 * {@code LIST} metadata) are skipped.
 */
public final class Wav {
    private Wav() {}

    /** PCM, the only {@code audioFormat} read here. */
    public static final int WAVE_FORMAT_PCM = 1;

    /**
     * What {@link #read} found.
     *
     * @param channels the channel count
     * @param sampleRate frames per second
     * @param bitsPerSample 16
     * @param frames the number of frames (one sample per channel)
     * @param peak the largest absolute sample value per channel
     * @param rms the root mean square of the samples per channel
     */
    public record Info(int channels, long sampleRate, int bitsPerSample, long frames, int[] peak, double[] rms) {
        /** The duration in seconds. */
        public double seconds() {
            return (double) frames / sampleRate;
        }

        /** One line per fact, as the tour prints them. */
        public String report() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "PCM %d-bit, %d channel(s), %d Hz, %d frames (%.3f s)", bitsPerSample, channels, sampleRate,
                    frames, seconds()));
            for (int c = 0; c < channels; c++) {
                b.append(String.format(Locale.ROOT, "%n   channel %d: peak %d (%.2f dBFS), RMS %.1f (%.2f dBFS)", c,
                        peak[c], dbfs(peak[c]), rms[c], dbfs(rms[c])));
            }
            return b.toString();
        }

        private static double dbfs(double value) {
            return 20 * Math.log10(value / 32768.0);
        }
    }

    /**
     * Maps a WAVE file and measures it.
     *
     * @param file a 16-bit PCM WAVE file
     * @return the format and the per-channel peak and RMS
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not 16-bit PCM WAVE
     */
    public static Info read(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena));
        }
    }

    /**
     * Measures a WAVE file held in memory.
     *
     * @param file the whole file
     * @return the format and the per-channel peak and RMS
     */
    public static Info read(MemorySegment file) {
        RiffHeader riff = new RiffHeader().wrap(file, 0);
        if (!riff.riffString(StandardCharsets.US_ASCII).equals("RIFF")
                || !riff.waveString(StandardCharsets.US_ASCII).equals("WAVE")) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        long end = Math.min(file.byteSize(), 8 + riff.size());

        // Walk the chunks: a header, a body, a pad byte after an odd-sized body.
        FmtChunk fmt = null;
        MemorySegment data = null;
        ChunkHeader chunk = new ChunkHeader();
        for (long at = RiffHeader.SIZE; at + ChunkHeader.SIZE <= end; ) {
            chunk.wrap(file, at);
            long body = at + ChunkHeader.SIZE;
            long size = Math.min(chunk.size(), end - body);
            switch (chunk.idString(StandardCharsets.US_ASCII)) {
                case "fmt " -> fmt = new FmtChunk().wrap(file, body);
                case "data" -> data = file.asSlice(body, size);
                default -> { } // LIST, fact, cue ...: not needed here
            }
            at = body + chunk.size() + (chunk.size() & 1);
        }
        if (fmt == null || data == null) {
            throw new IllegalArgumentException("WAVE file without " + (fmt == null ? "fmt " : "data") + " chunk");
        }
        if (fmt.audioFormat() != WAVE_FORMAT_PCM || fmt.bitsPerSample() != 16) {
            throw new IllegalArgumentException("only 16-bit PCM is measured here, not format " + fmt.audioFormat()
                    + " with " + fmt.bitsPerSample() + " bits");
        }

        // The samples: interleaved little-endian shorts, frame after frame, seen as a memoryview of 'h'.
        int channels = fmt.channels();
        long usable = data.byteSize() - data.byteSize() % fmt.blockAlign();
        MemoryView samples = MemoryView.of(data.asSlice(0, usable)).cast("h");
        long frames = samples.shape()[0] / channels;
        int[] peak = new int[channels];
        double[] sumSquares = new double[channels];
        for (long f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                long v = (Long) samples.get(f * channels + c);
                peak[c] = (int) Math.max(peak[c], Math.abs(v));
                sumSquares[c] += (double) v * v;
            }
        }
        double[] rms = new double[channels];
        for (int c = 0; c < channels; c++) {
            rms[c] = frames == 0 ? 0 : Math.sqrt(sumSquares[c] / frames);
        }
        return new Info(channels, fmt.sampleRate(), fmt.bitsPerSample(), frames, peak, rms);
    }

    /**
     * Writes a mono 16-bit PCM WAVE file holding a sine tone, headers through the generated setters.
     *
     * @param file the file to create or replace
     * @param sampleRate frames per second
     * @param frequency the tone's frequency in Hz
     * @param seconds the duration
     * @param amplitude the peak, from 0 to 1 of full scale
     * @throws IOException if the file cannot be written
     */
    public static void writeSine(Path file, int sampleRate, double frequency, double seconds, double amplitude)
            throws IOException {
        int channels = 1;
        int bytesPerSample = 2;
        long frames = Math.round(sampleRate * seconds);
        long dataSize = frames * channels * bytesPerSample;
        long fileSize = RiffHeader.SIZE + ChunkHeader.SIZE + FmtChunk.SIZE + ChunkHeader.SIZE + dataSize;

        try (Arena arena = Arena.ofConfined();
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            MemorySegment out = ch.map(FileChannel.MapMode.READ_WRITE, 0, fileSize, arena);
            long at = 0;
            new RiffHeader().wrap(out, at)
                    .riffString("RIFF", StandardCharsets.US_ASCII)
                    .size(fileSize - 8)
                    .waveString("WAVE", StandardCharsets.US_ASCII);
            at += RiffHeader.SIZE;
            ChunkHeader chunk = new ChunkHeader();
            chunk.wrap(out, at).idString("fmt ", StandardCharsets.US_ASCII).size(FmtChunk.SIZE);
            at += ChunkHeader.SIZE;
            new FmtChunk().wrap(out, at)
                    .audioFormat(WAVE_FORMAT_PCM)
                    .channels(channels)
                    .sampleRate(sampleRate)
                    .byteRate((long) sampleRate * channels * bytesPerSample)
                    .blockAlign(channels * bytesPerSample)
                    .bitsPerSample(8 * bytesPerSample);
            at += FmtChunk.SIZE;
            chunk.wrap(out, at).idString("data", StandardCharsets.US_ASCII).size(dataSize);
            at += ChunkHeader.SIZE;

            MemoryView samples = MemoryView.of(out.asSlice(at, dataSize)).cast("h");
            for (long i = 0; i < frames; i++) {
                double v = amplitude * 32767 * Math.sin(2 * Math.PI * frequency * i / sampleRate);
                samples.set(Math.round(v), i);
            }
            out.force();
        }
    }
}
