package io.structview.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads PEP 3118 buffer formats with named fields, the form NumPy exports for structured arrays
 * ({@code memoryview(np.zeros(2, dtype)).format}), into a {@link Record}.
 *
 * <p>For example {@code T{<I:id:H:flags:(3)d:coords:}} is a record of a {@code u32 id} at offset 0, a
 * {@code u16 flags} at 4 and a {@code double[3] coords} at 6, little-endian. The syntax:
 *
 * <ul>
 *   <li>A format is a sequence of items; a lone {@code T{...}} is the record itself (NumPy's form), otherwise
 *       the top-level items are the record's fields (so {@code <i:a:H:b:} is accepted too).
 *   <li>An item is {@code [(shape)] [count] type [:name:]}, where type is a struct format code
 *       ({@code x c b B ? h H i I l L q Q n N e f d s p P}) or a nested struct {@code T{...}}. Every item but
 *       padding must be named; padding must not be.
 *   <li>Byte-order characters {@code @ = < > ! ^} may appear anywhere between items and before or after a
 *       shape; as in NumPy, the last one seen stays in force, also across <code>T{</code> and <code>}</code>. {@code @}
 *       means native sizes and C alignment; {@code = < > !} standard sizes and no alignment; {@code ^} native
 *       sizes and no alignment, which the model expresses with standard-size codes ({@code ^l} is read as
 *       {@code =q}, {@code ^L}, {@code ^N} and {@code ^P} as {@code =Q}, {@code ^n} as {@code =q}).
 *   <li>A count before {@code s} or {@code p} is the string length; before {@code x} the number of pad bytes;
 *       before any other code or {@code T{}} an array length. A shape {@code (n,m,...)} makes an array too,
 *       flattened to one dimension of {@code n*m*...*count} elements (the model has one-dimensional arrays
 *       only). Arrays of strings ({@code (2)5s}) are not supported. White space between items is skipped.
 *   <li>Named padding, which is how NumPy exports an opaque void field ({@code V3} as {@code 3x:name:}),
 *       becomes a byte string ({@code s}) of that many bytes.
 * </ul>
 *
 * <p>Layout follows NumPy's reader ({@code numpy._core._internal._dtype_from_pep3118}): only items read while
 * {@code @} is in force are aligned, a nested struct is aligned if {@code @} is in force when its <code>}</code> is
 * read, and a struct that ends with {@code @} in force gets explicit trailing padding up to a multiple of its
 * alignment, so that the record's size equals NumPy's {@code itemsize}.
 *
 * <p>A nested {@code T{...}} declares an anonymous record type. It is named after the record that contains
 * it and the field that holds it, with the field's first letter upper-cased: field {@code pos} of record
 * {@code Sample} gives {@code SamplePos}, whose field {@code xy} would give {@code SamplePosXy}. If that name
 * is already taken in the same format, {@code 2}, {@code 3}, ... is appended.
 *
 * <p>Not supported, each with a clear error: {@code g} (long double), {@code Z} (complex), {@code w} and
 * {@code u} (UCS strings), {@code O} (objects), {@code &}, {@code t}, {@code X}, and unnamed fields (NumPy
 * would call them {@code f0, f1, ...}; we ask for a real name, since it becomes an accessor's name).
 */
public final class Pep3118 {
    /**
     * Deepest nesting of {@code T{}} accepted; real data is a few levels deep, this stops runaway input. A struct
     * holds at most {@link Limits#MAX_FIELDS} items, and one format at most {@link Limits#MAX_RECORDS} structs.
     */
    public static final int MAX_DEPTH = 32;

    private Pep3118() {}

    /**
     * Tells whether a format uses PEP 3118 syntax beyond the struct module's: a <code>T{</code> struct or a
     * {@code :name:}. Such characters are never valid in a struct format.
     *
     * @param format a format
     * @return {@code true} if {@code format} contains <code>{</code> or {@code :}
     */
    public static boolean isPep3118(String format) {
        return format.indexOf('{') >= 0 || format.indexOf(':') >= 0;
    }

    /**
     * Parses a PEP 3118 format with named fields into a record.
     *
     * @param name the record's name
     * @param format the format, such as {@code T{<I:id:H:flags:(3)d:coords:}}
     * @return the record; nested records are reachable through its members and {@link Record#dependencies()}
     * @throws FormatException if the format is not valid or not supported; its {@link FormatException#position()}
     *     is the offending character's index in {@code format}
     */
    public static Record parse(String name, String format) {
        return parse(name, format, null);
    }

    /**
     * Parses a PEP 3118 format with named fields into a record, recording where each record and field was
     * declared.
     *
     * @param name the record's name
     * @param format the format
     * @param where maps an index in {@code format} to its place in a source file (a field's place is that of
     *     its name, a nested record's that of its {@code T}, the record's that of index 0); null for none
     * @return the record
     * @throws FormatException if the format is not valid or not supported, with the offending position
     */
    public static Record parse(String name, String format, IntFunction<Location> where) {
        Names.checkRecord(name).ifPresent(p -> {
            throw new FormatException(p.toString());
        });
        Reader reader = new Reader(format, where);
        Struct top = reader.struct(0, -1);
        Record result;
        if (top.items.size() == 1 && top.items.get(0).struct != null && top.items.get(0).name == null
                && !top.items.get(0).counted) {
            result = reader.build(top.items.get(0).struct, name, 0);
        } else {
            result = reader.build(top, name, 0);
        }
        return result;
    }

    /** A parsed struct: its items and the byte order in force at its end, which decides trailing padding. */
    private static final class Struct {
        final List<Item> items = new ArrayList<>();
        final int position;
        char endOrder;

        Struct(int position) {
            this.position = position;
        }
    }

    /** One parsed item: a code or a nested struct, with its count, name and the byte order it was read in. */
    private static final class Item {
        int position;
        FormatCode code;
        Struct struct;
        long count = 1;
        boolean counted;
        int shapePosition = -1;
        char order;
        String name;
        int namePosition;
    }

    private static final class Reader {
        private final String text;
        private final IntFunction<Location> where;
        private final Set<String> recordNames = new HashSet<>();
        private int pos;
        private char order = '@';
        /** Nested structs read so far: each becomes a record, which {@link Limits#MAX_RECORDS} bounds. */
        private int structs;

        Reader(String text, IntFunction<Location> where) {
            this.text = text;
            this.where = where;
        }

        /** Reads items up to the matching close brace (when {@code open >= 0}) or the end of the text. */
        Struct struct(int depth, int open) {
            if (depth > MAX_DEPTH) {
                throw error(open, "structs nested more than " + MAX_DEPTH + " levels deep");
            }
            Struct s = new Struct(Math.max(open, 0));
            while (true) {
                skipSpaceAndOrder();
                if (pos == text.length()) {
                    if (open >= 0) {
                        throw error(open, "'T{' is never closed with '}'");
                    }
                    break;
                }
                if (text.charAt(pos) == '}') {
                    if (open < 0) {
                        throw error(pos, "'}' without a matching 'T{'");
                    }
                    pos++;
                    break;
                }
                if (s.items.size() == Limits.MAX_FIELDS) {
                    // Refused as soon as the limit is passed: the rest of a huge format is never read.
                    throw error(pos, "too many fields in one struct (more than " + Limits.MAX_FIELDS
                            + ", the limit)");
                }
                s.items.add(item(depth));
            }
            s.endOrder = order;
            return s;
        }

        private Item item(int depth) {
            Item item = new Item();
            item.position = pos;
            long shape = 1;
            if (text.charAt(pos) == '(') {
                item.shapePosition = pos;
                shape = shape();
                item.counted = true;
                skipSpaceAndOrder();
            }
            int countStart = pos;
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                item.count = number("repeat count");
                item.counted = true;
            }
            if (pos == text.length()) {
                throw error(countStart, item.counted && countStart < pos
                        ? "repeat count given without format specifier" : "shape given without format specifier");
            }
            char c = text.charAt(pos);
            int typePosition = pos;
            if (c == 'T' && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
                if (++structs > Limits.MAX_RECORDS) {
                    throw error(typePosition, "too many structs (more than " + Limits.MAX_RECORDS
                            + ", the limit; each becomes a record)");
                }
                pos += 2;
                item.struct = struct(depth + 1, typePosition);
                item.order = order;
            } else {
                item.order = order;
                item.code = code(c, typePosition);
                pos++;
            }
            item.position = typePosition;
            if (item.code != null && item.code.countIsLength()) {
                if (item.shapePosition >= 0) {
                    throw error(item.shapePosition, "arrays of strings are not supported");
                }
            } else {
                item.count = multiply(item.count, shape, countStart);
            }
            int afterType = pos;
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ':') {
                int close = text.indexOf(':', pos + 1);
                if (close < 0) {
                    throw error(pos, "field name is never closed with ':'");
                }
                item.name = text.substring(pos + 1, close);
                item.namePosition = pos + 1;
                pos = close + 1;
            } else {
                pos = afterType;
            }
            return item;
        }

        private FormatCode code(char c, int at) {
            String unsupported = unsupported(c);
            if (unsupported != null) {
                throw error(at, unsupported + " is not supported");
            }
            FormatCode code = FormatCode.of(c);
            if (code == null) {
                throw error(at, "bad char in PEP 3118 format");
            }
            if (order == '^') {
                // Native sizes without alignment: the standard-size codes of the same width say exactly that.
                switch (c) {
                    case 'l':
                    case 'n':
                        return FormatCode.LONGLONG;
                    case 'L':
                    case 'N':
                    case 'P':
                        return FormatCode.ULONGLONG;
                    default:
                        return code;
                }
            }
            if (!code.validIn(mode(order))) {
                throw error(at, "'" + c + "' is only valid in native mode ('@' or '^')");
            }
            return code;
        }

        private static String unsupported(char c) {
            switch (c) {
                case 'g':
                    return "long double 'g'";
                case 'Z':
                    return "complex 'Z'";
                case 'w':
                    return "UCS-4 string 'w'";
                case 'u':
                    return "UCS-2 string 'u'";
                case 'O':
                    return "Python object 'O'";
                case '&':
                    return "pointer '&'";
                case 't':
                    return "bit field 't'";
                case 'X':
                    return "function pointer 'X'";
                default:
                    return null;
            }
        }

        /** Reads {@code (n,m,...)} and returns the product of the dimensions. */
        private long shape() {
            int open = pos;
            pos++;
            long product = 1;
            while (true) {
                skipSpace();
                if (pos == text.length()) {
                    throw error(open, "'(' is never closed with ')'");
                }
                if (!isDigit(text.charAt(pos))) {
                    throw error(pos, "expected a dimension (a number) in the shape");
                }
                int start = pos;
                product = multiply(product, number("dimension"), start);
                skipSpace();
                if (pos == text.length()) {
                    throw error(open, "'(' is never closed with ')'");
                }
                char c = text.charAt(pos);
                pos++;
                if (c == ')') {
                    return product;
                }
                if (c != ',') {
                    throw error(pos - 1, "expected ',' or ')' in the shape");
                }
            }
        }

        private long number(String what) {
            int start = pos;
            long n = 0;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                int d = text.charAt(pos) - '0';
                if (n > (Long.MAX_VALUE - d) / 10) {
                    throw error(start, what + " too large");
                }
                n = n * 10 + d;
                pos++;
            }
            return n;
        }

        private long multiply(long a, long b, int at) {
            if (b != 0 && a > Long.MAX_VALUE / b) {
                throw error(at, "array too large (its length overflows a 63-bit count)");
            }
            return a * b;
        }

        private void skipSpaceAndOrder() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (isOrder(c)) {
                    order = c;
                } else if (!isSpace(c)) {
                    return;
                }
                pos++;
            }
        }

        private void skipSpace() {
            while (pos < text.length() && isSpace(text.charAt(pos))) {
                pos++;
            }
        }

        /** Turns a parsed struct into a record, nested ones first; names are checked here, with positions. */
        Record build(Struct s, String name, int depth) {
            recordNames.add(name);
            Record.Builder b = Record.builder(name).location(where(s.position));
            Set<String> fieldNames = new HashSet<>();
            for (Item item : s.items) {
                try {
                    add(b, item, name, fieldNames, depth);
                } catch (FormatException e) {
                    if (e.position().isPresent()) {
                        throw e;
                    }
                    throw error(item.position, e.getMessage());
                }
            }
            if (s.endOrder == '@') {
                long size = b.currentSize();
                long align = b.currentAlignment();
                b.padding((align - size % align) % align);
            }
            return b.build();
        }

        private void add(Record.Builder b, Item item, String recordName, Set<String> fieldNames, int depth) {
            if (item.code == FormatCode.PAD && item.name == null) {
                b.add(null, null, FormatCode.PAD, null, item.count, false, mode(item.order), null);
                return;
            }
            if (item.name == null) {
                throw error(item.position, "field has no name (write it after the type, as in 'i:count:')");
            }
            Names.checkField(item.name).ifPresent(p -> {
                throw error(item.namePosition + p.position(), p.toString());
            });
            if (!fieldNames.add(item.name)) {
                throw error(item.namePosition, "duplicate field name '" + item.name + "'");
            }
            Location at = where(item.namePosition);
            Mode mode = mode(item.order);
            if (item.struct != null) {
                String nestedName = unique(recordName + Character.toUpperCase(item.name.charAt(0))
                        + item.name.substring(1));
                Record nested;
                try {
                    nested = build(item.struct, nestedName, depth + 1);
                } catch (FormatException e) {
                    if (e.position().isPresent()) {
                        throw e;
                    }
                    throw error(item.position, e.getMessage());
                }
                b.add(item.name, null, null, nested, item.count, item.counted, mode, at);
            } else if (item.code == FormatCode.PAD) {
                // NumPy exports an opaque void field (V3) as named pad bytes (3x:name:); raw bytes with a name
                // are what a byte string is.
                b.add(item.name, null, FormatCode.STRING, null, item.count, false, mode, at);
            } else {
                boolean array = item.counted && !item.code.countIsLength();
                b.add(item.name, null, item.code, null, item.count, array, mode, at);
            }
        }

        private String unique(String base) {
            String candidate = base;
            for (int i = 2; recordNames.contains(candidate); i++) {
                candidate = base + i;
            }
            recordNames.add(candidate);
            return candidate;
        }

        private Location where(int position) {
            return where == null ? null : where.apply(position);
        }

        private FormatException error(int position, String message) {
            return FormatParser.error(text, position, message);
        }
    }

    private static Mode mode(char order) {
        switch (order) {
            case '<':
                return Mode.LITTLE_ENDIAN;
            case '>':
                return Mode.BIG_ENDIAN;
            case '!':
                return Mode.NETWORK;
            case '=':
            case '^':
                return Mode.NATIVE_ORDER;
            default:
                return Mode.NATIVE;
        }
    }

    private static boolean isOrder(char c) {
        return c == '@' || c == '=' || c == '<' || c == '>' || c == '!' || c == '^';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }
}
