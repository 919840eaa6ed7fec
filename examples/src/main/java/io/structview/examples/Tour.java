package io.structview.examples;

import io.structview.Struct;
import io.structview.examples.bmp.Bmp;
import io.structview.examples.npy.Npy;
import io.structview.examples.pcap.Pcap;
import io.structview.examples.posix.Posix;
import io.structview.examples.ticks.Ticks;
import io.structview.examples.wav.Wav;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The example tour: runs each example on bundled or generated data and prints what it found.
 *
 * <p>Run it with {@code mvn -B -q -Ptour verify -DskipTests} from the repository root.
 */
public final class Tour {
    private Tour() {}

    /** Ticks the tour writes and scans. */
    public static final long TICKS = 10_000_000;

    /**
     * Runs the tour.
     *
     * @param args an optional work directory for generated data (default: a temporary directory), and an optional
     *     tick count (default {@value #TICKS})
     * @throws IOException if the work directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("structview-tour");
        long ticks = args.length > 1 ? Long.parseLong(args[1]) : TICKS;
        Files.createDirectories(work);
        System.out.println("StructView example tour (work directory: " + work + ")");
        structBasics();
        wav(work);
        bmp(work);
        pcap(work);
        ticks(work, ticks);
        posix();
        npy(work);
    }

    /** Python's {@code struct.pack('<IHd', 1, 2, 3.0)} and back, with the layout CPython computes. */
    static void structBasics() {
        Struct s = Struct.of("<IHd");
        byte[] packed = s.pack(1L, 2, 3.0);
        System.out.println("== struct: " + s + " packs (1, 2, 3.0) as " + HexFormat.of().formatHex(packed)
                + " and unpacks " + Arrays.toString(s.unpack(packed)));
        Struct nat = Struct.of("@bid");
        System.out.println("   native alignment: " + nat.format() + " fields at offsets "
                + nat.fields().stream().map(f -> f.code() + "@" + f.offset()).toList() + ", size " + nat.size());
    }

    /** A WAV file made by sox, then one written by the example itself and read back. */
    static void wav(Path work) throws IOException {
        Path chord = Data.bundled("chord.wav", work);
        System.out.println("== wav: " + chord.getFileName() + " (sox: 440 Hz left, 660 Hz right, half scale)");
        System.out.println("   " + Wav.read(chord).report());
        Path tone = work.resolve("tone.wav");
        Wav.writeSine(tone, 44_100, 1000, 0.5, 0.25);
        System.out.println("== wav: wrote " + tone.getFileName() + " (1 kHz sine, quarter scale), read back:");
        System.out.println("   " + Wav.read(tone).report());
    }

    /** A 24-bit BMP written by netpbm's ppmtobmp. */
    static void bmp(Path work) throws IOException {
        Path scene = Data.bundled("scene.bmp", work);
        System.out.println("== bmp: " + scene.getFileName());
        System.out.println("   " + Bmp.read(scene).report());
    }

    /** A tcpdump capture of UDP and TCP traffic on the loopback interface. */
    static void pcap(Path work) throws IOException {
        Path capture = Data.bundled("loopback.pcap", work);
        System.out.println("== pcap: " + capture.getFileName());
        System.out.println("   " + Pcap.read(capture).report());
    }

    /** Millions of ticks written to a mapped file, then mapped again and scanned five times for per-symbol VWAP. */
    static void ticks(Path work, long count) throws IOException {
        Path file = work.resolve("ticks.bin");
        System.out.println("== ticks: " + file.getFileName());
        long start = System.nanoTime();
        Ticks.generate(file, count, 64, 42);
        long writeNanos = System.nanoTime() - start;
        Ticks.Vwap[] passes = Ticks.vwap(file, 5);
        System.out.println("   " + Ticks.report(passes, Files.size(file), writeNanos));
        Files.delete(file);
    }

    /** clock_gettime and uname through FFM. */
    static void posix() {
        System.out.println("== native: libc through java.lang.foreign.Linker");
        System.out.println("   " + Posix.report());
    }

    /** A structured array saved by NumPy. */
    static void npy(Path work) throws IOException {
        Path points = Data.bundled("points.npy", work);
        System.out.println("== numpy: " + points.getFileName() + " (np.save of a structured array)");
        System.out.println("   " + Npy.read(points).report());
    }
}
