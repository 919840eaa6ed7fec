package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BytesLiteralTest {

    @Test
    void pinnedAgainstCPythonRepr() {
        // python3 -c "print(repr(b))" for each
        assertThat(BytesLiteral.of(new byte[0])).isEqualTo("b''");
        assertThat(BytesLiteral.of(ascii("RIFF"))).isEqualTo("b'RIFF'");
        assertThat(BytesLiteral.of(ascii("it's"))).isEqualTo("b\"it's\"");
        assertThat(BytesLiteral.of(ascii("say \"hi\""))).isEqualTo("b'say \"hi\"'");
        assertThat(BytesLiteral.of(ascii("both ' and \""))).isEqualTo("b'both \\' and \"'");
        assertThat(BytesLiteral.of(HexFormat.of().parseHex("0001090a0d5c7f80ff207e")))
                .isEqualTo("b'\\x00\\x01\\t\\n\\r\\\\\\x7f\\x80\\xff ~'");
    }

    /** Every byte value, and random strings, against the python3 on this machine when there is one. */
    @Test
    void agreesWithPython3() throws Exception {
        Random random = new Random(15);
        StringBuilder hexes = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[i < 256 ? 1 : random.nextInt(12)];
            if (i < 256) {
                b[0] = (byte) i;
            } else {
                for (int k = 0; k < b.length; k++) {
                    b[k] = (byte) "ab'\"\\\n\0\u00ff".charAt(random.nextInt(8));
                }
            }
            hexes.append(HexFormat.of().formatHex(b)).append('\n');
            expected.append(BytesLiteral.of(b)).append('\n');
        }
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c",
                    "import sys\nfor l in sys.stdin.read().splitlines(): print(repr(bytes.fromhex(l)))")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no python3: the pinned cases decide");
            return;
        }
        p.getOutputStream().write(hexes.toString().getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo(expected.toString());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
