package io.structview.schema;

import io.structview.StructException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named record type: members at fixed offsets, as the code generators turn into accessor classes.
 * Immutable; built with {@link #builder(String)}.
 *
 * <p>Members are laid out in order, like a struct format: in native mode each member is aligned to its natural
 * alignment (a nested record to its largest member alignment); in the standard modes nothing is aligned; there
 * is no trailing padding (add an explicit pad member where a C struct has one).
 */
public final class Record {
    private final String name;
    private final String doc;
    private final List<Member> members;
    private final long size;
    private final long alignment;
    private final Location location;

    private Record(String name, String doc, List<Member> members, long size, long alignment, Location location) {
        this.name = name;
        this.doc = doc;
        this.members = List.copyOf(members);
        this.size = size;
        this.alignment = alignment;
        this.location = location;
    }

    /**
     * Starts a record.
     *
     * @param name the record's name, which becomes a Java class name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns the record's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the record's documentation.
     *
     * @return the doc text, or an empty string
     */
    public String doc() {
        return doc;
    }

    /**
     * Returns the members in layout order, padding included.
     *
     * @return an immutable list
     */
    public List<Member> members() {
        return members;
    }

    /**
     * Returns the record's size in bytes.
     *
     * @return the size
     */
    public long size() {
        return size;
    }

    /**
     * Returns the largest alignment any member needs (1 when all members use standard modes).
     *
     * @return the alignment in bytes
     */
    public long alignment() {
        return alignment;
    }

    /**
     * Returns where this record was declared, when it came from a schema file.
     *
     * @return the location, or empty
     */
    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Finds a member by name.
     *
     * @param memberName the name
     * @return the member, or empty
     */
    public Optional<Member> member(String memberName) {
        return members.stream().filter(m -> memberName.equals(m.name())).findFirst();
    }

    @Override
    public String toString() {
        return "Record[" + name + ", size=" + size + ", " + members + "]";
    }

    /** Builds a {@link Record}, computing member offsets as members are added. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<Member> members = new ArrayList<>();
        private String doc = "";
        private Location location;
        private Mode mode = Mode.NATIVE;
        private long size;
        private long alignment = 1;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the mode used by members whose type has no prefix character. The default is {@link Mode#NATIVE}.
         *
         * @param defaultMode the mode
         * @return this builder
         */
        public Builder mode(Mode defaultMode) {
            this.mode = Objects.requireNonNull(defaultMode, "defaultMode");
            return this;
        }

        /**
         * Sets the record's documentation.
         *
         * @param text the doc text
         * @return this builder
         */
        public Builder doc(String text) {
            this.doc = text == null ? "" : text;
            return this;
        }

        /**
         * Sets where the record was declared.
         *
         * @param where the location
         * @return this builder
         */
        public Builder location(Location where) {
            this.location = where;
            return this;
        }

        /**
         * Adds a member described by a one-code struct format: an optional prefix ({@code @ = < > !}), an
         * optional count and a code, such as {@code "i"}, {@code ">H"}, {@code "3d"} (an array of 3) or
         * {@code "16s"} (a 16-byte string).
         *
         * @param memberName the member name
         * @param type the one-code format
         * @param memberDoc documentation, may be null
         * @param where where it was declared, may be null
         * @return this builder
         * @throws StructException if {@code type} is not exactly one format code
         */
        public Builder member(String memberName, String type, String memberDoc, Location where) {
            Format f = Format.parse(type);
            if (f.fields().size() != 1) {
                throw new StructException("member '" + memberName + "': type " + FormatParser.quote(type)
                        + " must be exactly one format code with an optional prefix and count");
            }
            Field field = f.fields().get(0);
            boolean prefixed = !type.isEmpty() && Mode.ofPrefix(type.charAt(0)) != null;
            Mode m = prefixed ? f.mode() : mode;
            FormatCode code = field.code();
            if (!code.validIn(m)) {
                throw new StructException("member '" + memberName + "': '" + code.code()
                        + "' is only valid in native mode");
            }
            boolean counted = type.chars().anyMatch(Character::isDigit);
            boolean array = counted && !code.countIsLength() && code != FormatCode.PAD;
            return add(memberName, memberDoc, code, null, field.count(), array, m, where);
        }

        /**
         * Adds a member described by a one-code struct format.
         *
         * @param memberName the member name
         * @param type the one-code format, see {@link #member(String, String, String, Location)}
         * @return this builder
         */
        public Builder member(String memberName, String type) {
            return member(memberName, type, null, null);
        }

        /**
         * Adds a scalar member.
         *
         * @param memberName the member name
         * @param code the format code
         * @param memberMode the member's mode
         * @param memberDoc documentation, may be null
         * @return this builder
         */
        public Builder scalar(String memberName, FormatCode code, Mode memberMode, String memberDoc) {
            return add(memberName, memberDoc, code, null, 1, false, memberMode, null);
        }

        /**
         * Adds a fixed array of {@code count} items of a code, or for {@code s}/{@code p} a string of
         * {@code count} bytes.
         *
         * @param memberName the member name
         * @param code the format code
         * @param count the array length or string length
         * @param memberMode the member's mode
         * @param memberDoc documentation, may be null
         * @return this builder
         */
        public Builder array(String memberName, FormatCode code, long count, Mode memberMode, String memberDoc) {
            boolean array = !code.countIsLength() && code != FormatCode.PAD;
            return add(memberName, memberDoc, code, null, count, array, memberMode, null);
        }

        /**
         * Adds {@code count} bytes of explicit padding.
         *
         * @param count the number of pad bytes
         * @return this builder
         */
        public Builder padding(long count) {
            return add(null, null, FormatCode.PAD, null, count, false, mode, null);
        }

        /**
         * Adds a nested record member, aligned in native mode to the nested record's alignment.
         *
         * @param memberName the member name
         * @param nested the nested record type
         * @param memberDoc documentation, may be null
         * @param where where it was declared, may be null
         * @return this builder
         */
        public Builder record(String memberName, Record nested, String memberDoc, Location where) {
            return add(memberName, memberDoc, null, nested, 1, false, mode, where);
        }

        /**
         * Adds a fixed array of nested records.
         *
         * @param memberName the member name
         * @param nested the nested record type
         * @param count the array length
         * @param memberDoc documentation, may be null
         * @param where where it was declared, may be null
         * @return this builder
         */
        public Builder recordArray(String memberName, Record nested, long count, String memberDoc, Location where) {
            return add(memberName, memberDoc, null, nested, count, true, mode, where);
        }

        /**
         * Adds a member with every property given; the other adders call this.
         *
         * @param memberName the name, null only for padding
         * @param memberDoc documentation, may be null
         * @param code the code, null for a nested record
         * @param nested the nested record, null for a code
         * @param count the count (array length, string length or pad bytes; 1 for a scalar)
         * @param array whether the member is a fixed array
         * @param memberMode the member's mode
         * @param where where it was declared, may be null
         * @return this builder
         * @throws StructException if the size overflows or a native-only code is used in a standard mode
         */
        public Builder add(String memberName, String memberDoc, FormatCode code, Record nested, long count,
                boolean array, Mode memberMode, Location where) {
            if ((code == null) == (nested == null)) {
                throw new IllegalArgumentException("exactly one of code and nested record must be given");
            }
            if (count < 0) {
                throw new StructException("member '" + memberName + "': negative count " + count);
            }
            if (code != null && !code.validIn(memberMode)) {
                throw new StructException("member '" + memberName + "': '" + code.code()
                        + "' is only valid in native mode");
            }
            if (memberName == null && code != FormatCode.PAD) {
                throw new IllegalArgumentException("only padding members may be unnamed");
            }
            Member probe = new Member(memberName, memberDoc == null ? "" : memberDoc, code, nested, count, array,
                    memberMode, 0, where);
            long align = probe.alignment();
            long offset = size + (align - size % align) % align;
            long elements = probe.elementSize();
            long bytes = probe.byteSize();
            if (offset < 0 || (elements != 0 && !(code != null && code.countIsLength())
                    && count > (Long.MAX_VALUE - offset) / elements) || bytes > Long.MAX_VALUE - offset) {
                throw new StructException("record '" + name + "': size too large at member '" + memberName + "'");
            }
            members.add(new Member(memberName, probe.doc(), code, nested, count, array, memberMode, offset, where));
            size = offset + bytes;
            alignment = Math.max(alignment, align);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the immutable record
         * @throws StructException if two members have the same name
         */
        public Record build() {
            List<String> seen = new ArrayList<>();
            for (Member m : members) {
                if (m.name() != null) {
                    if (seen.contains(m.name())) {
                        throw new StructException("record '" + name + "': duplicate member name '" + m.name() + "'");
                    }
                    seen.add(m.name());
                }
            }
            return new Record(name, doc, members, size, alignment, location);
        }
    }
}
