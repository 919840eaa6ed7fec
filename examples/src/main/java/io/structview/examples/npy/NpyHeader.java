package io.structview.examples.npy;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a NumPy {@code .npy} file, and the struct format its dtype maps to.
 *
 * <p>The format (numpy.lib.format): the magic {@code \x93NUMPY}, a major and minor version byte, the header
 * length (a little-endian {@code uint16} in version 1, {@code uint32} in versions 2 and 3), then the header: a
 * Python dict literal with keys {@code descr}, {@code fortran_order} and {@code shape}, padded with spaces and a
 * newline so that the data starts at a multiple of 64 bytes. The data follows: the array's elements back to back,
 * which for a 1-D array of a structured dtype is exactly an array of packed records.
 *
 * @param major the format's major version
 * @param minor the format's minor version
 * @param dataOffset where the data starts
 * @param header the header dict's text, trimmed
 * @param names the dtype's field names, in order (one empty name for a plain dtype)
 * @param format the struct format of one element, such as {@code <Idd}
 * @param itemSize the size of one element
 * @param fortranOrder whether a multi-dimensional array is stored column-major
 * @param shape the array's shape
 */
public record NpyHeader(int major, int minor, long dataOffset, String header, List<String> names, String format,
        long itemSize, boolean fortranOrder, long[] shape) {

    /** The first six bytes of every {@code .npy} file. */
    public static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /**
     * The number of elements.
     *
     * @return the product of the shape
     */
    public long count() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * Parses the header at the start of a {@code .npy} file.
     *
     * @param file the file, or at least its header
     * @return the header
     * @throws IllegalArgumentException if it is not a {@code .npy} file or its dtype has no struct format
     */
    public static NpyHeader parse(MemorySegment file) {
        if (file.byteSize() < 10 || MemorySegment.mismatch(file, 0, 6, MemorySegment.ofArray(MAGIC), 0, 6) != -1) {
            throw new IllegalArgumentException("not a .npy file (bad magic)");
        }
        int major = file.get(ValueLayout.JAVA_BYTE, 6) & 0xff;
        int minor = file.get(ValueLayout.JAVA_BYTE, 7) & 0xff;
        long headerLength;
        long headerStart;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(file.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(
                    java.nio.ByteOrder.LITTLE_ENDIAN), 8));
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            headerLength = Integer.toUnsignedLong(file.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(
                    java.nio.ByteOrder.LITTLE_ENDIAN), 8));
            headerStart = 12;
        } else {
            throw new IllegalArgumentException("unknown .npy version " + major + "." + minor);
        }
        byte[] text = file.asSlice(headerStart, headerLength).toArray(ValueLayout.JAVA_BYTE);
        // Version 3 allows UTF-8 field names; versions 1 and 2 are Latin-1.
        String header = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).strip();
        if (!(PyLiteral.parse(header) instanceof Map<?, ?> dict)) {
            throw new IllegalArgumentException(".npy header is not a dict: " + header);
        }

        List<String> names = new ArrayList<>();
        StringBuilder codes = new StringBuilder();
        char order = dtype(dict.get("descr"), names, codes);
        String format = (order == '|' ? "<" : String.valueOf(order)) + codes;
        long itemSize = io.structview.Struct.of(format).size();
        boolean fortran = Boolean.TRUE.equals(dict.get("fortran_order"));
        if (!(dict.get("shape") instanceof List<?> dims)) {
            throw new IllegalArgumentException(".npy header has no shape tuple: " + header);
        }
        long[] shape = dims.stream().mapToLong(d -> (Long) d).toArray();
        return new NpyHeader(major, minor, headerStart + headerLength, header, List.copyOf(names), format, itemSize,
                fortran, shape);
    }

    /**
     * Turns a dtype descr into struct codes: a type string such as {@code '<f8'}, or a list of
     * {@code (name, type string[, shape])} tuples for a structured dtype.
     *
     * @return the byte order shared by all fields: {@code < > =}, or {@code |} when none matters
     */
    private static char dtype(Object descr, List<String> names, StringBuilder codes) {
        if (descr instanceof String typestr) {
            names.add("");
            return code(typestr, 1, codes, '|');
        }
        if (!(descr instanceof List<?> fields)) {
            throw new IllegalArgumentException("unsupported dtype descr " + descr);
        }
        char order = '|';
        for (Object f : fields) {
            if (!(f instanceof List<?> field) || field.size() < 2 || !(field.get(0) instanceof String name)
                    || !(field.get(1) instanceof String typestr)) {
                throw new IllegalArgumentException("unsupported dtype field " + f + " (nested dtypes are not mapped)");
            }
            long count = 1;
            if (field.size() > 2 && field.get(2) instanceof List<?> sub) {
                for (Object d : sub) {
                    count *= (Long) d;
                }
            }
            names.add(name);
            order = code(typestr, count, codes, order);
        }
        return order;
    }

    /** Appends the struct code of one NumPy type string, such as {@code <u4}; returns the byte order so far. */
    private static char code(String typestr, long count, StringBuilder codes, char order) {
        char byteOrder = typestr.charAt(0);
        char kind = typestr.charAt(1);
        int size = Integer.parseInt(typestr.substring(2));
        String code = switch (kind + "" + size) {
            case "b1" -> "?";
            case "i1" -> "b";
            case "u1" -> "B";
            case "i2" -> "h";
            case "u2" -> "H";
            case "i4" -> "i";
            case "u4" -> "I";
            case "i8" -> "q";
            case "u8" -> "Q";
            case "f2" -> "e";
            case "f4" -> "f";
            case "f8" -> "d";
            default -> switch (kind) {
                case 'S' -> size * count + "s";   // bytes of fixed length
                case 'V' -> size * count + "x";   // padding or opaque bytes
                default -> throw new IllegalArgumentException("NumPy type " + typestr + " has no struct code");
            };
        };
        if (kind == 'S' || kind == 'V') {
            codes.append(code);
        } else {
            codes.append(count == 1 ? "" : String.valueOf(count)).append(code);
        }
        if (byteOrder == '|' || size == 1) {
            return order;
        }
        if (order != '|' && order != byteOrder) {
            throw new IllegalArgumentException("fields of mixed byte order have no single struct format");
        }
        return byteOrder;
    }

    /** A reader of the Python literals a {@code .npy} header uses: dicts, lists, tuples, strings, ints, bools. */
    static final class PyLiteral {
        private final String s;
        private int i;

        private PyLiteral(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            PyLiteral p = new PyLiteral(text);
            Object v = p.value();
            p.space();
            if (p.i != text.length()) {
                throw p.error("unexpected text");
            }
            return v;
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> map = new LinkedHashMap<>();
                    i++;
                    while (!close('}')) {
                        Object key = value();
                        expect(':');
                        map.put(String.valueOf(key), value());
                        comma('}');
                    }
                    return map;
                }
                case '[':
                case '(': {
                    char end = c == '[' ? ']' : ')';
                    List<Object> list = new ArrayList<>();
                    i++;
                    while (!close(end)) {
                        list.add(value());
                        comma(end);
                    }
                    return list;
                }
                case '\'':
                case '"': {
                    int endQuote = s.indexOf(c, i + 1);
                    if (endQuote < 0) {
                        throw error("unterminated string");
                    }
                    String str = s.substring(i + 1, endQuote);
                    i = endQuote + 1;
                    return str;
                }
                default: {
                    int start = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    switch (word) {
                        case "True":
                            return Boolean.TRUE;
                        case "False":
                            return Boolean.FALSE;
                        case "None":
                            return null;
                        default:
                            try {
                                return Long.parseLong(word.endsWith("L") ? word.substring(0, word.length() - 1) : word);
                            } catch (NumberFormatException e) {
                                throw error("unexpected '" + word + "'");
                            }
                    }
                }
            }
        }

        private boolean close(char end) {
            space();
            if (i < s.length() && s.charAt(i) == end) {
                i++;
                return true;
            }
            return false;
        }

        private void comma(char end) {
            space();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else if (i >= s.length() || s.charAt(i) != end) {
                throw error("expected ',' or '" + end + "'");
            }
        }

        private void expect(char c) {
            space();
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(".npy header: " + what + " at column " + (i + 1) + " of " + s);
        }
    }
}
