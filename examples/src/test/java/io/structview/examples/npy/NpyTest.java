package io.structview.examples.npy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.structview.examples.Data;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
    @TempDir
    Path dir;

    /** points.npy was written by np.save; the expected numbers are NumPy's (tools/points_npy.py). */
    @Test
    void readsTheNumpyFile() throws Exception {
        Npy.Points points = Npy.read(Data.bundled("points.npy", dir));
        NpyHeader h = points.header();
        assertThat(h.major()).isEqualTo(1);
        assertThat(h.minor()).isZero();
        assertThat(h.dataOffset()).isEqualTo(128);
        assertThat(h.names()).containsExactly("id", "x", "y");
        assertThat(h.format()).isEqualTo("<Idd");
        assertThat(h.itemSize()).isEqualTo(20);
        assertThat(h.fortranOrder()).isFalse();
        assertThat(h.shape()).containsExactly(1000);
        assertThat(points.first()).containsExactly(1000L, 0.0, 0.0);
        assertThat(points.last()).containsExactly(1999L, -843.6252265924836, -535.067731279677);
        // NumPy sums pairwise, Java in order: the last bits may differ.
        assertThat(points.sumX()).isCloseTo(-72372.99052020902, within(1e-8));
        assertThat(points.sumY()).isCloseTo(78738.20779143737, within(1e-8));
        assertThat(points.farthestId()).isEqualTo(1999);
        assertThat(points.maxRadius()).isCloseTo(999.0, within(1e-9));
        assertThat(points.agreeing()).isEqualTo(1000);
        assertThat(points.report()).startsWith("NPY 1.0, data at byte 128, dtype [('id', '<u4'), ('x', '<f8'), "
                + "('y', '<f8')] -> struct '<Idd' (20 bytes = Point.SIZE), shape [1000]");
    }

    /** A .npy written here by the documented format (numpy.lib.format), records through the generated setters. */
    @Test
    void readsAFileWrittenByTheFormatSpecification() throws Exception {
        for (int version : new int[] {1, 2}) {
            int n = 50;
            Path file = dir.resolve("v" + version + ".npy");
            Files.write(file, npy(version, "[('id', '<u4'), ('x', '<f8'), ('y', '<f8')]", n, data -> {
                Point p = new Point();
                for (int i = 0; i < n; i++) {
                    p.wrap(data, i * Point.SIZE).id(4_000_000_000L + i).x(i * 1.5).y(-i);
                }
            }));
            Npy.Points points = Npy.read(file);
            assertThat(points.header().major()).isEqualTo(version);
            assertThat(points.header().dataOffset() % 64).isZero();
            assertThat(points.first()).containsExactly(4_000_000_000L, 0.0, 0.0);
            assertThat(points.last()).containsExactly(4_000_000_049L, 73.5, -49.0);
            assertThat(points.sumX()).isEqualTo(1.5 * (49 * 50 / 2));
            assertThat(points.farthestId()).isEqualTo(4_000_000_049L);
            assertThat(points.agreeing()).isEqualTo(n);
        }
    }

    @Test
    void mapsNumpyTypesToStructCodes() {
        assertThat(header("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }").format()).isEqualTo("<d");
        NpyHeader h = header("{'descr': [('a', '>i2'), ('b', '|u1'), ('pad', '|V3'), ('c', '>f4', (2, 3)),"
                + " ('s', '|S5'), ('t', '|b1')], 'fortran_order': True, 'shape': (7,)}");
        assertThat(h.format()).isEqualTo(">hB3x6f5s?");
        assertThat(h.itemSize()).isEqualTo(2 + 1 + 3 + 24 + 5 + 1);
        assertThat(h.names()).containsExactly("a", "b", "pad", "c", "s", "t");
        assertThat(h.fortranOrder()).isTrue();
        assertThat(h.shape()).containsExactly(7);
        assertThat(header("{'descr': '<i8', 'fortran_order': False, 'shape': ()}").count()).isEqualTo(1);
        assertThatThrownBy(() -> header("{'descr': [('a', '<i4'), ('b', '>i4')], 'fortran_order': False, 'shape': (1,)}"))
                .hasMessageContaining("mixed byte order");
        assertThatThrownBy(() -> header("{'descr': '<c16', 'fortran_order': False, 'shape': (1,)}"))
                .hasMessageContaining("<c16 has no struct code");
        assertThatThrownBy(() -> header("{'descr': '<f8', 'fortran_order': False, 'shape': (1,) junk}"))
                .hasMessageContaining("expected ',' or '}'");
    }

    @Test
    void rejectsOtherDtypesAndFiles() throws Exception {
        Path other = dir.resolve("other.npy");
        Files.write(other, npy(1, "[('id', '<u4'), ('x', '<f8'), ('z', '<f8')]", 1, data -> { }));
        assertThatThrownBy(() -> Npy.read(other)).hasMessageContaining("expected a 1-D array of [id, x, y]");
        Path notNpy = dir.resolve("not.npy");
        Files.write(notNpy, "PK\3\4 this is an .npz".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Npy.read(notNpy)).hasMessageContaining("bad magic");
        Path truncated = dir.resolve("truncated.npy");
        byte[] whole = Files.readAllBytes(Data.bundled("points.npy", dir));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThatThrownBy(() -> Npy.read(truncated)).hasMessageContaining("truncated .npy file: 1000 records need 20128 bytes, the file has 20127");
    }

    private static NpyHeader header(String dict) {
        return NpyHeader.parse(MemorySegment.ofArray(npy(1, dict, -1, null)));
    }

    /**
     * The .npy format: magic, version, little-endian header length (2 bytes in 1.0, 4 in 2.0), the header dict
     * padded with spaces and ending in a newline so that the data starts at a multiple of 64, then the data.
     *
     * @param descrOrDict a descr for a 1-D array of {@code n} elements, or (n < 0) the whole dict
     */
    private static byte[] npy(int version, String descrOrDict, int n, java.util.function.Consumer<MemorySegment> fill) {
        String dict = n < 0 ? descrOrDict
                : "{'descr': " + descrOrDict + ", 'fortran_order': False, 'shape': (" + n + ",), }";
        int prefix = version == 1 ? 10 : 12;
        int total = dict.length() + 1; // the newline
        int padded = (prefix + total + 63) / 64 * 64 - prefix;
        String header = dict + " ".repeat(padded - total) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(NpyHeader.MAGIC);
        out.write(version);
        out.write(0);
        ByteBuffer len = ByteBuffer.allocate(version == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (version == 1) {
            len.putShort((short) header.length());
        } else {
            len.putInt(header.length());
        }
        out.writeBytes(len.array());
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        if (n > 0) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment data = arena.allocate(n * Point.SIZE);
                fill.accept(data);
                out.writeBytes(data.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            }
        }
        return out.toByteArray();
    }

    @Test
    void literalReader() {
        Object v = NpyHeader.PyLiteral.parse("{'a': [1, -2, (3,)], \"b\": None, 'c': True, 'd': ()}");
        assertThat(v).isInstanceOf(java.util.Map.class);
        java.util.Map<?, ?> m = (java.util.Map<?, ?>) v;
        assertThat(m.keySet().stream().map(String::valueOf).toList()).containsExactly("a", "b", "c", "d");
        assertThat(m.get("a")).isEqualTo(List.of(1L, -2L, List.of(3L)));
        assertThat(m.get("b")).isNull();
        assertThat(m.get("c")).isEqualTo(true);
        assertThat(m.get("d")).isEqualTo(List.of());
    }
}
