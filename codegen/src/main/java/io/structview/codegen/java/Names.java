package io.structview.codegen.java;

import io.structview.schema.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names of generated members, and the names a schema may not use because generated code needs them. */
final class Names {
    private Names() {}

    /**
     * Methods every generated class has (or inherits from {@code Object}), and private helpers some have. A member
     * with one of these names would hide, overload confusingly or fail to compile.
     */
    static final Set<String> RESERVED_METHODS = Set.of(
            "wrap", "segment", "offset", "allocate", "allocateArray", "cursor", "copyFrom",
            "toString", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "readString", "writeString", "readPascal", "writePascal", "appendBytes");

    /** The nested class that walks arrays of records; a record of this name could not contain it. */
    static final String CURSOR = "Cursor";

    /** {@code true} for a name usable as a Java class, method or package segment. */
    static boolean isIdentifier(String name) {
        // Contextual keywords: 'yield' cannot be invoked unqualified, 'var' and 'record' cannot name types.
        return name != null && SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name)
                && !name.equals("yield") && !name.equals("_");
    }

    static boolean isTypeName(String name) {
        return isIdentifier(name) && !name.equals("var") && !name.equals("record") && !name.equals("sealed")
                && !name.equals("permits");
    }

    static boolean isPackageName(String name) {
        // javac's rule, as the loader's: contextual keywords such as 'yield' or 'record' may name packages
        return name.isEmpty() || SourceVersion.isName(name);
    }

    /** {@code sampleRate} to {@code SAMPLE_RATE}, {@code HTTPStatus} to {@code HTTP_STATUS}. */
    static String constant(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean boundary = Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower);
                if (boundary && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
            }
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    /** The methods a member generates, for clash detection: getter and setter share the member's name. */
    static List<String> methods(Member m) {
        List<String> names = new ArrayList<>();
        names.add(m.name());
        if (m.isArray()) {
            names.add(m.name() + "Length");
        }
        if (!m.isRecord() && m.code().countIsLength()) {
            names.add(m.name() + "String");
        }
        return names;
    }
}
