package com.example.wav;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.Struct;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Behaviour of the generated {@code WavHeader} ({@code <4sI4s4sIHHIIHH4sI}). Run by GeneratedBehaviourTest. */
public final class WavHeaderChecks {
    private static final Struct WAV = Struct.of("<4sI4s4sIHHIIHH4sI");

    private WavHeaderChecks() {}

    private static byte[] canonical() {
        return WAV.pack(bytes("RIFF"), 36, bytes("WAVE"), bytes("fmt "), 16, 1, 2, 44100, 176400, 4, 16,
                bytes("data"), 0);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(US_ASCII);
    }

    public static void settersWriteTheBytesStructPacks() {
        byte[] out = new byte[44];
        new WavHeader().wrap(MemorySegment.ofArray(out), 0)
                .riffString("RIFF", US_ASCII).chunkSize(36).waveString("WAVE", US_ASCII).fmtString("fmt ", US_ASCII)
                .fmtSize(16).audioFormat(1).channels(2).sampleRate(44100).byteRate(176400).blockAlign(4)
                .bitsPerSample(16).dataString("data", US_ASCII).dataSize(0);
        assertThat(out).isEqualTo(canonical());
    }

    public static void gettersReadWhatStructPacks() {
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(canonical()), 0);
        assertThat(h.riffString(US_ASCII)).isEqualTo("RIFF");
        assertThat(h.sampleRate()).isEqualTo(44100L);
        assertThat(h.channels()).isEqualTo(2);
        assertThat(WavHeader.byteRate(h.segment(), 0)).isEqualTo(176400L);
        assertThat(h).hasToString("WavHeader[riff=b'RIFF', chunkSize=36, wave=b'WAVE', fmt=b'fmt ', fmtSize=16,"
                + " audioFormat=1, channels=2, sampleRate=44100, byteRate=176400, blockAlign=4, bitsPerSample=16,"
                + " data=b'data', dataSize=0]");
    }

    public static void unsignedFieldsReadTheirFullRange() {
        byte[] b = WAV.pack(bytes("RIFF"), 4294967295L, bytes(""), bytes(""), 0, 65535, 0, 0, 0, 0, 0, bytes(""), 0);
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(b), 0);
        assertThat(h.chunkSize()).isEqualTo(4294967295L);
        assertThat(h.audioFormat()).isEqualTo(65535);
    }

    public static void narrowUnsignedSettersCheckTheirRange() {
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(new byte[44]), 0);
        assertThatThrownBy(() -> h.channels(65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channels: 65536 is out of range 0..65535 of code H");
        assertThatThrownBy(() -> h.chunkSize(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunkSize: -1 is out of range 0..4294967295 of code I");
        assertThatThrownBy(() -> WavHeader.dataSize(h.segment(), 0, 1L << 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataSize: 4294967296 is out of range 0..4294967295 of code I");
        assertThat(h.channels(65535).chunkSize(4294967295L).channels()).isEqualTo(65535);
    }

    public static void stringsAreNulPaddedOnWriteAndNulTrimmedOnRead() {
        byte[] b = new byte[44];
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(b), 0);
        h.riffString("RIFF", US_ASCII).riffString("RI", US_ASCII);
        assertThat(h.riff().toArray(ValueLayout.JAVA_BYTE)).containsExactly('R', 'I', 0, 0);
        assertThat(h.riffString(US_ASCII)).isEqualTo("RI");
        // Bytes after the first NUL are not part of the string, as in C.
        h.riff().set(ValueLayout.JAVA_BYTE, 3, (byte) 'X');
        assertThat(h.riffString(US_ASCII)).isEqualTo("RI");
        assertThat(h.toString()).startsWith("WavHeader[riff=b'RI\\x00X', ");
        // A full-length string has no NUL at all.
        assertThat(h.waveString("WAVE", US_ASCII).waveString(US_ASCII)).isEqualTo("WAVE");
    }

    public static void stringsThatDoNotFitAreRefused() {
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(new byte[44]), 0);
        assertThatThrownBy(() -> h.riffString("RIFFX", US_ASCII))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("riff: 5 bytes in US-ASCII exceed the field's 4 bytes");
        assertThatThrownBy(() -> h.riffString("\u00e9\u00e9\u00e9", UTF_8))
                .hasMessage("riff: 6 bytes in UTF-8 exceed the field's 4 bytes");
        assertThat(h.riffString(US_ASCII)).isEmpty();
    }

    public static void slicesWriteThrough() {
        byte[] b = new byte[44];
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(b), 0);
        h.data().copyFrom(MemorySegment.ofArray(bytes("data")));
        assertThat(WAV.unpack(b)[11]).isEqualTo(bytes("data"));
        assertThat(WavHeader.DATA_LENGTH).isEqualTo(4);
        assertThat(WavHeader.data(h.segment(), 0).byteSize()).isEqualTo(4);
    }

    public static void stringBytesCopyToAndFromArraysWithoutACharset() {
        byte[] record = canonical();
        WavHeader h = new WavHeader().wrap(MemorySegment.ofArray(record), 0);
        byte[] dst = {9, 9, 9, 9, 9, 9};
        h.copyWaveTo(dst, 1);
        assertThat(dst).containsExactly(9, 'W', 'A', 'V', 'E', 9);
        h.copyDataFrom(new byte[] {0, 'd', 'a', 't', 'b', 0}, 1);
        assertThat(WAV.unpack(record)[11]).isEqualTo(bytes("datb"));
        assertThatThrownBy(() -> h.copyRiffTo(new byte[5], 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.copyRiffFrom(new byte[3], 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(h.riffString(US_ASCII)).isEqualTo("RIFF");
    }
}
