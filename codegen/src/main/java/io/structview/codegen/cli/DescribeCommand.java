package io.structview.codegen.cli;

import io.structview.schema.Member;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code structview describe}: the layout of a format or of a schema's records. */
@Command(
        name = "describe",
        mixinStandardHelpOptions = true,
        header = "Show the layout of a struct format or of schema records, like pahole.",
        description = "Prints each field's code, offset, size and alignment, the holes that native alignment"
                + " leaves, and the total size. A format's values are named f0, f1, ... unless --names is given;"
                + " a schema file's records are shown with the records they nest.",
        footerHeading = "%nExamples:%n",
        footer = {"  structview describe '@bid'", "  structview describe --names id,flags '<IH'",
            "  structview describe --record WavHeader wav.yaml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the format or schema is invalid, or cannot be read", "2:usage error"})
final class DescribeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FORMAT-OR-SCHEMA",
            description = "A struct format such as '<IHd', or a schema file (an existing file, a path with '/', or"
                    + " a name ending in .yaml, .yml or .json).")
    private String target;

    @Option(names = "--record", paramLabel = "NAME", description = "Describe only this record of the schema (and"
            + " the records it nests).")
    private String recordName;

    @Option(names = "--names", split = ",", paramLabel = "NAME",
            description = "Names for a format's values, comma-separated.")
    private List<String> names;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (isSchemaFile(target)) {
            if (names != null) {
                throw new ParameterException(spec.commandLine(), "--names applies to formats, not schema files");
            }
            if (!exists(target)) {
                throw new BadInputException("no such file: " + target + " (read as a schema file path, since it"
                        + " contains '/' or ends in .yaml, .yml or .json; a struct format has neither)");
            }
            Schema schema = SchemaFiles.load(Path.of(target));
            List<Record> records = schema.records();
            if (recordName != null) {
                Record r = schema.record(recordName).orElseThrow(() -> new BadInputException("no record '"
                        + recordName + "' in " + target + "; it has " + recordNames(schema)));
                records = List.of(r);
            }
            Map<String, Record> shown = new LinkedHashMap<>();
            for (Record r : records) {
                collect(r, shown);
            }
            boolean first = true;
            for (Record r : shown.values()) {
                if (!first) {
                    out.println();
                }
                first = false;
                String where = r.location().map(l -> "  (" + l + ")").orElse("");
                LayoutTable.print("record " + r.name() + where, r, out);
            }
        } else {
            if (recordName != null) {
                throw new ParameterException(spec.commandLine(), "--record applies to schema files, not formats");
            }
            Record r;
            try {
                r = FormatRecords.of(target, names);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            LayoutTable.print("format " + FormatRecords.quote(target), r, out);
        }
        out.flush();
        return 0;
    }

    /** Nested records after the records that use them, each once. */
    private static void collect(Record r, Map<String, Record> shown) {
        if (shown.putIfAbsent(r.name(), r) != null) {
            return;
        }
        for (Member m : r.members()) {
            if (m.isRecord()) {
                collect(m.record(), shown);
            }
        }
    }

    /**
     * Whether the argument names a schema file rather than a format: it looks like a path (contains {@code /}, which
     * no format does, or ends in a schema extension) or names an existing file.
     */
    static boolean isSchemaFile(String target) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
                || target.indexOf('/') >= 0 || target.indexOf(java.io.File.separatorChar) >= 0
                || isExistingFile(target);
    }

    private static boolean isExistingFile(String target) {
        try {
            return Files.isRegularFile(Path.of(target));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean exists(String target) {
        try {
            return Files.exists(Path.of(target));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static String recordNames(Schema schema) {
        List<String> names = new ArrayList<>();
        for (Record r : schema.records()) {
            names.add(r.name());
        }
        return String.join(", ", names);
    }
}
