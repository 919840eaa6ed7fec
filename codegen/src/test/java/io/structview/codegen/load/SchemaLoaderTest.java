package io.structview.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.schema.FormatCode;
import io.structview.schema.Location;
import io.structview.schema.Member;
import io.structview.schema.Mode;
import io.structview.schema.Pep3118;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaLoaderTest {
    private static final String DIR = "src/test/resources/schemas/";

    static Schema load(String file) throws SchemaException {
        return SchemaLoader.load(Path.of(DIR + file));
    }

    /** {@code name@offset:<mode><count><code>}, nested records in braces, padding as pad@offset:N, then /size. */
    static String layout(Record r) {
        String members = r.members().stream().map(SchemaLoaderTest::layout).collect(Collectors.joining(" "));
        return members + (members.isEmpty() ? "" : " ") + "/" + r.size();
    }

    private static String layout(Member m) {
        if (m.isPadding()) {
            return "pad@" + m.offset() + ":" + m.count();
        }
        String count = m.isArray() || m.code() != null && m.code().countIsLength() ? String.valueOf(m.count()) : "";
        String type = m.isRecord() ? m.record().name() + "{" + layout(m.record()) + "}" : String.valueOf(m.code().code());
        return m.name() + "@" + m.offset() + ":" + m.mode().prefix() + count + type;
    }

    @Test
    void loadsTheWavHeaderExample() throws SchemaException {
        Schema schema = load("wav.yaml");
        assertThat(schema.packageName()).isEqualTo("com.example.wav");
        assertThat(schema.source()).isEqualTo(DIR + "wav.yaml");
        assertThat(schema.records()).hasSize(1);
        Record wav = schema.records().get(0);
        assertThat(wav.name()).isEqualTo("WavHeader");
        assertThat(wav.doc()).isEqualTo("The 44-byte header of a canonical PCM WAV file.");
        assertThat(layout(wav)).isEqualTo("riff@0:<4s chunkSize@4:<I wave@8:<4s fmt@12:<4s fmtSize@16:<I"
                + " audioFormat@20:<H channels@22:<H sampleRate@24:<I byteRate@28:<I blockAlign@32:<H"
                + " bitsPerSample@34:<H data@36:<4s dataSize@40:<I /44");
        assertThat(wav.member("riff").orElseThrow().doc()).isEqualTo("Chunk ID, the ASCII bytes \"RIFF\".");
        assertThat(wav.member("channels").orElseThrow().doc()).isEqualTo("1 = mono, 2 = stereo.");
        assertThat(wav.location()).contains(new Location(DIR + "wav.yaml", 7, 3));
        assertThat(wav.member("chunkSize").orElseThrow().location()).contains(new Location(DIR + "wav.yaml", 12, 16));
        // Docs aside, it is the record the architecture's one-line form gives.
        Record plain = Record.ofFormat("WavHeader", "<4sI4s4sIHHIIHH4sI", "riff", "chunkSize", "wave", "fmt",
                "fmtSize", "audioFormat", "channels", "sampleRate", "byteRate", "blockAlign", "bitsPerSample", "data",
                "dataSize");
        assertThat(layout(wav)).isEqualTo(layout(plain));
    }

    @Test
    void theArchitecturesOneLineFormLoadsToo() throws SchemaException {
        Schema schema = SchemaLoader.load("wav.yaml", """
                # src/main/structview/wav.yaml
                package: com.example.wav
                records:
                  WavHeader:
                    format: "<4sI4s4sIHHIIHH4sI"
                    fields: [riff, chunkSize, wave, fmt, fmtSize, audioFormat, channels,
                             sampleRate, byteRate, blockAlign, bitsPerSample, data, dataSize]
                """);
        assertThat(schema.records().get(0)).isEqualTo(Record.ofFormat("WavHeader", "<4sI4s4sIHHIIHH4sI", "riff",
                "chunkSize", "wave", "fmt", "fmtSize", "audioFormat", "channels", "sampleRate", "byteRate",
                "blockAlign", "bitsPerSample", "data", "dataSize"));
    }

    @Test
    void typedFieldsNestRecordsDeclaredInAnyOrder() throws SchemaException {
        Schema schema = load("geometry.yaml");
        assertThat(schema.records()).extracting(Record::name).containsExactly("Point", "Box", "Track");
        Record track = schema.record("Track").orElseThrow();
        String point = "Point{x@0:<i y@4:<i /8}";
        assertThat(layout(track)).isEqualTo("magic@0:<4s pad@4:2 count@6:>H points@8:<8" + point
                + " bounds@72:<Box{min@0:<" + point + " max@8:<" + point + " /16} /88");
        assertThat(track.member("count").orElseThrow().doc()).isEqualTo("Number of points in use, big-endian.");
        assertThat(schema.record("Point").orElseThrow().doc()).isEqualTo("A point on a grid.");
        assertThat(schema.record("Point").orElseThrow().member("x").orElseThrow().doc()).isEqualTo("across");
        assertThat(track.member("points").orElseThrow().record()).isSameAs(schema.record("Point").orElseThrow());
    }

    @Test
    void readsNumpyFormatsFromJson() throws SchemaException {
        Schema schema = load("numpy.json");
        assertThat(schema.records()).extracting(Record::name).containsExactly("ParticlePos", "Particle", "Header");
        assertThat(layout(schema.record("Particle").orElseThrow()))
                .isEqualTo("pos@0:@ParticlePos{x@0:@f y@4:@f /8} mass@8:@d tag@16:@3s pad@19:5 /24");
        assertThat(schema.record("Particle").orElseThrow().doc()).startsWith("np.dtype([('pos'");
        Record header = schema.record("Header").orElseThrow();
        assertThat(layout(header)).isEqualTo("magic@0:=4s count@4:=Q /12");
        assertThat(header.member("magic").orElseThrow().doc()).isEqualTo("\"NPY1\"");
        assertThat(header.member("count").orElseThrow().location())
                .contains(new Location(DIR + "numpy.json", 10, 56));
    }

    /** The acceptance rule: a schema file, a PEP 3118 format and the builder DSL give the same model. */
    @Test
    void threeWaysGiveTheSameFlatRecord() throws SchemaException {
        Record dsl = Record.builder("Sample").littleEndian().u32("id").u16("flags").array("coords", FormatCode.DOUBLE, 3)
                .build();
        assertThat(load("same/flat-format.yaml").records()).containsExactly(dsl);
        assertThat(load("same/flat-pep.yaml").records()).containsExactly(dsl);
        assertThat(load("same/flat-typed.json").records()).containsExactly(dsl);
        assertThat(Record.ofFormat("Sample", "<IH3d", "id", "flags", "coords")).isEqualTo(dsl);
        assertThat(Pep3118.parse("Sample", "T{<I:id:H:flags:(3)d:coords:}")).isEqualTo(dsl);
        assertThat(layout(dsl)).isEqualTo("id@0:<I flags@4:<H coords@6:<3d /30");
    }

    @Test
    void threeWaysGiveTheSameNestedRecords() throws SchemaException {
        Record pairs = Record.builder("SamplePairs").littleEndian().u16("a").u16("b").build();
        Record dsl = Record.builder("Sample").doc("A sample with a position and two pairs.").littleEndian()
                .u32("id")
                .record("pos", "SamplePos", p -> p.i32("x").i32("y"))
                .recordArray("pairs", pairs, 2)
                .build();
        Schema fromDsl = Schema.builder("com.example.same").add(dsl).build();
        Schema fromPep = load("same/nested-pep.yaml");
        Schema fromTyped = load("same/nested-typed.yaml");
        assertThat(fromPep.records()).isEqualTo(fromDsl.records());
        assertThat(fromTyped.records()).isEqualTo(fromDsl.records());
        assertThat(fromPep.records()).extracting(Record::name).containsExactly("SamplePos", "SamplePairs", "Sample");
        assertThat(layout(dsl)).isEqualTo("id@0:<I pos@4:<SamplePos{x@0:<i y@4:<i /8}"
                + " pairs@12:<2SamplePairs{a@0:<H b@2:<H /4} /20");
    }

    @Test
    void formatNamesPerValueOrPerCodeAndDocsPerField() throws SchemaException {
        Schema schema = SchemaLoader.load("v.yml", """
                package: p
                records:
                  PerValue: {format: "<2h", fields: [lo, hi]}
                  PerCode: {format: "<2h", fields: [{name: both, doc: "lo and hi"}]}
                  NoValues: {format: "<4x"}
                """);
        assertThat(schema.records()).extracting(SchemaLoaderTest::layout)
                .containsExactly("lo@0:<h hi@2:<h /4", "both@0:<2h /4", "pad@0:4 /4");
        assertThat(schema.record("PerCode").orElseThrow().member("both").orElseThrow().doc()).isEqualTo("lo and hi");
    }

    @Test
    void typedFieldsTakePrefixesCountsAndModes() throws SchemaException {
        Schema schema = SchemaLoader.load("t.yaml", """
                package: p
                records:
                  T:
                    mode: big
                    fields:
                      - {name: a, type: B}
                      - {name: b, type: "<i"}
                      - {name: c, type: "@q"}
                      - {name: d, type: h, count: 2}
                      - {name: e, type: 1d}
                      - {name: f, type: 5p}
                      - {type: 3x}
                      - {name: g, type: "=?"}
                """);
        assertThat(layout(schema.records().get(0)))
                .isEqualTo("a@0:>B b@1:<i c@8:@q d@16:>2h e@20:>1d f@28:>5p pad@33:3 g@36:=? /37");
        Member d = schema.records().get(0).member("d").orElseThrow();
        assertThat(d.isArray()).isTrue();
        assertThat(d.mode()).isEqualTo(Mode.BIG_ENDIAN);
    }

    @Test
    void yamlScalarsThatLookLikeOtherTypesAreNames() throws SchemaException {
        Schema schema = SchemaLoader.load("y.yaml", "package: p\nrecords:\n  R: {format: \"<3B\", fields: [yes, no, on]}\n");
        assertThat(layout(schema.records().get(0))).isEqualTo("yes@0:<B no@1:<B on@2:<B /3");
    }

    @Test
    void byteOrderMarkIsIgnored() throws SchemaException {
        Schema schema = SchemaLoader.load("b.json", "\uFEFF{\"package\": \"p\", \"records\": {\"R\": {\"format\": \"b\","
                + " \"fields\": [\"x\"]}}}");
        assertThat(schema.records()).hasSize(1);
    }
}
