package io.structview.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@code format("structview")}, checked once on the driver. Every refusal is an
 * {@link IllegalArgumentException} whose message starts with the option at fault.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>meaning</th></tr>
 *   <tr><td>{@code schema}, {@code record}</td><td>a schema file (YAML/JSON, read on the driver) and the record in
 *       it</td></tr>
 *   <tr><td>{@code format}, {@code names}</td><td>or: a struct format and comma-separated field names</td></tr>
 *   <tr><td>{@code header}</td><td>bytes to skip at the start of every file (default 0)</td></tr>
 *   <tr><td>{@code trailing}</td><td>a partial record at the end of a file: {@code error} (default) or
 *       {@code skip}</td></tr>
 *   <tr><td>{@code strings}</td><td>{@code s}, {@code p}, {@code c} as {@code binary} (default) or
 *       {@code string}</td></tr>
 *   <tr><td>{@code charset}</td><td>the charset of {@code strings=string} (default UTF-8)</td></tr>
 *   <tr><td>{@code batchRows}</td><td>rows per columnar batch (default 4096)</td></tr>
 * </table>
 *
 * @param layout where the record layout comes from
 * @param header the bytes skipped at the start of each file
 * @param skipPartial whether a trailing partial record is skipped rather than refused
 * @param strings whether byte strings become Spark strings
 * @param charset the charset of those strings
 * @param batchRows rows per batch
 */
record SourceOptions(LayoutSpec layout, long header, boolean skipPartial, boolean strings, String charset,
        int batchRows) implements Serializable {

    /**
     * Checks and reads the options.
     *
     * @param options the data source options (keys in any case)
     * @return the options
     * @throws IllegalArgumentException naming the option if one is missing, unknown or invalid
     */
    static SourceOptions parse(Map<String, String> options) {
        Map<String, String> o = lowerKeys(options);
        boolean bySchema = o.containsKey("schema") || o.containsKey("record");
        boolean byFormat = o.containsKey("format") || o.containsKey("names");
        LayoutSpec layout;
        if (bySchema && byFormat) {
            throw new IllegalArgumentException("options 'schema'/'record' and 'format'/'names' exclude each other;"
                    + " give one pair");
        } else if (bySchema) {
            String file = require(o, "schema", "the schema file with the record");
            String record = require(o, "record", "the record of " + file + " to read");
            layout = LayoutSpec.ofSchema(file, readSchema(file), record);
        } else if (byFormat) {
            String format = require(o, "format", "a struct format such as \"<qIdd\"");
            String names = require(o, "names", "comma-separated field names for format \"" + format + "\"");
            layout = LayoutSpec.ofFormat(format, names);
        } else {
            throw new IllegalArgumentException("option 'schema' (with 'record') or 'format' (with 'names') is"
                    + " required: it describes the records");
        }
        long header = nonNegative(o, "header", 0);
        boolean skip = switch (o.getOrDefault("trailing", "error").toLowerCase(Locale.ROOT)) {
            case "error" -> false;
            case "skip" -> true;
            default -> throw new IllegalArgumentException("option 'trailing': '" + o.get("trailing")
                    + "' is neither 'error' nor 'skip'");
        };
        boolean strings = switch (o.getOrDefault("strings", "binary").toLowerCase(Locale.ROOT)) {
            case "binary" -> false;
            case "string" -> true;
            default -> throw new IllegalArgumentException("option 'strings': '" + o.get("strings")
                    + "' is neither 'binary' nor 'string'");
        };
        String charset = o.getOrDefault("charset", StandardCharsets.UTF_8.name());
        try {
            charset = Charset.forName(charset).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option 'charset': '" + charset + "' is not a charset of this JVM", e);
        }
        long rows = nonNegative(o, "batchrows", 4096);
        if (rows < 1 || rows > 1 << 20) {
            throw new IllegalArgumentException("option 'batchRows': " + rows + " is not in 1.." + (1 << 20));
        }
        SourceOptions result = new SourceOptions(layout, header, skip, strings, charset, (int) rows);
        // Fail on the driver, naming the option, not later in a task.
        if (result.layout.record().size() == 0) {
            throw new IllegalArgumentException("option '" + (bySchema ? "record" : "format")
                    + "': the record is 0 bytes long; a file of such records has no rows to read");
        }
        return result;
    }

    /** {@return the charset of {@code strings=string}} */
    Charset decodeCharset() {
        return Charset.forName(charset);
    }

    private static Map<String, String> lowerKeys(Map<String, String> options) {
        Map<String, String> o = new java.util.HashMap<>();
        options.forEach((k, v) -> o.put(k.toLowerCase(Locale.ROOT), v));
        return o;
    }

    private static String require(Map<String, String> o, String key, String what) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("option '" + key + "' is required: " + what);
        }
        return v;
    }

    private static long nonNegative(Map<String, String> o, String key, long dflt) {
        String v = o.get(key);
        if (v == null) {
            return dflt;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "': '" + v + "' is not a whole number", e);
        }
        if (n < 0) {
            throw new IllegalArgumentException("option '" + key + "': " + n + " is negative");
        }
        return n;
    }

    private static String readSchema(String file) {
        try {
            Path path = Path.of(file);
            if (Files.size(path) > io.structview.codegen.load.SchemaLoader.MAX_FILE_SIZE) {
                throw new IllegalArgumentException("option 'schema': " + file + " is larger than "
                        + io.structview.codegen.load.SchemaLoader.MAX_FILE_SIZE + " bytes");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("option 'schema': schema file " + file + " not found", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("option 'schema': cannot read schema file " + file + ": " + e, e);
        }
    }
}
