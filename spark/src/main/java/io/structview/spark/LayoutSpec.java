package io.structview.spark;

import io.structview.codegen.load.SchemaException;
import io.structview.codegen.load.SchemaLoader;
import io.structview.schema.FormatException;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a record layout comes from, in a form that travels to executors: the schema file's <em>text</em> (read
 * once on the driver, so executors need no copy of the file) and the record name, or a struct format and its
 * field names. Executors rebuild the {@link Record} from it, once per JVM.
 *
 * @param schemaFile the schema file's name as given, for messages; null for a format
 * @param schemaText the schema file's content; null for a format
 * @param recordName the record to read; null for a format
 * @param format the struct format; null for a schema file
 * @param names the field names of the format
 */
record LayoutSpec(String schemaFile, String schemaText, String recordName, String format, List<String> names)
        implements Serializable {
    private static final Map<LayoutSpec, Record> RECORDS = new ConcurrentHashMap<>();

    /** The record name a plain format gets; it never reaches the user but through the table name. */
    static final String FORMAT_RECORD = "Format";

    LayoutSpec {
        names = names == null ? null : List.copyOf(names);
    }

    /** {@return a spec for a record of a schema file} */
    static LayoutSpec ofSchema(String file, String text, String record) {
        return new LayoutSpec(file, text, record, null, null);
    }

    /** {@return a spec for a struct format with names} */
    static LayoutSpec ofFormat(String format, String names) {
        List<String> list = Arrays.stream(names.split(",")).map(String::trim).toList();
        return new LayoutSpec(null, null, null, format, list);
    }

    /**
     * Builds (or returns the cached) record.
     *
     * @return the record
     * @throws IllegalArgumentException naming the option at fault if the schema, record or format is not valid
     */
    Record record() {
        Record r = RECORDS.get(this);
        if (r == null) {
            r = build();
            RECORDS.putIfAbsent(this, r);
        }
        return r;
    }

    private Record build() {
        if (format != null) {
            try {
                return Record.ofFormat(FORMAT_RECORD, format, names);
            } catch (FormatException e) {
                throw new IllegalArgumentException("option 'format' (with 'names'): " + e.getMessage(), e);
            }
        }
        Schema schema;
        try {
            schema = SchemaLoader.load(schemaFile, schemaText);
        } catch (SchemaException e) {
            throw new IllegalArgumentException("option 'schema': " + schemaFile + " is not a valid schema file:\n"
                    + e.getMessage(), e);
        }
        return schema.record(recordName).orElseThrow(() -> new IllegalArgumentException("option 'record': no record '"
                + recordName + "' in " + schemaFile + "; it declares " + schema.records().stream()
                        .map(Record::name).toList()));
    }

    /** {@return a short description for plans and table names} */
    String describe() {
        return format != null ? "format " + format : schemaFile + "#" + recordName;
    }
}
