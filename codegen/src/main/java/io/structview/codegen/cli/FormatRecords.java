package io.structview.codegen.cli;

import io.structview.schema.FormatException;
import io.structview.schema.Field;
import io.structview.schema.Format;
import io.structview.schema.FormatText;
import io.structview.schema.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plain struct format into a record with one member per value, so that {@code describe} and {@code dump}
 * treat formats and schema records alike: {@code "<I3h8s"} has members {@code f0 f1 f2 f3 f4}, as NumPy names
 * unnamed fields; {@code 3h} is three values, as {@code struct.unpack} returns them; {@code 8s} is one.
 */
final class FormatRecords {
    private FormatRecords() {}

    /** More values than this are refused, since each becomes a named member and a column. */
    static final long MAX_VALUES = 100_000;

    /**
     * Builds the record.
     *
     * @param text the struct format
     * @param names the value names, or {@code null} for {@code f0, f1, ...}
     * @return the record, named {@code "format"}
     * @throws BadInputException if the format is invalid or has too many values
     * @throws IllegalArgumentException if {@code names} does not name every value once
     */
    static Record of(String text, List<String> names) {
        Format format;
        try {
            format = Format.parse(text);
        } catch (FormatException e) {
            // The same hint as a schema file's diagnostics give, so that the valid codes are one look away.
            throw new BadInputException("bad format: " + e.getMessage() + " (" + FormatText.SYNTAX + ")");
        }
        if (format.valueCount() > MAX_VALUES) {
            throw new BadInputException("format " + FormatText.quote(text) + " has " + format.valueCount()
                    + " values; at most " + MAX_VALUES + " can be shown");
        }
        int values = (int) format.valueCount();
        List<String> labels = names;
        if (labels == null) {
            labels = new ArrayList<>();
            for (int i = 0; i < values; i++) {
                labels.add("f" + i);
            }
        } else if (labels.size() != values) {
            throw new IllegalArgumentException("--names gives " + labels.size() + " names but format "
                    + FormatText.quote(text) + " has " + values + " values");
        }
        Record record;
        try {
            record = build(format, labels);
        } catch (FormatException e) {
            // The only names that can be wrong are the user's: duplicates or names that are not identifiers.
            throw new IllegalArgumentException("--names: " + e.getMessage().replace("record 'format': ", ""));
        }
        if (record.size() != format.size()) {
            throw new IllegalStateException("record of " + FormatText.quote(text) + " is " + record.size() + " bytes, the format "
                    + format.size());
        }
        return record;
    }

    private static Record build(Format format, List<String> labels) {
        Record.Builder b = Record.builder("format").mode(format.mode());
        int next = 0;
        long end = 0;
        for (Field f : format.fields()) {
            if (f.code().hasValue() && !f.code().countIsLength() && f.count() == 0 && f.offset() > end) {
                // '0i' has no value but still aligns what follows, as in CPython: keep that as padding.
                b.padding(f.offset() - end);
            }
            end = Math.max(end, f.offset() + f.byteSize());
            if (!f.code().hasValue()) {
                b.padding(f.count());
            } else if (f.code().countIsLength()) {
                b.add(labels.get(next++), null, f.code(), null, f.count(), false, f.mode(), null);
            } else {
                for (long i = 0; i < f.count(); i++) {
                    b.add(labels.get(next++), null, f.code(), null, 1, false, f.mode(), null);
                }
            }
        }
        return b.build();
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
