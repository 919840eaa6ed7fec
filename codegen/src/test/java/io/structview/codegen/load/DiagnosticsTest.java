package io.structview.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.structview.schema.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test (at least) per kind of problem, each pinning the exact file:line:column, message and hint. */
class DiagnosticsTest {
    private static final String DIR = "src/test/resources/schemas/";

    private static List<String> errors(String fileName, String content) {
        try {
            SchemaLoader.load(fileName, content);
        } catch (SchemaException e) {
            assertThat(e.getMessage()).isEqualTo(String.join("\n", lines(e)));
            return lines(e);
        }
        return fail("expected diagnostics for:\n" + content);
    }

    private static List<String> errors(Path file) {
        try {
            SchemaLoader.load(file);
        } catch (SchemaException e) {
            return lines(e);
        }
        return fail("expected diagnostics for " + file);
    }

    private static List<String> lines(SchemaException e) {
        return e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    private static List<String> errors(String yaml) {
        return errors("s.yaml", yaml);
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceInFileOrder() {
        String f = DIR + "bad/many-errors.yaml:";
        assertThat(errors(Path.of(DIR + "bad/many-errors.yaml"))).containsExactly(
                f + "1:22: error: package name 'com.example.new' is not valid: 'new' is a Java keyword"
                        + " (rename that part, e.g. 'new_')",
                f + "2:1: error: unknown key 'recrods' (did you mean 'records'?)",
                f + "5:19: error: bad char in struct format: 'y' at position 5 in format \"<4sI4y\" (" + SchemaReader.STRUCT_HINT + ")",
                f + "7:3: error: duplicate record name 'Header' (it was first declared at 4:3)",
                f + "11:5: error: unknown key 'fromat' in record 'Sample' (did you mean 'format'?)",
                f + "13:13: error: record 'Sample' has 4 field names, but its format \"<IH3d\" has 5 values (give one"
                        + " name per value (5), or one per code (3) so that a count-prefixed code such as 3i takes one"
                        + " name, as an array; pad bytes (x) take none)",
                f + "13:18: error: field name 'class' is a Java keyword (rename it, e.g. 'classValue')",
                f + "13:25: error: duplicate field name 'id' in record 'Sample' (it was first declared at 13:14)",
                f + "16:28: error: unknown record 'Pont' in field 'from' of record 'Line' (did you mean 'Point'?)",
                f + "20:13: error: record 'Point' has 1 field name, but its format \"<ii\" has 2 values (give one name"
                        + " per value; pad bytes (x) take none)",
                f + "23:28: error: records nest each other in a cycle: Node -> Link -> Node (a record cannot contain"
                        + " itself, directly or through other records)");
    }

    @Test
    void schemaExceptionMessageIsOneDiagnosticPerLine() {
        try {
            SchemaLoader.load("m.yaml", "package: 1p\nrecords: {R: {format: b, fields: [if]}}\n");
            fail("expected diagnostics");
        } catch (SchemaException e) {
            assertThat(e.getMessage()).isEqualTo(
                    "m.yaml:1:10: error: package name '1p' is not valid: '1p' is not a Java identifier (an identifier"
                            + " cannot start with a digit; e.g. '_1p')\n"
                            + "m.yaml:2:35: error: field name 'if' is a Java keyword (rename it, e.g. 'ifValue')");
            assertThat(e.diagnostics()).extracting(Diagnostic::location)
                    .containsExactly(new Location("m.yaml", 1, 10), new Location("m.yaml", 2, 35));
        }
        assertThat(new Diagnostic(new Location("f", 1, 2), "m", null).toString()).isEqualTo("f:1:2: error: m");
    }

    // ------------------------------------------------------------------ syntax

    @Test
    void yamlSyntaxErrorPointsAtTheProblem() {
        assertThat(errors(Path.of(DIR + "bad/syntax.yaml"))).containsExactly(DIR + "bad/syntax.yaml:6:4: error:"
                + " YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence that starts at"
                + " 5:13)");
    }

    @Test
    void jsonSyntaxErrorPointsAtTheProblem() {
        assertThat(errors(Path.of(DIR + "bad/syntax.json"))).containsExactly(DIR + "bad/syntax.json:4:27: error:"
                + " JSON syntax error: Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
                + " entries (check commas, quotes and brackets)");
    }

    @Test
    void emptyAndNonMappingDocuments() {
        assertThat(errors("")).containsExactly(
                "s.yaml:1:1: error: the schema file is empty (start it with 'package: com.example.formats' and"
                        + " 'records:')");
        assertThat(errors("# nothing\n")).containsExactly(
                "s.yaml:1:1: error: the schema file is empty (start it with 'package: com.example.formats' and"
                        + " 'records:')");
        assertThat(errors("- a\n- b\n")).containsExactly(
                "s.yaml:1:1: error: the schema must be a mapping with the keys 'package' and 'records', not a list"
                        + " (start the file with 'package: com.example.formats' and 'records:')");
        assertThat(errors("package: p\nrecords: {R: {format: b, fields: [x]}}\n---\nother: 1\n")).containsExactly(
                "s.yaml:4:1: error: a schema file holds one YAML document, but another one starts here (remove the"
                        + " '---' and what follows, or use one file per schema)");
    }

    // ------------------------------------------------------------------ keys

    @Test
    void unknownKeysSuggestTheClosestKnownKey() {
        assertThat(errors("""
                package: p
                records:
                  R:
                    format: "<i"
                    fields: [{name: x, dco: hi}]
                    mod: "<"
                    colour: red
                """)).containsExactly(
                "s.yaml:5:24: error: unknown key 'dco' in a field of record 'R' (did you mean 'doc'?)",
                "s.yaml:6:5: error: unknown key 'mod' in record 'R' (did you mean 'mode'?)",
                "s.yaml:7:5: error: unknown key 'colour' in record 'R' (known keys here: doc, format, fields, mode)");
        assertThat(errors("""
                pakage: p
                records: {R: {fields: [{name: x, tpye: i}]}}
                """)).containsExactly(
                "s.yaml:1:1: error: unknown key 'pakage' (did you mean 'package'?)",
                "s.yaml:1:1: error: missing 'package' (add 'package: com.example.formats', the Java package of the"
                        + " generated classes)",
                "s.yaml:2:24: error: field 'x' of record 'R' has no type (add a type: a format code such as i, <H, 3d"
                        + " or 16s, or a record name)",
                "s.yaml:2:34: error: unknown key 'tpye' in field 'x' of record 'R' (did you mean 'type'?)");
    }

    @Test
    void duplicateKeys() {
        assertThat(errors("""
                package: p
                records:
                  R:
                    format: "<i"
                    format: "<h"
                    fields: [x]
                """)).containsExactly(
                "s.yaml:5:5: error: duplicate key 'format' in record 'R' (it was first given at 4:5)");
    }

    // ------------------------------------------------------------------ missing parts

    @Test
    void missingRecordsFormatAndFields() {
        assertThat(errors("package: p\n")).containsExactly(
                "s.yaml:1:1: error: missing 'records' (add 'records:' with the record types, e.g. records: {Point:"
                        + " {format: \"<ii\", fields: [x, y]}})");
        assertThat(errors("package: p\nrecords: {}\n")).containsExactly(
                "s.yaml:2:10: error: 'records' is empty (declare at least one record)");
        assertThat(errors("package: p\nrecords:\n")).containsExactly(
                "s.yaml:2:9: error: 'records' must be a mapping of record names to records, not an empty value (e.g."
                        + " records: {Point: {format: \"<ii\", fields: [x, y]}})");
        assertThat(errors("package: p\nrecords: [R]\n")).containsExactly(
                "s.yaml:2:10: error: 'records' must be a mapping of record names to records, not a list (e.g."
                        + " records: {Point: {format: \"<ii\", fields: [x, y]}})");
        assertThat(errors("""
                package:
                records:
                  R: {doc: nothing}
                  F: {format: "<ii"}
                  S: "<ii"
                  E: {format: ""}
                """)).containsExactly(
                "s.yaml:1:1: error: 'package' is empty (e.g. package: com.example.formats)",
                "s.yaml:3:3: error: record 'R' has neither 'format' nor 'fields' (give a format and its field names,"
                        + " e.g. format: \"<ii\" and fields: [x, y], or fields with a type each, e.g. - {name: x,"
                        + " type: i})",
                "s.yaml:4:3: error: record 'F' has a format but no 'fields' (name the 2 values of format \"<ii\" in"
                        + " 'fields', e.g. fields: [a, b])",
                "s.yaml:5:6: error: record 'S' must be a mapping, not a string (give it 'format' and 'fields', or"
                        + " 'fields' with a type each)");
    }

    // ------------------------------------------------------------------ field counts

    @Test
    void fieldCountNotMatchingTheFormat() {
        assertThat(errors("""
                package: p
                records:
                  R: {format: "<ii", fields: [a, b, c]}
                  S: {format: "<2h3xi", fields: [a]}
                  T: {format: "<4s", fields: []}
                """)).containsExactly(
                "s.yaml:3:37: error: record 'R' has 3 field names, but its format \"<ii\" has 2 values (give one name"
                        + " per value; pad bytes (x) take none)",
                "s.yaml:4:33: error: record 'S' has 1 field name, but its format \"<2h3xi\" has 3 values (give one"
                        + " name per value (3), or one per code (2) so that a count-prefixed code such as 3i takes"
                        + " one name, as an array; pad bytes (x) take none)",
                "s.yaml:5:30: error: record 'T' has 0 field names, but its format \"<4s\" has 1 value (give one name"
                        + " per value; pad bytes (x) take none)");
    }

    // ------------------------------------------------------------------ names

    @Test
    void duplicateAndCaseCollidingRecordNames() {
        assertThat(errors("""
                package: p
                records:
                  Point: {format: "<ii", fields: [x, y]}
                  POINT: {format: "<ii", fields: [x, y]}
                  Point: {format: "<ii", fields: [x, x]}
                """)).containsExactly(
                "s.yaml:4:3: error: record names 'Point' and 'POINT' differ only in case (their .java files would"
                        + " collide on case-insensitive file systems; rename one)",
                "s.yaml:5:3: error: duplicate record name 'Point' (it was first declared at 3:3)",
                "s.yaml:5:38: error: duplicate field name 'x' in record 'Point' (it was first declared at 5:35)");
    }

    @Test
    void namesThatAreNotJavaIdentifiersOrAreKeywords() {
        assertThat(errors("""
                package: p
                records:
                  class: {format: b, fields: [x]}
                  "My Record": {format: b, fields: [x]}
                  var: {format: b, fields: [x]}
                  R:
                    format: "<3b"
                    fields: [ok, "bad-name", 2x]
                  T:
                    fields:
                      - {name: yield, type: i}
                      - {name: toString, type: i}
                      - {name: "", type: i}
                """)).containsExactly(
                "s.yaml:3:3: error: record name 'class' is a Java keyword (rename it, e.g. 'classValue')",
                "s.yaml:4:6: error: record name 'My Record' is not a valid Java identifier (character ' ' at index 2"
                        + " is not allowed; use letters, digits, '_' or '$', not starting with a digit)",
                "s.yaml:5:3: error: record name 'var' is a restricted identifier in Java (it cannot name a class;"
                        + " rename it, e.g. 'Var')",
                "s.yaml:8:22: error: field name 'bad-name' is not a valid Java identifier (character '-' at index 3"
                        + " is not allowed; use letters, digits, '_' or '$', not starting with a digit)",
                "s.yaml:8:30: error: field name '2x' is not a valid Java identifier (an identifier cannot start with a"
                        + " digit; e.g. '_2x')",
                "s.yaml:11:16: error: field name 'yield' is a restricted identifier in Java (a method named yield"
                        + " cannot be called unqualified; rename it, e.g. 'yieldValue')",
                "s.yaml:12:16: error: field name 'toString' clashes with java.lang.Object.toString() (its getter would"
                        + " collide with that method; rename it, e.g. 'toStringValue')",
                "s.yaml:13:16: error: field name is empty (give a Java identifier such as 'count')");
    }

    @Test
    void duplicateFieldNamesOfTypedRecords() {
        assertThat(errors("""
                package: p
                records:
                  T:
                    fields:
                      - {name: a, type: i}
                      - {name: a, type: h}
                """)).containsExactly(
                "s.yaml:6:16: error: duplicate field name 'a' in record 'T' (it was first declared at 5:16)");
    }

    @Test
    void badPackageNamePointsAtTheBadPart() {
        assertThat(errors("package: com..x\nrecords: {R: {format: b, fields: [x]}}\n")).containsExactly(
                "s.yaml:1:14: error: package name 'com..x' has an empty part (write parts separated by single dots,"
                        + " e.g. 'com.example.formats')");
        assertThat(errors("package: \"org.ex-ample\"\nrecords: {R: {format: b, fields: [x]}}\n")).containsExactly(
                "s.yaml:1:17: error: package name 'org.ex-ample' is not valid: 'ex-ample' is not a Java identifier"
                        + " (character '-' at index 2 is not allowed; use letters, digits, '_' or '$', not starting"
                        + " with a digit)");
        assertThat(errors("package: {a: b}\nrecords: {R: {format: b, fields: [x]}}\n")).containsExactly(
                "s.yaml:1:10: error: 'package' must be a string, not a mapping (e.g. package: com.example.formats)");
    }

    // ------------------------------------------------------------------ nested records

    @Test
    void unknownNestedRecords() {
        assertThat(errors("""
                package: p
                records:
                  Line:
                    fields:
                      - {name: a, type: Piont}
                      - {name: b, type: Zebra}
                      - {name: ps, type: 2Point}
                  Point: {format: "<ii", fields: [x, y]}
                """)).containsExactly(
                "s.yaml:5:25: error: unknown record 'Piont' in field 'a' of record 'Line' (did you mean 'Point'?)",
                "s.yaml:6:25: error: unknown record 'Zebra' in field 'b' of record 'Line' (records of this schema:"
                        + " Line, Point; or use a format code such as i)",
                "s.yaml:7:26: error: type '2Point' of field 'ps': a record type takes its count in 'count' (write"
                        + " type: Point and count: 2)");
    }

    @Test
    void cyclesNameEveryRecordOnTheCycleOnce() {
        assertThat(errors("""
                package: p
                records:
                  Cat:
                    fields: [{name: a, type: Ant}]
                  Ant:
                    fields: [{name: b, type: Bee}, {name: again, type: Bee}]
                  Bee:
                    fields: [{name: c, type: Cat}]
                  Node:
                    fields:
                      - {name: value, type: i}
                      - {name: next, type: Node}
                  User:
                    fields: [{name: n, type: Node}]
                """)).containsExactly(
                "s.yaml:4:30: error: records nest each other in a cycle: Cat -> Ant -> Bee -> Cat (a record cannot contain"
                        + " itself, directly or through other records)",
                "s.yaml:12:28: error: record 'Node' contains itself: Node -> Node (a record cannot contain itself,"
                        + " directly or through other records)");
    }

    @Test
    void typeThatIsBothACodeAndARecordName() {
        assertThat(errors("""
                package: p
                records:
                  P: {format: "<ii", fields: [x, y]}
                  R:
                    fields: [{name: p, type: P}, {name: q, type: "@P"}]
                """)).containsExactly(
                "s.yaml:5:30: error: type 'P' of field 'p' is both a format code and a record name (write the code"
                        + " with a prefix, e.g. '@P', or rename the record)");
    }

    @Test
    void generatedNamesOfNestedPepStructsMustBeFree() {
        assertThat(errors("""
                package: p
                records:
                  S:
                    format: "T{<i:a: T{b:x:}:pos:}"
                  SPos: {format: "<b", fields: [x]}
                """)).containsExactly(
                "s.yaml:4:30: error: the PEP 3118 format of record 'S' names the type of this nested struct 'SPos',"
                        + " which is already taken by the record declared at 5:3 (rename that record, or this field,"
                        + " after which the type is named)");
    }

    // ------------------------------------------------------------------ formats and types

    @Test
    void badFormatsPointAtTheOffendingCharacterThroughQuotingAndEscapes() {
        assertThat(errors("""
                package: p
                records:
                  Plain: {format: <iy, fields: [a, b]}
                  Escaped: {format: "\\x3ciy", fields: [a, b]}
                  Single: {format: '<i''y', fields: [a, b]}
                  Pep:
                    format: "T{<I:id: H:class:}"
                  Block:
                    format: |
                      <iy
                    fields: [a, b]
                """)).containsExactly(
                "s.yaml:3:21: error: bad char in struct format: 'y' at position 2 in format \"<iy\" ("
                        + SchemaReader.STRUCT_HINT + ")",
                "s.yaml:4:27: error: bad char in struct format: 'y' at position 2 in format \"<iy\" ("
                        + SchemaReader.STRUCT_HINT + ")",
                "s.yaml:5:23: error: bad char in struct format: ''' at position 2 in format \"<i'y\" ("
                        + SchemaReader.STRUCT_HINT + ")",
                "s.yaml:7:25: error: field name 'class' is a Java keyword (rename it, e.g. 'classValue'): 'c' at"
                        + " position 11 in format \"T{<I:id: H:class:}\" (" + SchemaReader.PEP_HINT + ")",
                // A block scalar cannot be mapped character by character: the scalar's own place is reported.
                "s.yaml:9:13: error: bad char in struct format: 'y' at position 2 in format \"<iy\\u000a\" ("
                        + SchemaReader.STRUCT_HINT + ")");
    }

    @Test
    void yamlColumnsCountCodePointsLikeSnakeYaml() {
        assertThat(errors("package: p\nrecords:\n  R: {doc: \"\uD83D\uDE00\", format: \"<iy\", fields: [a, b]}\n"))
                .containsExactly("s.yaml:3:28: error: bad char in struct format: 'y' at position 2 in format \"<iy\" ("
                        + SchemaReader.STRUCT_HINT + ")");
    }

    @Test
    void badFormatInJsonUndoesUnicodeEscapes() {
        assertThat(errors("s.json", """
                {"package": "p",
                 "records": {"R": {"format": "\\u003ciy", "fields": ["a", "b"]}}}
                """)).containsExactly(
                "s.json:2:38: error: bad char in struct format: 'y' at position 2 in format \"<iy\" ("
                        + SchemaReader.STRUCT_HINT + ")");
    }

    @Test
    void badTypes() {
        assertThat(errors("""
                package: p
                records:
                  T:
                    mode: "<"
                    fields:
                      - {name: a, type: "<y"}
                      - {name: b, type: ii}
                      - {name: c, type: "<n"}
                      - {name: d, type: N}
                      - {name: e, type: 16s, count: 2}
                      - {name: f, type: 3i, count: 2}
                      - {name: g, type: i, count: -1}
                      - {name: h, type: i, count: 3000000000}
                      - {name: i, type: 4x}
                      - {type: i}
                      - j
                      - {name: k}
                """)).containsExactly(
                "s.yaml:6:27: error: bad char in struct format: 'y' at position 1 in format \"<y\" ("
                        + SchemaReader.TYPE_HINT + ")",
                "s.yaml:7:25: error: type \"ii\" of field 'b' must be one format code, not 2 (" + SchemaReader.TYPE_HINT
                        + ")",
                "s.yaml:8:27: error: 'n' is only valid in native mode ('@' or no prefix): 'n' at position 1 in format"
                        + " \"<n\" (" + SchemaReader.TYPE_HINT + ")",
                "s.yaml:9:25: error: 'N' in field 'd' is only valid in native mode, but record 'T' has mode '<' (use q"
                        + " or Q (8 bytes in every mode), or the record mode \"@\")",
                "s.yaml:10:30: error: 'count' cannot be used with type '16s' (for s, p and x the number in the type is"
                        + " the byte length, e.g. type: 16s)",
                "s.yaml:11:29: error: field 'f' gives a count twice: in its type '3i' and in 'count' (keep one of"
                        + " them)",
                "s.yaml:12:35: error: 'count' of field 'g' must be a whole number from 0 to 2147483647, not '-1' (e.g."
                        + " count: 4)",
                "s.yaml:13:35: error: 'count' of field 'h' must be a whole number from 0 to 2147483647, not"
                        + " '3000000000' (e.g. count: 4)",
                "s.yaml:14:10: error: pad bytes take no name (remove 'name', or use a byte string such as type: 4s)",
                "s.yaml:15:9: error: field 10 of record 'T' has no name (add 'name: ...'; only pad bytes (type: 4x)"
                        + " have none)",
                "s.yaml:16:9: error: field 'j' of record 'T' has no type (write - {name: j, type: i}, or give the"
                        + " record a 'format')",
                "s.yaml:17:9: error: field 'k' of record 'T' has no type (add a type: a format code such as i, <H, 3d"
                        + " or 16s, or a record name)");
    }

    @Test
    void keysThatDoNotFitTheRecordsForm() {
        assertThat(errors("""
                package: p
                records:
                  A: {format: "<i", mode: "<", fields: [{name: x, type: i}]}
                  B: {format: "T{i:x:}", fields: [x]}
                  C: {mode: sideways, fields: [{name: x, type: i}]}
                  D: {format: "<i", fields: [[x]]}
                  E: {format: "<i", fields: x}
                  F: {format: "<i", fields: [x], doc: [a]}
                """)).containsExactly(
                "s.yaml:3:21: error: 'mode' applies only to records whose fields have types (the first character of a"
                        + " format sets its mode, e.g. \"<\"; remove 'mode')",
                "s.yaml:3:51: error: 'type' cannot be used in the fields of a record with a format (the format gives"
                        + " the types; remove 'type', or remove the format and give every field a type)",
                "s.yaml:4:26: error: 'fields' cannot be used with a PEP 3118 format (the format names its fields itself"
                        + " (type:name:); remove 'fields')",
                "s.yaml:5:13: error: unknown mode 'sideways' in record 'C' (use \"@\" or native (native sizes and"
                        + " alignment), \"=\" (native order, standard sizes), \"<\" or little, \">\" or big, \"!\" or"
                        + " network)",
                "s.yaml:6:30: error: a field in record 'D' must be a name or a mapping with 'name' and 'doc', not a list"
                        + " (e.g. fields: [x, {name: y, doc: \"the y coordinate\"}])",
                "s.yaml:7:29: error: 'fields' in record 'E' must be a list, not a string (e.g. fields: [x, y, z])",
                "s.yaml:8:39: error: 'doc' in record 'F' must be a string, not a list (quote it, or use a block scalar:"
                        + " doc: |)");
    }

    @Test
    void yamlAliasesAreRejected() {
        assertThat(errors("""
                package: p
                records:
                  R: {format: &f "<i", fields: [x]}
                  S: {format: *f, fields: [x]}
                """)).containsExactly(
                "s.yaml:4:7: error: 'format' in record 'S' is empty (e.g. format: \"<IH3d\")",
                "s.yaml:4:15: error: YAML aliases (*f) are not supported (write the value out where it is used)");
    }

    // ------------------------------------------------------------------ limits and files

    @Test
    void limitsAbsurdInput() {
        assertThat(errors("s.yaml", "#".repeat(SchemaLoader.MAX_FILE_SIZE + 1))).containsExactly(
                "s.yaml:1:1: error: schema file is too large: 1048577 characters (the limit is 1048576) (split it"
                        + " into several schema files)");
        assertThat(errors("s.json", "{\"package\": \"p\", \"x\": " + "[".repeat(40) + "]".repeat(40) + "}"))
                .containsExactly("s.json:1:38: error: the file nests deeper than 16 levels (a schema needs at most 5"
                        + " levels: records, record, fields, field, value)");
        String names = IntStream.range(0, SchemaReader.MAX_FIELDS + 1).mapToObj(i -> "f" + i)
                .collect(Collectors.joining(", "));
        assertThat(errors("package: p\nrecords:\n  R: {format: \"<i\", fields: [" + names + "]}\n")).containsExactly(
                "s.yaml:3:29: error: too many fields in record 'R' (10001; the limit is 10000) (split the record)");
    }

    @Test
    void limitsHowDeepRecordsNest() {
        StringBuilder yaml = new StringBuilder("package: p\nrecords:\n  R0: {format: b, fields: [x]}\n");
        for (int i = 1; i <= 70; i++) {
            yaml.append("  R").append(i).append(": {fields: [{name: n, type: R").append(i - 1).append("}]}\n");
        }
        assertThat(errors(yaml.toString())).containsExactly("s.yaml:67:3: error: record 'R64' nests records 65 levels"
                + " deep (the limit is 64) (flatten the nesting)");
        try {
            int lines = 3 + SchemaReader.MAX_NESTING - 1;
            String ok = String.join("\n", yaml.toString().lines().limit(lines).toList());
            assertThat(SchemaLoader.load("s.yaml", ok).records()).hasSize(SchemaReader.MAX_NESTING);
        } catch (SchemaException e) {
            fail(e.getMessage());
        }
    }

    @Test
    void reportsTheFirstHundredProblemsAndCountsTheRest() {
        String names = IntStream.range(0, 150).mapToObj(i -> "if").collect(Collectors.joining(", "));
        List<String> errors = errors("package: p\nrecords:\n  R: {format: \"<150i\", fields: [" + names + "]}\n");
        assertThat(errors).hasSize(101);
        assertThat(errors.get(0)).isEqualTo("s.yaml:3:33: error: field name 'if' is a Java keyword (rename it, e.g."
                + " 'ifValue')");
        assertThat(errors.get(100)).isEqualTo("s.yaml:3:429: error: 50 more errors not shown (fix the errors above"
                + " first; only the first 100 are listed)");
    }

    @Test
    void fileProblems(@TempDir Path dir) throws IOException {
        assertThat(errors("schema.txt", "package: p")).containsExactly(
                "schema.txt:1:1: error: unsupported schema file type (schema files end in .yaml, .yml or .json)");
        assertThat(errors(Path.of(DIR + "nope.yaml"))).containsExactly(
                DIR + "nope.yaml:1:1: error: schema file not found (check the path)");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "package: p\nrecords:\n  Caf\u00e9: {format: b, fields: [x]}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errors(latin1)).containsExactly(latin1 + ":3:6: error: the file is not valid UTF-8: malformed"
                + " byte 0xE9 at byte offset 25 (save the file as UTF-8)");
        Path big = dir.resolve("big.yml");
        Files.write(big, new byte[SchemaLoader.MAX_FILE_SIZE + 1]);
        assertThat(errors(big)).containsExactly(big + ":1:1: error: schema file is too large: 1048577 bytes (the"
                + " limit is 1048576) (split it into several schema files)");
        Path good = dir.resolve("good.YAML");
        Files.writeString(good, "package: p\nrecords: {R: {format: b, fields: [x]}}\n");
        try {
            assertThat(SchemaLoader.load(good).records()).hasSize(1);
        } catch (SchemaException e) {
            fail(e.getMessage());
        }
    }
}
