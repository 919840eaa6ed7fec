package io.structview.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Messages about formats in schema files: unquoted YAML formats get a hint to quote them (issue 15, item 3),
 * long formats are quoted as a window (issue 11, finding 12), and the JDK's packages are refused.
 */
class FormatMessagesTest {
    private static List<String> errors(String fileName, String content) {
        try {
            SchemaLoader.load(fileName, content);
        } catch (SchemaException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
        }
        return fail("expected diagnostics for:\n" + content);
    }

    private static List<String> errors(String yaml) {
        return errors("s.yaml", yaml);
    }

    @Test
    void unquotedFoldedScalarFormatGetsAQuoteHint() {
        assertThat(errors("package: p\nrecords:\n  R:\n    format: >HHI\n    fields: [a, b, c]\n")).containsExactly(
                "s.yaml:4:14: error: YAML syntax error: expected chomping or indentation indicators, but found"
                        + " H(72) (YAML reads an unquoted value that starts with '>' as a folded block scalar; quote"
                        + " it: format: \">HHI\")");
        assertThat(errors("package: p\nrecords:\n  R: {format: >HHI, fields: [a, b, c]}\n")).containsExactly(
                "s.yaml:3:15: error: YAML syntax error: found character '>' that cannot start any token. (Do not"
                        + " use > for indentation) (YAML reads an unquoted value that starts with '>' as a folded"
                        + " block scalar; quote it: format: \">HHI\")");
    }

    @Test
    void unquotedTagAndReservedFormatsGetAQuoteHint() {
        assertThat(errors("package: p\nrecords:\n  R:\n    format: !HHI\n    fields: [a, b, c]\n")).containsExactly(
                "s.yaml:4:5: error: 'format' in record 'R' is empty (YAML reads an unquoted value that starts with"
                        + " '!' as a tag; quote it: format: \"!HHI\")");
        assertThat(errors("package: p\nrecords:\n  R: {format: !HHI, fields: [a, b, c]}\n")).containsExactly(
                "s.yaml:3:27: error: YAML syntax error: expected ',' or '}', but got : (YAML reads an unquoted value"
                        + " that starts with '!' as a tag; quote it: format: \"!HHI\")");
        assertThat(errors("package: p\nrecords:\n  R:\n    format: @ii\n    fields: [a, b]\n")).containsExactly(
                "s.yaml:4:13: error: YAML syntax error: found character '@' that cannot start any token. (Do not use"
                        + " @ for indentation) (YAML does not allow an unquoted value to start with '@'; quote it:"
                        + " format: \"@ii\")");
        assertThat(errors("package: p\nrecords:\n  R:\n    fields:\n      - {name: a, type: >H}\n"))
                .singleElement().asString().endsWith("(YAML reads an unquoted value that starts with '>' as a"
                        + " folded block scalar; quote it: type: \">H\")");
    }

    @Test
    void quotedAndUnambiguousFormatsNeedNoHint() throws SchemaException {
        assertThat(SchemaLoader.load("s.yaml", "package: p\nrecords:\n  R: {format: <HHI, fields: [a, b, c]}\n")
                .records()).hasSize(1);
        assertThat(SchemaLoader.load("s.yaml", "package: p\nrecords:\n  R: {format: \">HHI\", fields: [a, b, c]}\n")
                .records().get(0).size()).isEqualTo(8);
        // A real folded block scalar is a valid (if unusual) way to write a format.
        assertThat(SchemaLoader.load("s.yaml", "package: p\nrecords:\n  R:\n    format: >\n      <HHI\n"
                + "    fields: [a, b, c]\n").records().get(0).size()).isEqualTo(8);
    }

    @Test
    void aMillionCharacterBadFormatIsQuotedAsAWindow() {
        // Half a million: a run of a million characters is refused before parsing (TreeReader.MAX_YAML_RUN).
        String format = "i".repeat(499_000) + "y";
        List<String> errors = errors("package: p\nrecords:\n  R: {format: \"" + format + "\", fields: [a]}\n");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("s.yaml:3:" + (16 + 499_000) + ": error: bad char in struct format: 'y'"
                + " at position 499000 in format \"..." + "i".repeat(199) + "y\" (chars 498801 to 499000 of 499001)"
                + " (a struct format is an optional first character");
        assertThat(errors.get(0).length()).isLessThan(600);
        List<String> count = errors("package: p\nrecords:\n  R: {format: \"" + "i".repeat(1_000) + "\", fields: [x]}\n");
        assertThat(count).singleElement().asString().contains("but its format \"" + "i".repeat(200) + "...(1000 chars)\""
                + " has 1000 values");
    }

    @Test
    void theJdksPackagesAreRefused() {
        assertThat(errors("package: java.lang\nrecords:\n  R: {format: i, fields: [x]}\n")).containsExactly(
                "s.yaml:1:10: error: package name 'java.lang' is reserved: packages java.* belong to the JDK (use a"
                        + " package of your own, e.g. 'com.example.formats')");
        assertThat(errors("package: javax.gen\nrecords:\n  R: {format: i, fields: [x]}\n")).containsExactly(
                "s.yaml:1:10: error: package name 'javax.gen' is reserved: packages javax.* belong to the JDK (use a"
                        + " package of your own, e.g. 'com.example.formats')");
    }
}
