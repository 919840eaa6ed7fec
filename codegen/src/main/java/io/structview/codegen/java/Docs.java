package io.structview.codegen.java;

import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Member;
import io.structview.schema.Mode;
import io.structview.schema.Signedness;
import java.util.ArrayList;
import java.util.List;

/** Javadoc text for generated members: user docs made safe for a comment, and layout facts in words. */
final class Docs {
    private Docs() {}

    /**
     * Makes user text safe inside a Javadoc comment: it must not end the comment ({@code *}{@code /}), start a
     * block tag ({@code @}), open HTML, or smuggle a unicode escape (javac decodes {@code \}{@code u} even in
     * comments). Blank lines become paragraph breaks.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '@':
                    sb.append("&#64;");
                    break;
                case '\\':
                    sb.append("&#92;");
                    break;
                case '/':
                    sb.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                    break;
                case '\r':
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString().strip().replaceAll("\n[ \t]*\n\\s*", "\n\n<p>");
    }

    /** The user's doc as a first sentence, or {@code fallback} when there is none. */
    static String summary(String doc, String fallback) {
        String text = doc == null ? "" : escape(doc);
        if (text.isEmpty()) {
            return fallback;
        }
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    /** The static-import name of a mode's explicit byte order. */
    static String orderConstant(Mode mode) {
        return mode.order().toString();
    }

    /** The byte order of a member in words; empty for single bytes, where there is none. */
    static String order(Mode mode, long itemSize) {
        if (itemSize <= 1) {
            return "";
        }
        if (mode.prefix() == '@' || mode.prefix() == '=') {
            return "native byte order";
        }
        return mode.order().toString().equals("BIG_ENDIAN") ? "big-endian" : "little-endian";
    }

    /** The member's type as written in a format: mode prefix, count, code, such as {@code <3d} or {@code 16s}. */
    static String format(Member m) {
        String count = m.isArray() || m.code().countIsLength() ? Long.toString(m.count()) : "";
        return m.mode().prefix() + count + m.code().code();
    }

    /** What one item of a code holds, in words, from the code table. */
    static String kind(FormatCode code, Mode mode) {
        int bits = 8 * code.size(mode);
        Kind kind = code.kind();
        if (kind == Kind.INTEGER) {
            Signedness s = code.signedness();
            if (s == Signedness.POINTER) {
                return "pointer-sized unsigned " + bits + "-bit integer";
            }
            return (s == Signedness.SIGNED ? "signed " : "unsigned ") + bits + "-bit integer";
        } else if (kind == Kind.FLOAT) {
            return "IEEE 754 binary" + bits + " float";
        } else if (kind == Kind.BOOL) {
            return "boolean byte";
        } else if (kind == Kind.CHAR) {
            return "single byte";
        } else if (kind == Kind.STRING) {
            return "byte string, NUL-padded";
        } else if (kind == Kind.PASCAL) {
            return "Pascal string: a length byte, then the bytes, NUL-padded";
        }
        return "padding";
    }

    /** One sentence with a member's code, meaning, offset, size and byte order. */
    static String layout(Member m) {
        StringBuilder sb = new StringBuilder();
        if (m.isRecord()) {
            sb.append("Nested record {@link ").append(m.record().name()).append('}');
            if (m.isArray()) {
                sb.append(" \u00d7 ").append(m.count());
            }
        } else {
            sb.append("Code {@code ").append(format(m)).append("} (");
            if (m.isArray()) {
                sb.append(m.count()).append(" \u00d7 ");
            }
            sb.append(kind(m.code(), m.mode())).append(')');
        }
        sb.append(", offset ").append(m.offset()).append(", ").append(bytes(m.byteSize()));
        if (m.isArray()) {
            sb.append(" (").append(m.elementSize()).append(" per element)");
        }
        if (!m.isRecord()) {
            String order = order(m.mode(), m.code().countIsLength() ? 1 : m.code().size(m.mode()));
            if (!order.isEmpty()) {
                sb.append(", ").append(order);
            }
        }
        return sb.append('.').toString();
    }

    static String bytes(long n) {
        return n == 1 ? "1 byte" : n + " bytes";
    }

    /**
     * Reflows and wraps Javadoc text at 100 columns for a comment indented by {@code indent} spaces ({@code " * "}
     * adds 3). Lines of a paragraph are joined first, so callers need not care where their text breaks; a blank
     * line, {@code <p>} or a block tag starts a new line. Never breaks inside an inline tag such as
     * {@code {@code x}}, and leaves {@code <pre>} blocks alone.
     */
    static String wrap(String text, int indent) {
        int width = 100 - indent - 3;
        boolean trailingNewline = text.endsWith("\n");
        String body = trailingNewline ? text.substring(0, text.length() - 1) : text;
        List<String> logical = new ArrayList<>();
        boolean pre = false;
        boolean join = false;
        for (String line : body.split("\n", -1)) {
            if (line.contains("<pre>")) {
                pre = true;
            }
            boolean starts = line.isBlank() || line.startsWith("@") || line.startsWith("<p>") || pre;
            if (join && !starts) {
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + " " + line.strip());
            } else {
                logical.add(line);
            }
            join = !pre && !line.isBlank();
            if (line.contains("</pre>")) {
                pre = false;
                join = false;
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        pre = false;
        for (String line : logical) {
            if (line.contains("<pre>")) {
                pre = true;
            }
            if (pre || line.length() <= width) {
                out.append(line).append('\n');
            } else {
                wrapLine(line, width, out);
            }
            if (line.contains("</pre>")) {
                pre = false;
            }
        }
        if (!trailingNewline) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        // Continuation lines of a block tag get no extra indent; javadoc joins them anyway.
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ' ' && (depth == 0 || i == line.length())) {
                String word = line.substring(start, i);
                start = i + 1;
                if (word.isEmpty()) {
                    continue;
                }
                if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                    out.append(current).append('\n');
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(word);
            }
        }
        if (current.length() > 0) {
            out.append(current).append('\n');
        }
    }
}
