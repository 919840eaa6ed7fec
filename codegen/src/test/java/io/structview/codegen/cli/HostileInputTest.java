package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Issue 11 items 7–9: special files, output limits and JVM errors, each a clear error and the right exit code. */
class HostileInputTest {
    /** The old code blocked forever on a FIFO; a test must fail instead of hanging. */
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Error error;

        Boom(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    private static Cli.Result runWith(Error error, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = StructviewCli.commandLine();
        cl.addSubcommand("boom", new Boom(error));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli.Result(exit, out.toString(), err.toString());
    }

    @Test
    void anOutOfMemoryErrorIsAnInternalErrorWithAShortMessage() {
        Cli.Result r = runWith(new OutOfMemoryError("Java heap space"), "boom");
        assertThat(r.exit()).isEqualTo(StructviewCli.INTERNAL);
        assertThat(r.err()).isEqualTo("internal error: out of memory (java.lang.OutOfMemoryError: Java heap space)\n"
                + "Run with --verbose for the stack trace; please report it with the input that caused it.\n");
        Cli.Result verbose = runWith(new OutOfMemoryError("Java heap space"), "--verbose", "boom");
        assertThat(verbose.exit()).isEqualTo(3);
        assertThat(verbose.err()).startsWith("internal error: out of memory").contains("\tat ");
    }

    @Test
    void anyErrorIsAnInternalError() {
        Cli.Result r = runWith(new InternalError("a fault occurred in an unsafe memory access operation"), "boom");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("internal error: java.lang.InternalError: a fault occurred")
                .doesNotContain("\tat ");
        assertThat(runWith(new StackOverflowError(), "boom").exit()).isEqualTo(3);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void fifosAreRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("x.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertTimeoutPreemptively(PROMPTLY, () -> {
            Cli.Result dump = Cli.run("dump", "--format", "<I", fifo.toString());
            assertThat(dump.exit()).isEqualTo(1);
            assertThat(dump.err()).isEqualTo("error: " + fifo + " is not a regular file (a FIFO); dump reads regular"
                    + " files: copy the content into one\n");
            Cli.Result describe = Cli.run("describe", fifo.toString());
            assertThat(describe.exit()).isEqualTo(1);
            assertThat(describe.err()).isEqualTo(fifo + ":1:1: error: not a regular file (a FIFO) (schema files must"
                    + " be regular files; copy the content into one)\n");
            Cli.Result generate = Cli.run("generate", "-o", dir.resolve("out").toString(), fifo.toString());
            assertThat(generate.exit()).isEqualTo(1);
            assertThat(generate.err()).startsWith(fifo + ":1:1: error: not a regular file (a FIFO)");
        });
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devicesAreRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertTimeoutPreemptively(PROMPTLY, () -> {
            Cli.Result describe = Cli.run("describe", link.toString());
            assertThat(describe.exit()).isEqualTo(1);
            assertThat(describe.err()).startsWith(link + ":1:1: error: not a regular file (a character device)");
            Cli.Result dump = Cli.run("dump", "--format", "<I", "/dev/zero");
            assertThat(dump.exit()).isEqualTo(1);
            assertThat(dump.out()).isEmpty();
            assertThat(dump.err()).isEqualTo("error: /dev/zero is not a regular file (a character device); dump reads"
                    + " regular files: copy the content into one\n");
        });
    }

    /** Files in /proc report 0 bytes; the old dump printed no row and exited 0. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void filesLargerThanTheyReportAreRefused() {
        Cli.Result r = Cli.run("dump", "--format", "B", "/proc/self/status");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: /proc/self/status holds more than the 0 bytes it reports (a file of"
                + " /proc or /sys, or one growing while read?): copy it into a regular file and dump the copy\n");
    }

    /** Issue 11 #7: these ran out of memory over a 3-byte file; {@code --format} refused the same cleanly. */
    @Test
    void schemaRecordsWithTooManyValuesAreRefusedBeforeAnythingIsBuilt() throws IOException {
        Path data = Files.write(dir.resolve("three.bin"), new byte[] {1, 2, 3});
        Path flat = Files.writeString(dir.resolve("flat.yaml"),
                "package: p\nrecords:\n  Big: {format: \"<2000000000b\", fields: [a]}\n");
        Cli.Result r = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run("dump", "--schema", flat.toString(),
                data.toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: record Big has more than 100000 values (counting nested record"
                + " elements); at most 100000 can be shown\n");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), """
                package: p
                records:
                  Outer: {fields: [{name: b, type: Middle, count: 1000}]}
                  Middle: {fields: [{name: c, type: Inner, count: 1000}]}
                  Inner: {fields: [{name: x, type: b, count: 1000}]}
                """);
        Cli.Result n = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run("dump", "--schema", nested.toString(),
                "--record", "Outer", "--output", "json", data.toString()));
        assertThat(n.exit()).isEqualTo(1);
        assertThat(n.err()).isEqualTo("error: record Outer has more than 100000 values (counting nested record"
                + " elements); at most 100000 can be shown\n");
        Path empty = Files.writeString(dir.resolve("empty.yaml"), """
                package: p
                records:
                  Outer: {fields: [{name: b, type: Empty, count: 100001}]}
                  Empty: {fields: [{type: 4x}]}
                """);
        assertThat(Cli.run("dump", "--schema", empty.toString(), "--record", "Outer", data.toString()).err())
                .as("empty nested records still count: JSON prints each as {}").contains("more than 100000 values");
        Cli.Result string = Cli.run("dump", "--format", "<2000000000s", data.toString());
        assertThat(string.exit()).isEqualTo(1);
        assertThat(string.err()).isEqualTo("error: member 'f0' of record format is a 2000000000-byte string; dump"
                + " shows strings of at most 1048576 bytes\n");
    }

    @Test
    void theLimitIsNotReachedByOrdinaryRecords() throws IOException {
        Path data = Files.write(dir.resolve("d.bin"), new byte[4000]);
        Path ok = Files.writeString(dir.resolve("ok.yaml"), """
                package: p
                records:
                  Outer: {fields: [{name: b, type: Inner, count: 10}]}
                  Inner: {fields: [{name: x, type: b, count: 400}]}
                """);
        Cli.Result r = Cli.run("dump", "--schema", ok.toString(), "--record", "Outer", "--output", "csv", data.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow().split(",")).hasSize(4000);
    }
}
