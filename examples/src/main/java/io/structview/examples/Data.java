package io.structview.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The example data bundled with this module ({@code src/main/resources/io/structview/examples/data}), made by
 * real tools: {@code examples/tools/make_data.sh} tells how.
 */
public final class Data {
    private Data() {}

    /**
     * Copies a bundled file into a directory, so that examples can map it like any file on disk (the class path
     * may be a jar).
     *
     * @param name the file name, such as {@code chord.wav}
     * @param directory where to put it; created if missing
     * @return the file's path in {@code directory}
     */
    public static Path bundled(String name, Path directory) {
        try (InputStream in = Data.class.getResourceAsStream("data/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled data file " + name);
            }
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
