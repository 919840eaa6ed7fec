package io.structview.schema;

import java.util.List;

/**
 * A parsed struct format string: its mode and fields with their offsets, exactly as CPython's {@code struct}
 * module lays them out. Immutable and safe to share between threads.
 *
 * <p>This is the one intermediate form that {@code Struct}, {@code MemoryView} and the code generators consume.
 */
public final class Format {
    private final String text;
    private final Mode mode;
    private final List<Field> fields;
    private final long size;
    private final long alignment;
    private final long valueCount;

    Format(String text, Mode mode, List<Field> fields, long size, long alignment, long valueCount) {
        this.text = text;
        this.mode = mode;
        this.fields = List.copyOf(fields);
        this.size = size;
        this.alignment = alignment;
        this.valueCount = valueCount;
    }

    /**
     * Parses a struct format string as CPython 3.11+ does.
     *
     * @param format the format string, such as {@code "<IHd"}
     * @return the parsed format
     * @throws FormatException if the format is invalid; the message names the offending
     *     character and its zero-based position
     * @throws NullPointerException if {@code format} is null
     */
    public static Format parse(String format) {
        return FormatParser.parse(format);
    }

    /**
     * Returns the format string as given.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the mode chosen by the format's prefix ({@link Mode#NATIVE} when there is none).
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * Returns the fields in format order, pad fields ({@code x}) included.
     *
     * @return an immutable list
     */
    public List<Field> fields() {
        return fields;
    }

    /**
     * Returns the packed size in bytes, as {@code struct.calcsize}: alignment padding between fields in native
     * mode, no trailing padding.
     *
     * @return the size in bytes
     */
    public long size() {
        return size;
    }

    /**
     * Returns the largest alignment of any field in native mode, 1 in the standard modes (and for an empty
     * format).
     *
     * @return the alignment in bytes
     */
    public long alignment() {
        return alignment;
    }

    /**
     * Returns the number of values that {@code pack} takes and {@code unpack} returns.
     *
     * @return the value count
     */
    public long valueCount() {
        return valueCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Format f && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
