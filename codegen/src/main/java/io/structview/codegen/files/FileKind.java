package io.structview.codegen.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names the kind of a path that is not a regular file, for the messages that refuse to read it: the loader and
 * the CLI never open FIFOs (they block) or devices ({@code /dev/zero} never ends). Internal to the codegen module:
 * its package is not exported.
 */
public final class FileKind {
    private FileKind() {}

    /**
     * {@return "a directory", "a FIFO", "a character device", "a block device", "a socket" or "a special file"}
     *
     * @param file a path that exists and is not a regular file
     */
    public static String of(Path file) {
        if (Files.isDirectory(file)) {
            return "a directory";
        }
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file"; // no unix attributes here: say no more than we know
        }
    }
}
