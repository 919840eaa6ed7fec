package io.structview.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A set of record types to generate into one Java package: what a schema file, PEP 3118 formats or the builder
 * DSL declare. Immutable.
 *
 * <pre>{@code
 * Schema.Builder b = Schema.builder("com.example.geo");
 * b.record("Point", r -> r.littleEndian().i32("x").i32("y"));
 * b.record("Line", r -> r.littleEndian().record("from", b.get("Point")).record("to", b.get("Point")));
 * Schema schema = b.build();
 * }</pre>
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
     * Starts a schema in code, the Java DSL counterpart of a schema file.
     *
     * @param packageName the Java package of the generated classes
     * @return a new builder
     */
    public static Builder builder(String packageName) {
        return new Builder(packageName);
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

    /**
     * Collects records into a {@link Schema}. Records nested in the added records are included by
     * {@link #build()}, before the records that use them, so adding the outermost records is enough. Not
     * thread-safe.
     */
    public static final class Builder {
        private final String packageName;
        private final Map<String, Record> records = new LinkedHashMap<>();
        private String source;

        private Builder(String packageName) {
            this.packageName = Objects.requireNonNull(packageName, "packageName");
        }

        /**
         * Declares a record with the Java DSL and adds it.
         *
         * @param name the record name
         * @param body adds the record's members, for example {@code r -> r.i32("x").i32("y")}
         * @return this builder
         * @throws FormatException if the record is not valid or a record of that name was already added
         */
        public Builder record(String name, Consumer<Record.Builder> body) {
            Record.Builder rb = Record.builder(name);
            body.accept(rb);
            return add(rb.build());
        }

        /**
         * Adds records made elsewhere, such as by {@link Record#ofFormat(String, String, String...)} or
         * {@link Pep3118#parse(String, String)}.
         *
         * @param added the records
         * @return this builder
         * @throws FormatException if a different record of the same name was already added
         */
        public Builder add(Record... added) {
            for (Record r : added) {
                Record old = records.putIfAbsent(r.name(), r);
                if (old != null && !old.equals(r)) {
                    throw new FormatException("duplicate record name '" + r.name() + "'");
                }
            }
            return this;
        }

        /**
         * Returns a record added earlier, so that a later record can nest it.
         *
         * @param name the record name
         * @return the record
         * @throws IllegalArgumentException if no record of that name was added
         */
        public Record get(String name) {
            Record r = records.get(name);
            if (r == null) {
                throw new IllegalArgumentException("no record '" + name + "' was added; records: "
                        + records.keySet());
            }
            return r;
        }

        /**
         * Sets the file the schema was read from, for messages.
         *
         * @param file the file name, may be null
         * @return this builder
         */
        public Builder source(String file) {
            this.source = file;
            return this;
        }

        /**
         * Builds the schema: the added records and every record they nest, each nested record before its first
         * user.
         *
         * @return the schema
         * @throws FormatException if the package name is not valid, two different records share a name, or two
         *     record names differ only in case (their {@code .java} files would collide on case-insensitive
         *     file systems)
         */
        public Schema build() {
            Names.checkPackage(packageName).ifPresent(p -> {
                throw new FormatException(p.toString());
            });
            return new Schema(packageName, ordered(records.values()), source);
        }
    }

    /**
     * Orders records so that nested records come before their users, keeping the given order otherwise, and
     * checks that names are unique ignoring case.
     *
     * @param declared the records
     * @return every record once, nested ones included
     * @throws FormatException if two different records share a name, or two names differ only in case
     */
    static List<Record> ordered(Iterable<Record> declared) {
        List<Record> out = new ArrayList<>();
        Map<String, Record> byName = new HashMap<>();
        Map<String, String> byLowerName = new HashMap<>();
        // One walk over all records: each record instance is visited once, however often it is nested.
        Set<Record> walked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Record r : declared) {
            if (!walked.add(r)) {
                continue; // already placed, with what it nests, as a dependency of an earlier record
            }
            List<Record> chain = r.dependencies(walked);
            chain.add(r);
            for (Record c : chain) {
                Record old = byName.putIfAbsent(c.name(), c);
                if (old == null) {
                    String other = byLowerName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.name());
                    if (other != null) {
                        throw new FormatException("record names '" + other + "' and '" + c.name()
                                + "' differ only in case (their .java files collide on case-insensitive file"
                                + " systems)");
                    }
                    out.add(c);
                } else if (!old.equals(c)) {
                    throw new FormatException("duplicate record name '" + c.name() + "'");
                }
            }
        }
        return out;
    }
}
