package io.structview.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tour runs end to end (with fewer ticks) and prints every example's result. */
class TourTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryExample() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Tour.main(new String[] {dir.toString(), "100000"});
        } finally {
            System.setOut(out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        out.print(text);
        assertThat(text)
                .contains("== struct: ")
                .contains("== wav: chord.wav").contains("PCM 16-bit, 2 channel(s), 8000 Hz, 2000 frames")
                .contains("== wav: wrote tone.wav").contains("PCM 16-bit, 1 channel(s), 44100 Hz, 22050 frames")
                .contains("== bmp: scene.bmp").contains("61 x 40, 24-bit, bottom-up")
                .contains("== pcap: loopback.pcap").contains("21 packets")
                .contains("== ticks: ticks.bin").contains("100,000 ticks of 28 bytes").contains("scan 5: ")
                .contains("== native: ").contains("uname: Linux")
                .contains("== numpy: points.npy").contains("both views agree on 1000 of 1000 records");
        assertThat(dir.resolve("ticks.bin")).doesNotExist();
    }
}
