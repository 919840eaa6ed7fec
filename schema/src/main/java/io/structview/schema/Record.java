package io.structview.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A named record type: members at fixed offsets, as the code generators turn into accessor classes.
 * Immutable; built with {@link #builder(String)} (the Java DSL), {@link #ofFormat(String, String, String...)}
 * (a struct format and field names) or {@link Pep3118#parse(String, String)} (a PEP 3118 format with names).
 *
 * <p>Members are laid out in order, like a struct format: in native mode each member is aligned to its natural
 * alignment (a nested record to its largest member alignment); in the standard modes nothing is aligned; there
 * is no trailing padding (add an explicit pad member where a C struct has one).
 *
 * <p>Two records are {@linkplain #equals equal} when they have the same name, doc and members (see
 * {@link Member#equals}); where they were declared does not count, so the three ways of declaring a record
 * can be compared.
 *
 * <pre>{@code
 * Record point = Record.builder("Point").littleEndian()
 *         .i32("x").withDoc("horizontal position")
 *         .i32("y")
 *         .f64("weight")
 *         .build();
 * Record same = Record.ofFormat("Point", "<iid", "x", "y", "weight");   // equal but for the doc
 * }</pre>
 */
public final class Record {
    private final String name;
    private final String doc;
    private final List<Member> members;
    private final long size;
    private final long alignment;
    private final Location location;
    /**
     * The structural hash, computed once: nested records are built first and cache theirs, so hashing never
     * recurses deeply and a record nested many times over is not hashed again each time.
     */
    private final int hash;

    private Record(String name, String doc, List<Member> members, long size, long alignment, Location location) {
        this.name = name;
        this.doc = doc;
        this.members = List.copyOf(members);
        this.size = size;
        this.alignment = alignment;
        this.location = location;
        this.hash = Objects.hash(name, doc, this.members);
    }

    /**
     * Starts a record.
     *
     * @param name the record's name, which becomes a Java class name
     * @return a new builder
     * @throws FormatException if the name is not a valid record name (see {@link Names#checkRecord})
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Makes a record from a struct format and field names. Pad bytes ({@code x}) take no name; {@code s} and
     * {@code p} take one name each. Either every code takes one name, so that a count-prefixed code such as
     * {@code 3i} becomes a fixed array of 3 (even {@code 1i}), or every value takes one name, so that
     * {@code 3i} becomes three scalars. When both readings fit the number of names, the first wins. Offsets
     * and size are those {@link Format#parse} gives. In the one-name-per-value reading a zero-count code such
     * as {@code 0l} has no value and so no member, but it still aligns what follows in native mode, which an
     * explicit pad member keeps.
     *
     * @param name the record name
     * @param format a struct format, such as {@code "<IH3d"}
     * @param names the field names, in order
     * @return the record
     * @throws FormatException if the format is invalid, the number of names fits neither reading, or a name is
     *     not valid
     */
    public static Record ofFormat(String name, String format, String... names) {
        return ofFormat(name, format, Arrays.asList(names));
    }

    /**
     * Makes a record from a struct format and field names; see {@link #ofFormat(String, String, String...)}.
     *
     * @param name the record name
     * @param format a struct format
     * @param names the field names, in order
     * @return the record
     * @throws FormatException if the format is invalid, the number of names fits neither reading, or a name is
     *     not valid
     */
    public static Record ofFormat(String name, String format, List<String> names) {
        return builder(name).format(format, names).build();
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
     * Returns this record with another documentation text, for records made by a parser that has no place for
     * docs, such as {@link Pep3118#parse(String, String)}.
     *
     * @param text the doc text, null for none
     * @return a record equal to this one but for the doc
     */
    public Record withDoc(String text) {
        return new Record(name, text == null ? "" : text, members, size, alignment, location);
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

    /**
     * Returns the records this record nests, directly or indirectly, each once, in an order where every record
     * comes after the records it nests; this record itself is not included. A code generator emits these
     * before (or beside) this record.
     *
     * @return an immutable list, empty when nothing is nested
     */
    public List<Record> dependencies() {
        return List.copyOf(dependencies(Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /**
     * Walks the nesting depth-first, iteratively (a long chain of records must not overflow the stack), and
     * visits each record instance once (a record nested many times over must not be walked once per path).
     *
     * @param walked records already walked, skipped with what they nest; every record walked now is added
     * @return the newly walked records, each nested one before its users, this record excluded
     */
    List<Record> dependencies(Set<Record> walked) {
        Set<Record> out = new LinkedHashSet<>();
        Deque<Record> path = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        path.push(this);
        next.push(0);
        while (!path.isEmpty()) {
            Record r = path.peek();
            int i = next.pop();
            if (i == r.members.size()) {
                path.pop();
                if (r != this) {
                    out.add(r);
                }
                continue;
            }
            next.push(i + 1);
            Member m = r.members.get(i);
            if (m.isRecord() && walked.add(m.record())) {
                path.push(m.record());
                next.push(0);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Compares name, doc and members (with their offsets, codes, modes, counts and nested records); not where
     * the record was declared.
     *
     * @param o another object
     * @return {@code true} if {@code o} is a record with the same structure
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Record other) || other.hash != hash) {
            return false;
        }
        // Pairs of nested records still to compare, walked iteratively: a deep chain must not overflow the
        // stack, and a record nested many times over is compared once per pair, not once per path.
        Deque<Record[]> work = new ArrayDeque<>();
        Map<Record, Set<Record>> compared = new IdentityHashMap<>();
        work.push(new Record[] {this, other});
        while (!work.isEmpty()) {
            Record[] pair = work.pop();
            Record a = pair[0];
            Record b = pair[1];
            if (a == b || !compared.computeIfAbsent(a, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(b)) {
                continue;
            }
            if (a.hash != b.hash || !a.name.equals(b.name) || !a.doc.equals(b.doc) || a.size != b.size
                    || a.alignment != b.alignment || a.members.size() != b.members.size()) {
                return false;
            }
            for (int i = 0; i < a.members.size(); i++) {
                Member x = a.members.get(i);
                Member y = b.members.get(i);
                if (!x.sameShape(y)) {
                    return false;
                }
                if (x.record() != null) {
                    work.push(new Record[] {x.record(), y.record()});
                }
            }
        }
        return true;
    }

    /**
     * Returns a hash of the structure that {@link #equals} compares.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Record[" + name + ", size=" + size + ", " + members + "]";
    }

    /**
     * Builds a {@link Record}, computing member offsets as members are added; also the Java DSL for records.
     * Not thread-safe.
     *
     * <p>Members take the builder's current mode, which {@link #littleEndian()}, {@link #bigEndian()},
     * {@link #nativeAligned()}, {@link #nativeOrder()}, {@link #networkOrder()} and {@link #mode(Mode)} switch
     * for the members added after them; it starts as {@link Mode#NATIVE}, like a struct format without prefix.
     * Names are checked as members are added (see {@link Names}), so a bad name fails at the call that adds
     * it. Adjacent padding merges into one pad member, and zero bytes of padding add nothing, so that
     * {@code xx} and {@code 2x} give the same record.
     */
    public static final class Builder {
        private final String name;
        private final List<Member> members = new ArrayList<>();
        private final Set<String> memberNames = new HashSet<>();
        private String doc = "";
        private Location location;
        private Mode mode = Mode.NATIVE;
        private long size;
        private long alignment = 1;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            Names.checkRecord(name).ifPresent(p -> {
                throw new FormatException(p.toString());
            });
            this.name = name;
        }

        /**
         * Sets the mode used by members added after this call whose type has no prefix character. The default
         * is {@link Mode#NATIVE}.
         *
         * @param defaultMode the mode
         * @return this builder
         */
        public Builder mode(Mode defaultMode) {
            this.mode = Objects.requireNonNull(defaultMode, "defaultMode");
            return this;
        }

        /**
         * Lays out the members added after this call little-endian, with standard sizes and no alignment, like
         * the format prefix {@code <}.
         *
         * @return this builder
         */
        public Builder littleEndian() {
            return mode(Mode.LITTLE_ENDIAN);
        }

        /**
         * Lays out the members added after this call big-endian, with standard sizes and no alignment, like the
         * format prefix {@code >}.
         *
         * @return this builder
         */
        public Builder bigEndian() {
            return mode(Mode.BIG_ENDIAN);
        }

        /**
         * Lays out the members added after this call in network order (big-endian), standard sizes and no
         * alignment, like the format prefix {@code !}.
         *
         * @return this builder
         */
        public Builder networkOrder() {
            return mode(Mode.NETWORK);
        }

        /**
         * Lays out the members added after this call in native order with standard sizes and no alignment, like
         * the format prefix {@code =}.
         *
         * @return this builder
         */
        public Builder nativeOrder() {
            return mode(Mode.NATIVE_ORDER);
        }

        /**
         * Lays out the members added after this call as a C compiler would on x86-64: native order, native
         * sizes, natural alignment, like the format prefix {@code @} (the default).
         *
         * @return this builder
         */
        public Builder nativeAligned() {
            return mode(Mode.NATIVE);
        }

        /**
         * Adds a signed 8-bit integer ({@code b}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder i8(String memberName) {
            return scalar(memberName, FormatCode.BYTE);
        }

        /**
         * Adds an unsigned 8-bit integer ({@code B}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder u8(String memberName) {
            return scalar(memberName, FormatCode.UBYTE);
        }

        /**
         * Adds a signed 16-bit integer ({@code h}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder i16(String memberName) {
            return scalar(memberName, FormatCode.SHORT);
        }

        /**
         * Adds an unsigned 16-bit integer ({@code H}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder u16(String memberName) {
            return scalar(memberName, FormatCode.USHORT);
        }

        /**
         * Adds a signed 32-bit integer ({@code i}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder i32(String memberName) {
            return scalar(memberName, FormatCode.INT);
        }

        /**
         * Adds an unsigned 32-bit integer ({@code I}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder u32(String memberName) {
            return scalar(memberName, FormatCode.UINT);
        }

        /**
         * Adds a signed 64-bit integer ({@code q}, 8 bytes in every mode).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder i64(String memberName) {
            return scalar(memberName, FormatCode.LONGLONG);
        }

        /**
         * Adds an unsigned 64-bit integer ({@code Q}, 8 bytes in every mode).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder u64(String memberName) {
            return scalar(memberName, FormatCode.ULONGLONG);
        }

        /**
         * Adds an IEEE 754 half-precision float ({@code e}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder f16(String memberName) {
            return scalar(memberName, FormatCode.HALF);
        }

        /**
         * Adds an IEEE 754 single-precision float ({@code f}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder f32(String memberName) {
            return scalar(memberName, FormatCode.FLOAT);
        }

        /**
         * Adds an IEEE 754 double-precision float ({@code d}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder f64(String memberName) {
            return scalar(memberName, FormatCode.DOUBLE);
        }

        /**
         * Adds a one-byte boolean ({@code ?}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder bool(String memberName) {
            return scalar(memberName, FormatCode.BOOL);
        }

        /**
         * Adds a single byte character ({@code c}).
         *
         * @param memberName the field name
         * @return this builder
         */
        public Builder chr(String memberName) {
            return scalar(memberName, FormatCode.CHAR);
        }

        /**
         * Adds a fixed-length byte string ({@code s}), zero-padded: {@code bytes("tag", 4)} is {@code 4s}.
         *
         * @param memberName the field name
         * @param length the length in bytes
         * @return this builder
         */
        public Builder bytes(String memberName, long length) {
            return add(memberName, null, FormatCode.STRING, null, length, false, mode, null);
        }

        /**
         * Adds a Pascal string ({@code p}) of {@code length} bytes: a length byte, then up to
         * {@code length - 1} bytes.
         *
         * @param memberName the field name
         * @param length the length in bytes, including the length byte
         * @return this builder
         */
        public Builder pascal(String memberName, long length) {
            return add(memberName, null, FormatCode.PASCAL, null, length, false, mode, null);
        }

        /**
         * Adds {@code count} pad bytes ({@code x}), which have no name and no accessor.
         *
         * @param count the number of bytes
         * @return this builder
         */
        public Builder pad(long count) {
            return padding(count);
        }

        /**
         * Adds a scalar of any format code in the current mode.
         *
         * @param memberName the field name
         * @param code the format code (not {@code x s p}, which have their own methods)
         * @return this builder
         */
        public Builder scalar(String memberName, FormatCode code) {
            if (code.countIsLength() || code == FormatCode.PAD) {
                throw new IllegalArgumentException("'" + code + "' is not a scalar; use bytes, pascal or pad");
            }
            return add(memberName, null, code, null, 1, false, mode, null);
        }

        /**
         * Adds a fixed array of {@code count} items of a code in the current mode, like {@code 3d} with one name.
         *
         * @param memberName the field name
         * @param code the element's format code (not {@code x s p})
         * @param count the array length
         * @return this builder
         */
        public Builder array(String memberName, FormatCode code, long count) {
            if (code.countIsLength() || code == FormatCode.PAD) {
                throw new IllegalArgumentException("arrays of '" + code + "' are not supported");
            }
            return add(memberName, null, code, null, count, true, mode, null);
        }

        /**
         * Adds a nested record in the current mode (aligned to the nested record's alignment in native mode).
         *
         * @param memberName the field name
         * @param nested the nested record type
         * @return this builder
         */
        public Builder record(String memberName, Record nested) {
            return record(memberName, nested, null, null);
        }

        /**
         * Declares a nested record type inline and adds a member of that type; the nested builder starts in
         * this builder's current mode.
         *
         * @param memberName the field name
         * @param typeName the nested record's name (a Java class name)
         * @param body adds the nested record's members
         * @return this builder
         */
        public Builder record(String memberName, String typeName, Consumer<Builder> body) {
            Builder nested = new Builder(typeName).mode(mode);
            body.accept(nested);
            return record(memberName, nested.build());
        }

        /**
         * Adds a fixed array of nested records in the current mode.
         *
         * @param memberName the field name
         * @param nested the element record type
         * @param count the array length
         * @return this builder
         */
        public Builder recordArray(String memberName, Record nested, long count) {
            return recordArray(memberName, nested, count, null, null);
        }

        /**
         * Documents the member added last, for the generated accessors' Javadoc.
         *
         * @param text the doc text
         * @return this builder
         * @throws IllegalStateException if no member was added yet or the last one is padding
         */
        public Builder withDoc(String text) {
            if (members.isEmpty() || members.get(members.size() - 1).isPadding()) {
                throw new IllegalStateException("withDoc documents the member added last, and there is none");
            }
            Member m = members.get(members.size() - 1);
            members.set(members.size() - 1, new Member(m.name(), text == null ? "" : text, m.code(), m.record(),
                    m.count(), m.isArray(), m.mode(), m.offset(), m.location().orElse(null)));
            return this;
        }

        /**
         * Adds the fields of a struct format with names, as {@link Record#ofFormat(String, String, List)}
         * reads them, after the members already added. Members take the format's own mode.
         *
         * @param format a struct format
         * @param names one name per code or one per value, pad bytes taking none
         * @return this builder
         * @throws FormatException if the format is invalid or the number of names fits neither reading
         */
        public Builder format(String format, List<String> names) {
            return format(format, names, null, null);
        }

        /**
         * Adds the fields of a struct format with names, documentation and declaration sites, as schema-file
         * loaders need; see {@link Record#ofFormat(String, String, List)} for how names are matched to codes.
         *
         * @param format a struct format
         * @param names one name per code or one per value, pad bytes taking none
         * @param docs one doc per name (elements may be null), or null for none
         * @param locations one location per name (elements may be null), or null for none
         * @return this builder
         * @throws FormatException if the format is invalid, the number of names fits neither reading, or the
         *     docs or locations are not one per name
         */
        public Builder format(String format, List<String> names, List<String> docs, List<Location> locations) {
            Format f = Format.parse(format);
            int n = names.size();
            if ((docs != null && docs.size() != n) || (locations != null && locations.size() != n)) {
                throw new IllegalArgumentException("docs and locations must be one per name");
            }
            long codes = f.fields().stream().filter(fl -> fl.code().hasValue()).count();
            boolean perCode = n == codes;
            if (!perCode && n != f.valueCount()) {
                throw new FormatException("record '" + name + "': " + n + " field names given, but format "
                        + FormatText.quote(format) + " has " + f.valueCount() + " values in " + codes
                        + " codes (give one name per value, or one per code so that a count-prefixed code such as"
                        + " 3i is an array; pad bytes 'x' take no name)");
            }
            int k = 0;
            Mode m = f.mode();
            for (Field field : f.fields()) {
                FormatCode code = field.code();
                if (code == FormatCode.PAD) {
                    add(null, null, code, null, field.count(), false, m, null);
                } else if (code.countIsLength()) {
                    add(names.get(k), at(docs, k), code, null, field.count(), false, m, at(locations, k));
                    k++;
                } else if (perCode) {
                    boolean counted = field.position() > 0 && Character.isDigit(format.charAt(field.position() - 1));
                    add(names.get(k), at(docs, k), code, null, field.count(), counted, m, at(locations, k));
                    k++;
                } else if (field.count() == 0) {
                    // No value, hence no member; keep the native alignment it imposes on what follows.
                    long align = code.alignment(m);
                    add(null, null, FormatCode.PAD, null, (align - size % align) % align, false, m, null);
                } else {
                    for (long i = 0; i < field.count(); i++, k++) {
                        add(names.get(k), at(docs, k), code, null, 1, false, m, at(locations, k));
                    }
                }
            }
            return this;
        }

        private static <T> T at(List<T> list, int index) {
            return list == null ? null : list.get(index);
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
         * @throws FormatException if {@code type} is not exactly one format code
         */
        public Builder member(String memberName, String type, String memberDoc, Location where) {
            Format f = Format.parse(type);
            if (f.fields().size() != 1) {
                throw new FormatException("member '" + memberName + "': type " + FormatText.quote(type)
                        + " must be exactly one format code with an optional prefix and count");
            }
            Field field = f.fields().get(0);
            boolean prefixed = !type.isEmpty() && Mode.ofPrefix(type.charAt(0)) != null;
            Mode m = prefixed ? f.mode() : mode;
            FormatCode code = field.code();
            if (!code.validIn(m)) {
                throw new FormatException("member '" + memberName + "': '" + code.code()
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
         * @throws FormatException if the size overflows, a native-only code is used in a standard mode, or the
         *     name is not a valid field name or is already used in this record
         */
        public Builder add(String memberName, String memberDoc, FormatCode code, Record nested, long count,
                boolean array, Mode memberMode, Location where) {
            if ((code == null) == (nested == null)) {
                throw new IllegalArgumentException("exactly one of code and nested record must be given");
            }
            Objects.requireNonNull(memberMode, "memberMode");
            if (memberName != null) {
                Names.checkField(memberName).ifPresent(p -> {
                    throw new FormatException("record '" + name + "': " + p);
                });
                if (memberNames.contains(memberName)) {
                    throw new FormatException("record '" + name + "': duplicate field name '" + memberName + "'");
                }
            }
            if (code == FormatCode.PAD && memberName == null && count >= 0) {
                return addPadding(count, memberMode, where);
            }
            if (count < 0) {
                throw new FormatException("member '" + memberName + "': negative count " + count);
            }
            if (code != null && !code.validIn(memberMode)) {
                throw new FormatException("member '" + memberName + "': '" + code.code()
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
                throw new FormatException("record '" + name + "': size too large at member '" + memberName + "'");
            }
            members.add(new Member(memberName, probe.doc(), code, nested, count, array, memberMode, offset, where));
            if (memberName != null) {
                memberNames.add(memberName);
            }
            size = offset + bytes;
            alignment = Math.max(alignment, align);
            return this;
        }

        /** Padding has alignment 1, so merging with a preceding pad member or dropping an empty one is exact. */
        private Builder addPadding(long count, Mode memberMode, Location where) {
            if (count == 0) {
                return this;
            }
            if (count > Long.MAX_VALUE - size) {
                throw new FormatException("record '" + name + "': size too large at padding of " + count + " bytes");
            }
            int last = members.size() - 1;
            if (last >= 0 && members.get(last).isPadding()) {
                Member p = members.get(last);
                members.set(last, new Member(null, "", FormatCode.PAD, null, p.count() + count, false, p.mode(),
                        p.offset(), p.location().orElse(null)));
            } else {
                members.add(new Member(null, "", FormatCode.PAD, null, count, false, memberMode, size, where));
            }
            size += count;
            return this;
        }

        /** The size so far: where the next unaligned member would go. */
        long currentSize() {
            return size;
        }

        /** The largest alignment of the members so far. */
        long currentAlignment() {
            return alignment;
        }

        /**
         * Builds the record.
         *
         * @return the immutable record
         */
        public Record build() {
            return new Record(name, doc, members, size, alignment, location);
        }
    }
}
