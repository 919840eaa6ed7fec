package io.structview.codegen.load;

import io.structview.codegen.files.FileKind;
import io.structview.schema.Location;
import io.structview.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads schema files (YAML or JSON, see the {@linkplain io.structview.codegen.load package documentation} for
 * the format) into a {@link Schema}, reporting every problem at once with its file, line and column.
 *
 * <pre>{@code
 * try {
 *     Schema schema = SchemaLoader.load(Path.of("src/main/structview/wav.yaml"));
 * } catch (SchemaException e) {
 *     System.err.println(e.getMessage()); // wav.yaml:5:13: error: ... (hint), one line per problem
 * }
 * }</pre>
 *
 * <p>Files are read as UTF-8 (a leading byte order mark is ignored) and must not exceed
 * {@value #MAX_FILE_SIZE} bytes; YAML and JSON are nested at most {@value TreeReader#MAX_DEPTH} levels deep.
 * Thread-safe: every call works on its own state.
 */
public final class SchemaLoader {
    /** The largest schema file accepted, in bytes (and in characters for {@link #load(String, String)}). */
    public static final int MAX_FILE_SIZE = 1 << 20;

    private SchemaLoader() {}

    /**
     * Loads a schema file, choosing YAML or JSON by its extension: {@code .yaml}, {@code .yml} or {@code .json}.
     *
     * @param file the schema file; diagnostics name it as {@code file.toString()}
     * @return the schema, whose {@link Schema#source()} is {@code file.toString()}
     * @throws SchemaException if the file cannot be read or is not a valid schema; it lists every problem
     */
    public static Schema load(Path file) throws SchemaException {
        String name = file.toString();
        Boolean json = json(name);
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(name);
            }
            if (!Files.isRegularFile(file)) {
                // Devices (/dev/zero) never end and FIFOs block until a writer comes: never open them.
                throw single(name, "not a regular file (" + FileKind.of(file) + ")",
                        "schema files must be regular files; copy the content into one");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_SIZE) {
                throw tooLarge(name, Long.toString(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded by the limit whatever the size said: files in /proc report 0 and may hold more.
                bytes = in.readNBytes(MAX_FILE_SIZE + 1);
            }
            if (bytes.length > MAX_FILE_SIZE) {
                throw tooLarge(name, "more than " + MAX_FILE_SIZE);
            }
            return load(name, decode(name, bytes, json), json);
        } catch (NoSuchFileException e) {
            throw single(name, "schema file not found", "check the path");
        } catch (IOException e) {
            throw single(name, "cannot read the schema file: " + e, "check that it is a readable file");
        }
    }

    private static SchemaException tooLarge(String name, String size) {
        return single(name, "schema file is too large: " + size + " bytes (the limit is " + MAX_FILE_SIZE + ")",
                "split it into several schema files");
    }

    /**
     * Loads a schema from text, choosing YAML or JSON by the file name's extension: {@code .yaml},
     * {@code .yml} or {@code .json}.
     *
     * @param fileName the file name that diagnostics and {@link Schema#source()} use
     * @param content the file's text
     * @return the schema
     * @throws SchemaException if the text is not a valid schema; it lists every problem
     */
    public static Schema load(String fileName, String content) throws SchemaException {
        return load(fileName, content, json(fileName));
    }

    private static Schema load(String fileName, String content, boolean json) throws SchemaException {
        if (content.length() > MAX_FILE_SIZE) {
            throw single(fileName, "schema file is too large: " + content.length() + " characters (the limit is "
                    + MAX_FILE_SIZE + ")", "split it into several schema files");
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Diagnostics diagnostics = new Diagnostics();
        Source source = new Source(fileName, content, !json);
        Node root = TreeReader.read(source, json, diagnostics);
        Schema schema = root == null ? null : SchemaReader.read(source, root, diagnostics);
        if (schema == null || !diagnostics.isEmpty()) {
            throw diagnostics.exception();
        }
        return schema;
    }

    private static boolean json(String fileName) throws SchemaException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        throw single(fileName, "unsupported schema file type", "schema files end in .yaml, .yml or .json");
    }

    /** Decodes strict UTF-8, reporting the line and column of the first malformed byte sequence. */
    private static String decode(String fileName, byte[] bytes, boolean json) throws SchemaException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            // Lines and columns as every other diagnostic counts them (a lone CR ends a line in YAML; YAML
            // columns count code points).
            Location at = new Source(fileName, text, !json).locationOf(text.length());
            throw SchemaException.of(List.of(new Diagnostic(at, "the file is not valid UTF-8: malformed byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff) + " at byte offset " + in.position(),
                    "save the file as UTF-8")));
        }
        return text;
    }

    private static SchemaException single(String fileName, String message, String hint) {
        return SchemaException.of(List.of(new Diagnostic(new Location(fileName, 1, 1), message, hint)));
    }
}
