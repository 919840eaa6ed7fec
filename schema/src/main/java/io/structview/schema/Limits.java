package io.structview.schema;

/**
 * The limits every way of declaring records shares (schema files, PEP 3118 formats), in one place so that each
 * reader enforces the same numbers the documentation gives. They are far above what a hand-written format
 * needs and keep runaway or hostile input cheap to refuse: a record becomes a Java class, and a class with
 * tens of thousands of members cannot be compiled.
 */
public final class Limits {
    /** The most records one schema file (or one PEP 3118 format, counting its nested structs) declares. */
    public static final int MAX_RECORDS = 10_000;

    /** The most fields (members) one record declares. */
    public static final int MAX_FIELDS = 10_000;

    /** How deep records may nest records in a schema file. */
    public static final int MAX_NESTING = 64;

    private Limits() {}
}
