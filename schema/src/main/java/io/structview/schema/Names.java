package io.structview.schema;

import java.util.Optional;
import java.util.Set;

/**
 * The naming rules that every way of declaring a schema shares (schema files, PEP 3118 formats, the builder
 * DSL): records become Java classes, fields become Java methods, so their names must be usable as such.
 *
 * <p>A record name must be a Java identifier that is not a keyword, not a literal ({@code true false null})
 * and not one of the restricted identifiers that cannot name a type ({@code var yield record sealed permits}).
 * A field name must be a Java identifier that is not a keyword or literal, not {@code yield} (a method named
 * so cannot be called unqualified), and not the name of a {@code java.lang.Object} method that a generated
 * getter would clash with ({@code getClass hashCode toString clone finalize notify notifyAll wait}). A package
 * name is one or more such identifiers joined by dots, not starting with {@code java} or {@code javax} (the
 * JDK's). Names are at most {@value #MAX_LENGTH} characters.
 */
public final class Names {
    /** The longest name accepted; longer names are a sign of a generated or corrupt schema. */
    public static final int MAX_LENGTH = 255;

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "_", "true", "false", "null");

    /** JLS 3.9: contextual keywords that are not a TypeIdentifier. */
    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /** Object methods without parameters that a getter of the same name would override or fail to override. */
    private static final Set<String> OBJECT_METHODS = Set.of(
            "getClass", "hashCode", "toString", "clone", "finalize", "notify", "notifyAll", "wait");

    private Names() {}

    /**
     * Tells whether a word is a reserved Java keyword or literal ({@code class}, {@code int}, {@code true},
     * {@code _}, ...). Contextual keywords such as {@code var} are not reserved.
     *
     * @param word a word
     * @return {@code true} if it can never be an identifier
     */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /**
     * Checks a field (member) name.
     *
     * @param name the name
     * @return the problem, or empty if the name is fine
     */
    public static Optional<NameProblem> checkField(String name) {
        Optional<NameProblem> p = identifier("field name", name);
        if (p.isPresent()) {
            return p;
        }
        if (name.equals("yield")) {
            return problem("field name 'yield' is a restricted identifier in Java",
                    "a method named yield cannot be called unqualified; rename it, e.g. 'yieldValue'", 0);
        }
        if (OBJECT_METHODS.contains(name)) {
            return problem("field name '" + name + "' clashes with java.lang.Object." + name + "()",
                    "its getter would collide with that method; rename it, e.g. '" + name + "Value'", 0);
        }
        return Optional.empty();
    }

    /**
     * Checks a record name, which becomes a Java class name.
     *
     * @param name the name
     * @return the problem, or empty if the name is fine
     */
    public static Optional<NameProblem> checkRecord(String name) {
        Optional<NameProblem> p = identifier("record name", name);
        if (p.isPresent()) {
            return p;
        }
        if (RESTRICTED_TYPE_NAMES.contains(name)) {
            return problem("record name '" + name + "' is a restricted identifier in Java",
                    "it cannot name a class; rename it, e.g. '" + upperFirst(name) + "'", 0);
        }
        return Optional.empty();
    }

    /**
     * Checks a package name: dot-separated identifiers that are not keywords, outside {@code java.*} and
     * {@code javax.*}.
     *
     * @param name the package name, such as {@code com.example.wav}
     * @return the problem (its position is the start of the offending part), or empty if the name is fine
     */
    public static Optional<NameProblem> checkPackage(String name) {
        if (name == null || name.isEmpty()) {
            return problem("package name is empty", "give a Java package such as 'com.example.formats'", 0);
        }
        if (name.length() > MAX_LENGTH) {
            return problem("package name is " + name.length() + " characters long",
                    "names are limited to " + MAX_LENGTH + " characters", 0);
        }
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            String part = name.substring(start, end);
            String quoted = "package name '" + name + "'";
            if (part.isEmpty()) {
                return problem(quoted + " has an empty part", "write parts separated by single dots, e.g. "
                        + "'com.example.formats'", start);
            }
            int bad = badCharacter(part);
            if (bad >= 0) {
                return problem(quoted + " is not valid: '" + part + "' is not a Java identifier",
                        identifierHint(part, bad), start + bad);
            }
            if (isKeyword(part)) {
                return problem(quoted + " is not valid: '" + part + "' is a Java keyword",
                        "rename that part, e.g. '" + part + "_'", start);
            }
            if (start == 0 && (part.equals("java") || part.equals("javax"))) {
                // The JVM refuses to define classes in java.* (SecurityException); javax.* is the JDK's too.
                return problem(quoted + " is reserved: packages " + part + ".* belong to the JDK",
                        "use a package of your own, e.g. 'com.example.formats'", 0);
            }
            if (dot < 0) {
                return Optional.empty();
            }
            start = dot + 1;
        }
    }

    private static Optional<NameProblem> identifier(String what, String name) {
        if (name == null || name.isEmpty()) {
            return problem(what + " is empty", "give a Java identifier such as 'count'", 0);
        }
        if (name.length() > MAX_LENGTH) {
            return problem(what + " is " + name.length() + " characters long",
                    "names are limited to " + MAX_LENGTH + " characters", 0);
        }
        int bad = badCharacter(name);
        if (bad >= 0) {
            return problem(what + " '" + name + "' is not a valid Java identifier", identifierHint(name, bad), bad);
        }
        if (isKeyword(name)) {
            return problem(what + " '" + name + "' is a Java keyword",
                    "rename it, e.g. '" + name + (name.equals("_") ? "x" : "Value") + "'", 0);
        }
        return Optional.empty();
    }

    /** Returns the index of the first character that cannot appear there in an identifier, or -1. */
    private static int badCharacter(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            // Identifier-ignorable characters (controls, format characters) are legal Java but invisible.
            boolean ok = i == 0 ? Character.isJavaIdentifierStart(cp)
                    : Character.isJavaIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String identifierHint(String name, int bad) {
        if (bad == 0 && Character.isDigit(name.codePointAt(0))) {
            return "an identifier cannot start with a digit; e.g. '_" + name + "'";
        }
        int cp = name.codePointAt(bad);
        String shown = cp >= 0x20 && cp < 0x7f ? "'" + (char) cp + "'" : String.format("U+%04X", cp);
        return "character " + shown + " at index " + bad
                + " is not allowed; use letters, digits, '_' or '$', not starting with a digit";
    }

    private static String upperFirst(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<NameProblem> problem(String message, String hint, int position) {
        return Optional.of(new NameProblem(message, hint, position));
    }
}
