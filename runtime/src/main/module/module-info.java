/**
 * {@code Struct} (pack and unpack) and {@code MemoryView} (Python memoryview parity) over
 * {@link java.lang.foreign.MemorySegment}. Its API speaks in the schema module's types (format codes, layouts,
 * {@code FormatException}), so requiring this module gives that one too.
 */
module io.structview {
    requires transitive io.structview.schema;

    exports io.structview;
}
