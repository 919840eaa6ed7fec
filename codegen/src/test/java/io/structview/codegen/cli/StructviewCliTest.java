package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command: help, version, and how usage errors are reported. */
class StructviewCliTest {
    @Test
    void helpListsCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: structview [-hV] [--verbose] COMMAND\n")
                .contains("  generate  Generate Java flyweight accessor classes from schema files.\n")
                .contains("  dump      Print the records of a binary file as a table, JSON or CSV.\n")
                .contains("Exit codes:\n  0   success\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"generate", "describe", "dump"}) {
            Cli.Result r = Cli.run(command, "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: structview " + command).contains("Exit codes:");
        }
        assertThat(Cli.run("help", "dump").out()).contains("Usage: structview dump");
    }

    @Test
    void versionComesFromTheJarManifest() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("structview ");
    }

    @Test
    void missingOrUnknownCommandsAreUsageErrors() {
        Cli.Result none = Cli.run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("error: missing command: generate, describe or dump\n"
                + "Try 'structview --help' for more information.\n");
        Cli.Result unknown = Cli.run("frob");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: Unmatched argument at index 0: 'frob'\n"
                + "Try 'structview --help' for more information.\n");
        assertThat(unknown.out()).isEmpty();
    }
}
