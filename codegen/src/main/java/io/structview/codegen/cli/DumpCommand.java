package io.structview.codegen.cli;

import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code structview dump}: the records of a binary file, decoded as they stream by. The file is memory-mapped in
 * windows of whole records (never all at once), so memory stays constant on files of any size, past 2 GiB too.
 */
@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        header = "Print the records of a binary file as a table, JSON or CSV.",
        description = "Decodes the records stored back to back in DATAFILE with a schema record or a struct format."
                + " The file is memory-mapped window by window, so files of any size stream in constant memory."
                + " Nested records become outer.inner columns (objects in JSON), arrays name[i] columns (arrays in"
                + " JSON); byte strings are shown without their trailing NUL padding.",
        footerHeading = "%nExamples:%n",
        footer = {"  structview dump --format '<IH' --names id,flags data.bin",
            "  structview dump --schema wav.yaml --record WavHeader --count 1 song.wav",
            "  structview dump --format '<d' --offset 0x100 --output csv samples.bin"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (trailing bytes that do not make a whole record are reported on stderr)",
            "1:bad schema or format, unreadable data file, or --offset/--count beyond its end",
            "2:usage error"})
final class DumpCommand implements Callable<Integer> {
    /** Output formats. */
    enum Output {
        table,
        json,
        csv
    }

    /** How records are described: by a schema record or by a format. Exactly one. */
    static final class Source {
        @ArgGroup(exclusive = false)
        SchemaSource schema;

        @ArgGroup(exclusive = false)
        FormatSource format;
    }

    static final class SchemaSource {
        @Option(names = "--schema", required = true, paramLabel = "FILE", description = "Schema file (YAML or JSON).")
        Path file;

        @Option(names = "--record", paramLabel = "NAME",
                description = "Record of the schema to decode; may be left out when the schema has one record.")
        String record;
    }

    static final class FormatSource {
        @Option(names = "--format", required = true, paramLabel = "FMT", description = "Struct format of one record.")
        String format;

        @Option(names = "--names", split = ",", paramLabel = "NAME",
                description = "Names of the format's values, comma-separated (default f0, f1, ...).")
        List<String> names;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", converter = ByteCount.class,
            description = "Byte offset of the first record (decimal, or hex with 0x). Default: ${DEFAULT-VALUE}.")
    private long offset;

    @Option(names = "--count", paramLabel = "N", converter = ByteCount.class,
            description = "Number of records to print. Default: every whole record from the offset to the end.")
    private Long count;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Output output;

    /** Bytes mapped at a time; a hidden knob so that tests can exercise many windows on small files. */
    @Option(names = "--window-bytes", hidden = true, defaultValue = "67108864", converter = ByteCount.class)
    private long windowBytes;

    @Option(names = "--hex", description = "Print integers in hexadecimal: 0x and two digits per byte of the"
            + " value, as an unsigned number (JSON: as strings).")
    private boolean hex;

    @Parameters(paramLabel = "DATAFILE", description = "The binary file (a regular file).")
    private Path data;

    @Override
    public Integer call() throws IOException {
        Record record = record();
        long size = record.size();
        if (size > Integer.MAX_VALUE) {
            throw new BadInputException("record " + record.name() + " is " + size + " bytes; dump reads records of"
                    + " at most " + Integer.MAX_VALUE + " bytes");
        }
        RecordReader reader = new RecordReader(record, hex ? Cells.Radix.HEX : Cells.Radix.DECIMAL);
        InputFiles.requireRegular(data, "dump reads regular files");
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            InputFiles.requireTrueSize(channel, fileSize, data);
            if (offset > fileSize) {
                throw new BadInputException("--offset " + offset + " is past the end of " + data + " (" + fileSize
                        + " bytes)");
            }
            long available = size == 0 ? 0 : (fileSize - offset) / size;
            long n;
            if (count != null) {
                n = count;
                if (size > 0 && n > available) {
                    throw new BadInputException(data + " holds " + available + (available == 1 ? " record" : " records")
                            + " of " + size + " bytes after offset " + offset + ", not " + n);
                }
            } else if (size == 0) {
                throw new BadInputException("record " + record.name() + " is 0 bytes long: give --count");
            } else {
                n = available;
                long trailing = fileSize - offset - n * size;
                if (trailing > 0) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("note: " + trailing + " trailing " + (trailing == 1 ? "byte" : "bytes")
                            + " after the last whole record " + (trailing == 1 ? "is" : "are") + " not shown");
                    err.flush();
                }
            }
            try {
                dump(channel, reader, size, n);
            } catch (InternalError e) {
                // The JDK's report of a fault in a mapped read: the file shrank under the mapping (see
                // docs/robustness.md). Rows printed so far were read before the fault.
                throw changedSize();
            }
        }
        return 0;
    }

    private Record record() {
        if (source.schema != null) {
            Schema schema = SchemaFiles.load(source.schema.file);
            String name = source.schema.record;
            if (name == null) {
                if (schema.records().size() != 1) {
                    throw new ParameterException(spec.commandLine(), "--record is needed: " + source.schema.file
                            + " has records " + DescribeCommand.recordNames(schema));
                }
                return schema.records().get(0);
            }
            return schema.record(name).orElseThrow(() -> new BadInputException("no record '" + name + "' in "
                    + source.schema.file + "; it has " + DescribeCommand.recordNames(schema)));
        }
        try {
            return FormatRecords.of(source.format.format, source.format.names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void dump(FileChannel channel, RecordReader reader, long size, long n) throws IOException {
        RowWriter writer = RowWriter.of(output, reader, spec.commandLine().getOut());
        if (size == 0) {
            ByteBuffer empty = ByteBuffer.allocate(0);
            for (long i = 0; i < n; i++) {
                writer.row(i, empty, empty, 0);
            }
        } else {
            long perWindow = Math.max(1, Math.min(windowBytes, Integer.MAX_VALUE) / size);
            for (long first = 0; first < n; first += perWindow) {
                long records = Math.min(perWindow, n - first);
                if (channel.size() < offset + (first + records) * size) {
                    throw changedSize();
                }
                MappedByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, offset + first * size,
                        records * size);
                ByteBuffer little = window.duplicate().order(ByteOrder.LITTLE_ENDIAN);
                ByteBuffer big = window.duplicate().order(ByteOrder.BIG_ENDIAN);
                for (long i = 0; i < records; i++) {
                    writer.row(first + i, little, big, (int) (i * size));
                }
            }
        }
        writer.finish();
    }

    private BadInputException changedSize() {
        spec.commandLine().getOut().flush();
        return new BadInputException(data + " changed size while being read; its output above is incomplete (keep"
                + " the file from being truncated or rewritten while it is dumped, or dump a copy)");
    }

    /** A non-negative count or offset, decimal or {@code 0x} hexadecimal. */
    static final class ByteCount implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip();
            long n;
            try {
                n = v.startsWith("0x") || v.startsWith("0X") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number (decimal, or hex with 0x)");
            }
            if (n < 0) {
                throw new TypeConversionException("'" + value + "' is negative");
            }
            return n;
        }
    }
}
