package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescribeCommandTest {
    @Test
    void nativeFormatsShowAlignmentHoles() {
        Cli.Result r = Cli.run("describe", "@bid");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                format "@bid"
                  field   code  offset  size  align
                  f0      @b         0     1      1
                  (hole)             1     3
                  f1      @i         4     4      4
                  f2      @d         8     8      8
                  size 16, alignment 8: 1 hole (3 bytes), 0 explicit pad bytes
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void namesStringsAndPadding() {
        Cli.Result r = Cli.run("describe", "--names", "magic,id,name,flag", "<4sI2x8s?");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                format "<4sI2x8s?"
                  field      code  offset  size  align
                  magic      <4s        0     4      1
                  id         <I         4     4      1
                  (padding)  <2x        8     2      1
                  name       <8s       10     8      1
                  flag       <?        18     1      1
                  size 19, alignment 1: 0 holes (0 bytes), 2 explicit pad bytes
                """);
    }

    @Test
    void repeatCountsAreOneValueEach() {
        assertThat(Cli.run("describe", ">2H").out()).contains("  f0     >H         0     2      1\n")
                .contains("  f1     >H         2     2      1\n");
    }

    /** The hint a bad format gets, listing the valid codes as schema diagnostics do (issue 15, item 3). */
    static final String SYNTAX_HINT = "(a struct format is an optional first character @ = < > ! and codes"
            + " x c b B ? h H i I l L q Q n N e f d s p P, each with an optional count)";

    @Test
    void badFormatsAreBadInput() {
        Cli.Result r = Cli.run("describe", "<iZ");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: bad format: bad char in struct format: 'Z' at position 2 in format"
                + " \"<iZ\" " + SYNTAX_HINT + "\n");
        assertThat(Cli.run("describe", "<n").err())
                .isEqualTo("error: bad format: 'n' is only valid in native mode ('@' or no prefix): 'n' at position 1"
                        + " in format \"<n\" " + SYNTAX_HINT + "\n");
    }

    @Test
    void aBadMillionCharacterFormatIsQuotedAsAWindow() {
        Cli.Result r = Cli.run("describe", "<" + "i".repeat(999_998) + "Z");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: bad format: bad char in struct format: 'Z' at position 999999 in format"
                + " \"..." + "i".repeat(199) + "Z\" (chars 999800 to 999999 of 1000000) " + SYNTAX_HINT + "\n");
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors() {
        Cli.Result names = Cli.run("describe", "--names", "a", "<ii");
        assertThat(names.exit()).isEqualTo(2);
        assertThat(names.err()).isEqualTo("error: --names gives 1 names but format \"<ii\" has 2 values\n"
                + "Try 'structview describe --help' for more information.\n");
        Cli.Result record = Cli.run("describe", "--record", "X", "<ii");
        assertThat(record.exit()).isEqualTo(2);
        assertThat(record.err()).startsWith("error: --record applies to schema files, not formats\n");
        assertThat(Cli.run("describe").exit()).isEqualTo(2);
        assertThat(Cli.run("describe", "--names", "a,a", "<ii").err())
                .startsWith("error: --names: duplicate field name 'a'\n");
    }
}
