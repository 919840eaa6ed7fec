package io.structview.schema;

import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * One named member of a {@link Record}: a scalar, a fixed array of scalars, a byte string ({@code s}), a Pascal
 * string ({@code p}), explicit padding ({@code x}), or a nested record (or fixed array of them).
 *
 * <p>Members are created by {@link Record.Builder}; offsets are computed there. Two members are
 * {@linkplain #equals equal} when they have the same structure; where they were declared does not count.
 */
public final class Member {
    private final String name;
    private final String doc;
    private final FormatCode code;
    private final Record record;
    private final long count;
    private final boolean array;
    private final Mode mode;
    private final long offset;
    private final Location location;

    Member(String name, String doc, FormatCode code, Record record, long count, boolean array, Mode mode,
            long offset, Location location) {
        this.name = name;
        this.doc = doc;
        this.code = code;
        this.record = record;
        this.count = count;
        this.array = array;
        this.mode = mode;
        this.offset = offset;
        this.location = location;
    }

    /**
     * Returns the member's name, a Java identifier ({@code null} for padding).
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the member's documentation.
     *
     * @return the doc text, or an empty string
     */
    public String doc() {
        return doc;
    }

    /**
     * Returns the format code of a scalar, array, string or padding member.
     *
     * @return the code, or {@code null} for a nested record member
     */
    public FormatCode code() {
        return code;
    }

    /**
     * Returns the nested record type of a nested member.
     *
     * @return the record, or {@code null} for a member with a format code
     */
    public Record record() {
        return record;
    }

    /**
     * Tells whether this member is a nested record (or an array of them).
     *
     * @return {@code true} if {@link #record()} is not null
     */
    public boolean isRecord() {
        return record != null;
    }

    /**
     * Tells whether this member is explicit padding ({@code x}).
     *
     * @return {@code true} for padding
     */
    public boolean isPadding() {
        return code == FormatCode.PAD;
    }

    /**
     * Tells whether this member is a fixed array: declared with a count ({@code 3i}, or a nested record with a
     * count), even a count of 1 or 0.
     *
     * @return {@code true} for arrays
     */
    public boolean isArray() {
        return array;
    }

    /**
     * Returns the count: the array length for arrays, the byte length for {@code s} and {@code p}, the number
     * of pad bytes for {@code x}, 1 for a scalar.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the mode this member was declared in, which gives its byte order and whether it is natively
     * aligned.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * Returns the byte order of this member's multi-byte items.
     *
     * @return the byte order
     */
    public ByteOrder order() {
        return mode.order();
    }

    /**
     * Returns the byte offset of this member within its record.
     *
     * @return the offset
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns the size in bytes of one element: the code's size, the string length for {@code s}/{@code p},
     * or the nested record's size.
     *
     * @return the element size
     */
    public long elementSize() {
        if (record != null) {
            return record.size();
        }
        return code.countIsLength() ? count : code.size(mode);
    }

    /**
     * Returns the total number of bytes this member occupies.
     *
     * @return the byte size
     */
    public long byteSize() {
        if (record == null && code.countIsLength()) {
            return count;
        }
        return elementSize() * count;
    }

    /**
     * Returns the alignment this member needs within its record: the code's (or nested record's) alignment in
     * native mode, 1 in the standard modes.
     *
     * @return the alignment in bytes
     */
    public long alignment() {
        if (mode.standard()) {
            return 1;
        }
        return record != null ? record.alignment() : code.alignment(mode);
    }

    /**
     * Returns where this member was declared, when it came from a schema file.
     *
     * @return the location, or empty
     */
    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Compares name, doc, code or nested record, count, array flag, offset and mode; not the location. The
     * mode of padding is not compared either, since pad bytes have no byte order and no alignment.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a member with the same structure
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Member m && sameShape(m) && Objects.equals(m.record, record);
    }

    /** Everything {@link #equals} compares but the nested record's structure (only whether there is one). */
    boolean sameShape(Member m) {
        return Objects.equals(m.name, name) && m.doc.equals(doc) && m.code == code
                && (m.record == null) == (record == null) && m.count == count && m.array == array
                && m.offset == offset && (isPadding() || m.mode == mode);
    }

    /**
     * Returns a hash of the structure that {@link #equals} compares.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, doc, code, record, count, array, offset, isPadding() ? null : mode);
    }

    @Override
    public String toString() {
        // The mode prefix makes a failed equality readable: "<3d" and "=3d" print differently.
        String type = record != null ? record.name() : String.valueOf(code.code());
        return (name == null ? "<pad>" : name) + ": " + mode.prefix() + (array || count != 1 ? count : "") + type
                + " @" + offset;
    }
}
