package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"x", "_x", "$x", "chunkSize", "wäh", "record", "var", "equals", "x1", "_"})
    void fieldNamesThatWork(String name) {
        if (name.equals("_")) {
            assertThat(Names.checkField(name)).isPresent();
        } else {
            assertThat(Names.checkField(name)).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0|field name is empty (give a Java identifier such as 'count')",
        "a-b|1|field name 'a-b' is not a valid Java identifier (character '-' at index 1 is not allowed; use"
                + " letters, digits, '_' or '$', not starting with a digit)",
        "int|0|field name 'int' is a Java keyword (rename it, e.g. 'intValue')",
        "true|0|field name 'true' is a Java keyword (rename it, e.g. 'trueValue')",
        "_|0|field name '_' is a Java keyword (rename it, e.g. '_x')",
        "yield|0|field name 'yield' is a restricted identifier in Java (a method named yield cannot be called"
                + " unqualified; rename it, e.g. 'yieldValue')",
        "getClass|0|field name 'getClass' clashes with java.lang.Object.getClass() (its getter would collide with"
                + " that method; rename it, e.g. 'getClassValue')",
    })
    void badFieldNames(String name, int position, String text) {
        assertThat(Names.checkField(name)).hasValueSatisfying(p -> {
            assertThat(p.toString()).isEqualTo(text);
            assertThat(p.position()).isEqualTo(position);
        });
    }

    @Test
    void recordNamesAndLength() {
        assertThat(Names.checkRecord("WavHeader")).isEmpty();
        assertThat(Names.checkRecord("var").orElseThrow().message())
                .isEqualTo("record name 'var' is a restricted identifier in Java");
        assertThat(Names.checkRecord("x\u0000y").orElseThrow().hint())
                .isEqualTo("character U+0000 at index 1 is not allowed; use letters, digits, '_' or '$', not"
                        + " starting with a digit");
        assertThat(Names.checkRecord("A".repeat(256)).orElseThrow().toString())
                .isEqualTo("record name is 256 characters long (names are limited to 255 characters)");
        assertThat(Names.checkRecord("A".repeat(255))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "com..x|4|package name 'com..x' has an empty part (write parts separated by single dots, e.g."
                + " 'com.example.formats')",
        "com.x.|6|package name 'com.x.' has an empty part (write parts separated by single dots, e.g."
                + " 'com.example.formats')",
        "com.2x|4|package name 'com.2x' is not valid: '2x' is not a Java identifier (an identifier cannot start"
                + " with a digit; e.g. '_2x')",
        "com.a-b|5|package name 'com.a-b' is not valid: 'a-b' is not a Java identifier (character '-' at index 1"
                + " is not allowed; use letters, digits, '_' or '$', not starting with a digit)",
        "org.int|4|package name 'org.int' is not valid: 'int' is a Java keyword (rename that part, e.g. 'int_')",
        "''|0|package name is empty (give a Java package such as 'com.example.formats')",
        // issue 11, finding 12: the JDK's packages cannot hold generated classes
        "java.lang|0|package name 'java.lang' is reserved: packages java.* belong to the JDK (use a package of your"
                + " own, e.g. 'com.example.formats')",
        "java|0|package name 'java' is reserved: packages java.* belong to the JDK (use a package of your own, e.g."
                + " 'com.example.formats')",
        "javax.swing.gen|0|package name 'javax.swing.gen' is reserved: packages javax.* belong to the JDK (use a"
                + " package of your own, e.g. 'com.example.formats')",
    })
    void badPackages(String name, int position, String text) {
        assertThat(Names.checkPackage(name)).hasValueSatisfying(p -> {
            assertThat(p.toString()).isEqualTo(text);
            assertThat(p.position()).isEqualTo(position);
        });
        assertThat(Names.checkPackage("com.example.wav")).isEmpty();
        assertThat(Names.checkPackage("x")).isEmpty();
        assertThat(Names.checkPackage("javafx.gen")).isEmpty();
        assertThat(Names.checkPackage("com.java.lang")).isEmpty();
    }
}
