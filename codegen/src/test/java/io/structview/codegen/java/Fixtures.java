package io.structview.codegen.java;

import io.structview.schema.Location;
import io.structview.schema.Mode;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.util.List;

/** Schemas the golden files and behaviour tests share, declared with the record builder. */
final class Fixtures {
    private Fixtures() {}

    /** ARCHITECTURE.md's sketch: {@code Point: {format: "<iid", fields: [x, y, weight]}}. */
    static Schema point() {
        Record point = Record.builder("Point")
                .doc("A point in the plane, with a weight.")
                .member("x", "<i", "Horizontal coordinate.", null)
                .member("y", "<i", "Vertical coordinate.", null)
                .member("weight", "<d")
                .build();
        return new Schema("com.example.point", List.of(point), "src/main/structview/point.yaml");
    }

    /** ARCHITECTURE.md's WAV header: {@code <4sI4s4sIHHIIHH4sI}. */
    static Schema wavHeader() {
        Record wav = Record.builder("WavHeader")
                .doc("The 44-byte header of a canonical RIFF/WAVE file.")
                .mode(Mode.LITTLE_ENDIAN)
                .member("riff", "4s", "\"RIFF\".", new Location("wav.yaml", 5, 13))
                .member("chunkSize", "I", "File size minus 8.", null)
                .member("wave", "4s", "\"WAVE\".", null)
                .member("fmt", "4s", "\"fmt \".", null)
                .member("fmtSize", "I")
                .member("audioFormat", "H", "1 for PCM.", null)
                .member("channels", "H")
                .member("sampleRate", "I")
                .member("byteRate", "I")
                .member("blockAlign", "H")
                .member("bitsPerSample", "H")
                .member("data", "4s")
                .member("dataSize", "I")
                .build();
        return new Schema("com.example.wav", List.of(wav), "wav.yaml");
    }

    /**
     * Native-mode records with every kind of member: nesting, arrays of records whose stride breaks their
     * alignment (so the layout needs {@code LAYOUT_UNALIGNED}), strings, padding, a big-endian field, a bool and a
     * half float.
     */
    static Schema particles() {
        Record vec = Record.builder("Vec")
                .doc("A 3-vector with an integer tag; 28 bytes in native mode, so arrays of it are misaligned.")
                .member("xyz", "3d", "Coordinates <x, y, z> & more.", null)
                .member("tag", "i")
                .build();
        Record particle = Record.builder("Particle")
                .doc("A particle.\n\nIts doc has a second paragraph, an @tag and a */ to escape.")
                .member("kind", "c")
                .member("pos", "@d")
                .record("where", vec, "Position.", null)
                .recordArray("trail", vec, 2, "Last two positions.", null)
                .member("alive", "?")
                .member("charge", "e")
                .member("name", "8s")
                .member("label", "5p")
                .padding(2)
                .member("id", "Q")
                .member("port", ">H", "Network port, big-endian.", null)
                .member("counts", "<3B")
                .member("delta", "=l")
                .member("ptr", "P")
                .build();
        return new Schema("com.example.particles", List.of(vec, particle), "particles.json");
    }

    static List<Schema> all() {
        return List.of(point(), wavHeader(), particles());
    }
}
