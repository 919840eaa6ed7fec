package io.structview.codegen.java;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param path the file's path relative to the output directory, with {@code /} separators, such as
 *     {@code com/example/Point.java}
 * @param content the source text, ending with a newline
 */
public record GeneratedFile(String path, String content) {
    /**
     * Creates a generated file.
     *
     * @param path the relative path
     * @param content the source text
     */
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Returns the fully qualified name of the class the file declares, such as {@code com.example.Point}.
     *
     * @return the class name
     */
    public String qualifiedName() {
        String name = path.endsWith(".java") ? path.substring(0, path.length() - ".java".length()) : path;
        return name.replace('/', '.');
    }
}
