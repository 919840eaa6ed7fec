package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.schema.FormatCode;
import io.structview.schema.Location;
import io.structview.schema.Mode;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that cannot become Java are refused before anything is generated, every problem at once. */
class EmitterValidationTest {
    private static Schema schema(String pkg, Record... records) {
        return new Schema(pkg, List.of(records), null);
    }

    private static List<String> problems(Schema schema) {
        try {
            JavaEmitter.emit(schema);
        } catch (EmitException e) {
            assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
            return e.problems();
        }
        throw new AssertionError("expected EmitException");
    }

    /** Keywords and other non-identifiers are refused by the record builder already; these pass it. */
    @Test
    void badPackageAndRecordNames() {
        assertThat(problems(schema("com.exa-mple", Record.builder("Cursor").build())))
                .containsExactly(
                        "error: package 'com.exa-mple' is not a Java package name (hint: dot-separated Java"
                                + " identifiers, none of them a keyword)",
                        "error: record name 'Cursor' clashes with the nested class Cursor that every generated class"
                                + " declares (hint: rename the record)");
    }

    @Test
    void memberNamesThatClashWithGeneratedMethodsAreReportedAtTheirLocation() {
        Record r = Record.builder("Header")
                .location(new Location("h.yaml", 2, 3))
                .member("offset", "I", null, new Location("h.yaml", 4, 7))
                .member("wrap", "H")
                .member("coords", "3i", null, new Location("h.yaml", 6, 7))
                .member("coordsLength", "i", null, new Location("h.yaml", 7, 7))
                .member("name", "8s")
                .member("nameString", "i")
                .member("x", "i")
                .member("X", "i")
                .build();
        assertThat(problems(schema("p", r))).containsExactly(
                "h.yaml:4:7: error: record 'Header': member 'offset' would generate method offset(), which every"
                        + " generated class already has (hint: rename the member)",
                "h.yaml:2:3: error: record 'Header': member 'wrap' would generate method wrap(), which every"
                        + " generated class already has (hint: rename the member)",
                "h.yaml:7:7: error: record 'Header': member 'coordsLength' would generate method coordsLength(),"
                        + " which member 'coords' also generates (hint: rename one of them)",
                "h.yaml:2:3: error: record 'Header': member 'nameString' would generate method nameString(), which"
                        + " member 'name' also generates (hint: rename one of them)",
                "h.yaml:2:3: error: record 'Header': member 'X' and member 'x' both map to constant names X_OFFSET..."
                        + " (hint: rename one of them)");
    }

    @Test
    void recordsClashingByNameOrOnlyByCase() {
        Record a = Record.builder("Vec").member("x", "i").build();
        Record b = Record.builder("Vec").member("x", "q").build();
        Record holder = Record.builder("Holder").record("a", a, null, null).record("b", b, null, null).build();
        Record lower = Record.builder("holder").build();
        assertThat(problems(schema("p", holder, lower))).containsExactly(
                "error: record names 'Holder' and 'holder' differ only in case, so their files clash on"
                        + " case-insensitive file systems (hint: rename one)",
                "error: two different records are named 'Vec' (hint: give nested records distinct names)");
    }

    @Test
    void countsBeyondJavaArraysAreRefused() {
        Record r = Record.builder("Big").array("huge", FormatCode.UBYTE, 1L << 31, Mode.NATIVE, null).build();
        assertThat(problems(schema("p", r))).containsExactly(
                "error: record 'Big': member 'huge' has count 2147483648, more than Java arrays can index"
                        + " (2147483647)");
    }

    @Test
    void nestedRecordsNotListedInTheSchemaAreGeneratedToo() {
        Record inner = Record.builder("Inner").member("v", "i").build();
        Record outer = Record.builder("Outer").record("in", inner, null, null).build();
        assertThat(JavaEmitter.emit(schema("a.b", outer))).extracting(GeneratedFile::path)
                .containsExactly("a/b/Outer.java", "a/b/Inner.java");
        // The same record built twice, as a loader may do, is one class.
        Record again = Record.builder("Inner").member("v", "i").build();
        Record both = Record.builder("Both").record("one", inner, null, null).record("two", again, null, null).build();
        assertThat(JavaEmitter.emit(schema("", both))).extracting(GeneratedFile::path)
                .containsExactly("Both.java", "Inner.java");
    }

    @Test
    void recordsMayNotHideJdkTypesTheGeneratedCodeUses() {
        assertThat(problems(schema("p", Record.builder("String").build(), Record.builder("MemorySegment").build())))
                .containsExactly(
                        "error: record name 'String' would hide the JDK type String that generated code uses"
                                + " (hint: rename the record)",
                        "error: record name 'MemorySegment' would hide the JDK type MemorySegment that generated"
                                + " code uses (hint: rename the record)");
        // Other JDK names are fine.
        Record list = Record.builder("List").member("size", "i").build();
        Record path = Record.builder("Path").record("list", list, null, null).member("length", "3h").build();
        InMemoryCompiler.compile(JavaEmitter.emit(schema("odd", path)));
    }

    @Test
    void emptyRecordsAndZeroLengthMembersCompile() {
        Record empty = Record.builder("Empty").build();
        Record zeros = Record.builder("Zeros").member("s", "0s").member("a", "0i").padding(0)
                .recordArray("none", empty, 0, null, null).member("p", "1p").build();
        InMemoryCompiler.compile(JavaEmitter.emit(schema("z", empty, zeros)));
    }

    @Test
    void userDocsCannotBreakOutOfComments() {
        Record r = Record.builder("Doc").doc("Ends */ here \\u002a/ and {@code x} <b> & @param").member("x", "i",
                "*/ class Oops {} /*", null).build();
        GeneratedFile f = JavaEmitter.emit(schema("d", r)).get(0);
        assertThat(f.content()).contains("Ends *&#47; here &#92;u002a/ and {&#64;code x} &lt;b&gt; &amp; &#64;param");
        InMemoryCompiler.compile(List.of(f));
    }
}
