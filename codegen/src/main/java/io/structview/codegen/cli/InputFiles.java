package io.structview.codegen.cli;

import io.structview.codegen.files.FileKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks on input files before they are read: only regular files, whose size is what they say. */
final class InputFiles {
    private InputFiles() {}

    /**
     * Refuses anything but a regular file (following symbolic links) before it is opened: a FIFO blocks until a
     * writer comes and a device such as {@code /dev/zero} never ends.
     *
     * @param file the file
     * @param why what the command reads, for the hint, such as {@code "dump reads regular files"}
     * @throws NoSuchFileException if it does not exist
     * @throws BadInputException if it is not a regular file
     */
    static void requireRegular(Path file, String why) throws NoSuchFileException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + " is not a regular file (" + FileKind.of(file) + "); " + why
                    + ": copy the content into one");
        }
    }

    /**
     * Refuses a file with bytes past its reported size, as files in {@code /proc} and {@code /sys} have (they
     * report 0 bytes): dumping by the reported size would print nothing and succeed.
     *
     * @param channel the open file
     * @param size its reported size
     * @param file its path, for the message
     * @throws BadInputException if a byte can be read at {@code size}
     */
    static void requireTrueSize(FileChannel channel, long size, Path file) throws IOException {
        if (channel.read(ByteBuffer.allocate(1), size) > 0) {
            throw new BadInputException(file + " holds more than the " + size + " bytes it reports (a file of /proc"
                    + " or /sys, or one growing while read?): copy it into a regular file and dump the copy");
        }
    }
}
