package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11 #10: a file truncated while {@code dump} reads it through a mapping. The JDK reports the fault as an
 * {@code InternalError}; dump turns it into a clear error naming the file, exit 1.
 */
class TruncatedFileTest {
    @TempDir
    Path dir;

    /** Truncates the data file as soon as the first data row (the second line) has been printed. */
    private static final class TruncatingWriter extends Writer {
        final StringWriter text = new StringWriter();
        final Path victim;
        int lines;

        TruncatingWriter(Path victim) {
            this.victim = victim;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n' && ++lines == 2) {
                    try (RandomAccessFile raf = new RandomAccessFile(victim.toFile(), "rw")) {
                        raf.setLength(0);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            text.write(buf, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFileTruncatedWhileDumpedIsAClearError() throws IOException {
        Path data = Files.write(dir.resolve("data.bin"), new byte[400_000]);
        TruncatingWriter out = new TruncatingWriter(data);
        StringWriter err = new StringWriter();
        CommandLine cl = StructviewCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("dump", "--format", "<I", "--output", "csv", data.toString());
        assertThat(err.toString()).isEqualTo("error: " + data + " changed size while being read; its output above is"
                + " incomplete (keep the file from being truncated or rewritten while it is dumped, or dump a copy)\n");
        assertThat(exit).isEqualTo(1);
        assertThat(out.text.toString()).startsWith("f0\n0\n");
    }

    /** The same between windows: the next window is checked against the file's size before it is mapped. */
    @Test
    void aFileShorterThanTheNextWindowIsAClearError() throws IOException {
        Path data = Files.write(dir.resolve("data.bin"), new byte[4000]);
        TruncatingWriter out = new TruncatingWriter(data);
        StringWriter err = new StringWriter();
        CommandLine cl = StructviewCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("dump", "--format", "<I", "--output", "csv", "--window-bytes", "4", data.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: " + data + " changed size while being read");
        assertThat(out.text.toString()).isEqualTo("f0\n0\n");
    }
}
