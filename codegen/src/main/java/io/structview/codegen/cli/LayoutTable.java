package io.structview.codegen.cli;

import io.structview.schema.Member;
import io.structview.schema.Record;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The {@code describe} table: a record's members with code, offset, size and alignment, holes shown, like pahole. */
final class LayoutTable {
    private LayoutTable() {}

    static void print(String title, Record r, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"field", "code", "offset", "size", "align"});
        long position = 0;
        long holes = 0;
        long holeBytes = 0;
        long padBytes = 0;
        for (Member m : r.members()) {
            if (m.offset() > position) {
                holes++;
                holeBytes += m.offset() - position;
                rows.add(new String[] {"(hole)", "", Long.toString(position), Long.toString(m.offset() - position),
                        ""});
            }
            position = m.offset() + m.byteSize();
            if (m.isPadding()) {
                padBytes += m.count();
            }
            rows.add(new String[] {m.isPadding() ? "(padding)" : m.name(), code(m), Long.toString(m.offset()),
                    Long.toString(m.byteSize()), Long.toString(m.alignment())});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < 5; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println(title);
        for (String[] row : rows) {
            String line = "  " + pad(row[0], widths[0], false) + "  " + pad(row[1], widths[1], false) + "  "
                    + pad(row[2], widths[2], true) + "  " + pad(row[3], widths[3], true) + "  "
                    + pad(row[4], widths[4], true);
            out.println(line.stripTrailing());
        }
        out.println("  size " + r.size() + ", alignment " + r.alignment() + ": " + holes + (holes == 1 ? " hole" : " holes")
                + " (" + holeBytes + " bytes), " + padBytes + " explicit pad bytes");
    }

    /** A member's type as a format would write it: mode prefix, count, code; or the nested record's name. */
    static String code(Member m) {
        if (m.isRecord()) {
            return m.isArray() ? m.record().name() + "[" + m.count() + "]" : m.record().name();
        }
        boolean counted = m.isArray() || m.code().countIsLength() || m.isPadding();
        return m.mode().prefix() + (counted ? Long.toString(m.count()) : "") + m.code().code();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }
}
