package io.structview.codegen.robust;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loader error paths that {@code DiagnosticsTest} does not pin. */
class LoaderMessagesTest {
    @TempDir
    Path dir;

    /**
     * Found by the loader fuzz target: the UTF-8 error counted lines by LF only and columns in UTF-16 units, unlike
     * every other diagnostic (a lone CR ends a line; YAML columns count code points).
     */
    @Test
    void malformedUtf8IsLocatedLikeEveryOtherDiagnostic() throws IOException {
        Path cr = dir.resolve("cr.yaml");
        Files.write(cr, concat("package: p\rrecords:\n  R: ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF}));
        assertThatThrownBy(() -> SchemaLoader.load(cr)).isInstanceOf(SchemaException.class)
                .hasMessage(cr + ":3:6: error: the file is not valid UTF-8: malformed byte 0xFF at byte offset 25"
                        + " (save the file as UTF-8)");
        Path emoji = dir.resolve("emoji.yaml");
        Files.write(emoji, concat("# \uD83D\uDE00\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}));
        assertThatThrownBy(() -> SchemaLoader.load(emoji)).isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(emoji + ":1:5: error: the file is not valid UTF-8: malformed byte 0xC3");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
