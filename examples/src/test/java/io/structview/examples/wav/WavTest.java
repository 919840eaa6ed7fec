package io.structview.examples.wav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.structview.Struct;
import io.structview.examples.Data;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavTest {
    @TempDir
    Path dir;

    /** chord.wav was made by sox; the expected numbers come from Python's wave module (tools/make_data.sh). */
    @Test
    void readsTheSoxChord() throws Exception {
        Wav.Info info = Wav.read(Data.bundled("chord.wav", dir));
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.sampleRate()).isEqualTo(8000);
        assertThat(info.bitsPerSample()).isEqualTo(16);
        assertThat(info.frames()).isEqualTo(2000);
        assertThat(info.seconds()).isEqualTo(0.25);
        assertThat(info.peak()).containsExactly(16385, 16398);
        assertThat(info.rms()[0]).isCloseTo(11585.220020418257, within(1e-9));
        assertThat(info.rms()[1]).isCloseTo(11585.180349114122, within(1e-9));
        assertThat(info.report()).startsWith("PCM 16-bit, 2 channel(s), 8000 Hz, 2000 frames (0.250 s)")
                .contains("channel 0: peak 16385 (-6.02 dBFS), RMS 11585.2 (-9.03 dBFS)");
    }

    @Test
    void writesASineToneAndReadsItBack() throws Exception {
        Path tone = dir.resolve("tone.wav");
        Wav.writeSine(tone, 44_100, 1000, 0.5, 0.25);
        byte[] bytes = Files.readAllBytes(tone);

        // The canonical 44-byte header, packed independently by Struct.
        byte[] expected = Struct.of("<4sI4s4sIHHIIHH4sI").pack("RIFF".getBytes(), 36L + 44_100, "WAVE".getBytes(),
                "fmt ".getBytes(), 16L, 1, 1, 44_100L, 88_200L, 2, 16, "data".getBytes(), 44_100L);
        assertThat(bytes).hasSize(44 + 44_100);
        assertThat(Arrays.copyOf(bytes, 44)).isEqualTo(expected);
        // Sample 11 is sin(2 pi 1000 * 11 / 44100) of a quarter of full scale.
        short s11 = ByteBuffer.wrap(bytes, 44 + 22, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertThat(s11).isEqualTo((short) Math.round(0.25 * 32767 * Math.sin(2 * Math.PI * 1000 * 11 / 44_100.0)));

        Wav.Info info = Wav.read(tone);
        assertThat(info.channels()).isEqualTo(1);
        assertThat(info.sampleRate()).isEqualTo(44_100);
        assertThat(info.frames()).isEqualTo(22_050);
        assertThat(info.peak()[0]).isBetween(8185, 8192);
        assertThat(info.rms()[0]).isCloseTo(0.25 * 32767 / Math.sqrt(2), within(2.0));
    }

    /** Chunks other than fmt and data are skipped, odd-sized ones with their pad byte. */
    @Test
    void skipsOtherChunks() throws Exception {
        byte[] chord = Files.readAllBytes(Data.bundled("chord.wav", dir));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(chord, 0, 36); // RIFF header and fmt chunk
        out.write(Struct.of("<4sI").pack("LIST".getBytes(), 5L));
        out.write(new byte[] {'h', 'e', 'l', 'l', 'o', 0}); // 5 bytes and a pad byte
        out.write(chord, 36, chord.length - 36); // data chunk
        byte[] longer = out.toByteArray();
        ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putInt(4, longer.length - 8);

        Wav.Info info = Wav.read(MemorySegment.ofArray(longer));
        Wav.Info original = Wav.read(MemorySegment.ofArray(chord));
        assertThat(info.frames()).isEqualTo(original.frames());
        assertThat(info.peak()).isEqualTo(original.peak());
        assertThat(info.rms()).isEqualTo(original.rms());
    }

    @Test
    void rejectsWhatIsNotPcmWave() throws Exception {
        byte[] chord = Files.readAllBytes(Data.bundled("chord.wav", dir));
        byte[] notWave = chord.clone();
        notWave[8] = 'A';
        assertThatThrownBy(() -> Wav.read(MemorySegment.ofArray(notWave))).hasMessageContaining("not a RIFF/WAVE");
        byte[] floats = chord.clone();
        floats[20] = 3; // WAVE_FORMAT_IEEE_FLOAT
        assertThatThrownBy(() -> Wav.read(MemorySegment.ofArray(floats))).hasMessageContaining("not format 3");
        byte[] noData = Arrays.copyOf(chord, 36);
        ByteBuffer.wrap(noData).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 28);
        assertThatThrownBy(() -> Wav.read(MemorySegment.ofArray(noData))).hasMessageContaining("without data chunk");
    }
}
