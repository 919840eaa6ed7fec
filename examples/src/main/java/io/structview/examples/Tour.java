package io.structview.examples;

import io.structview.Struct;
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

    /**
     * Runs the tour.
     *
     * @param args an optional work directory for generated data (default: a temporary directory)
     * @throws IOException if the work directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("structview-tour");
        Files.createDirectories(work);
        System.out.println("StructView example tour (work directory: " + work + ")");
        structBasics();
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
}
