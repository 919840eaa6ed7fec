package io.structview.schema;

import java.util.List;
import java.util.Optional;

/**
 * A set of record types to generate into one Java package: what a schema file, PEP 3118 formats or the builder
 * DSL declare. Immutable.
 *
 * @param packageName the Java package of the generated classes
 * @param records the records, in declaration order; nested records appear before they are used
 * @param source the schema file it was read from, or {@code null} when declared in code
 */
public record Schema(String packageName, List<Record> records, String source) {
    /**
     * Creates a schema.
     *
     * @param packageName the Java package of the generated classes
     * @param records the records
     * @param source the schema file, may be null
     */
    public Schema {
        records = List.copyOf(records);
    }

    /**
     * Finds a record by name.
     *
     * @param name the record name
     * @return the record, or empty
     */
    public Optional<Record> record(String name) {
        return records.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
