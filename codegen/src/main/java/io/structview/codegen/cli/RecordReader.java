package io.structview.codegen.cli;

import io.structview.schema.Member;
import io.structview.schema.Record;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one record from a buffer: as a row of cells (nested records flattened to {@code outer.inner} columns,
 * arrays to {@code name[i]} columns) or as a JSON object (nested objects and arrays).
 */
final class RecordReader {
    /** One column: a value member (for arrays, one element) at an offset within the record. */
    private static final class Column {
        final String name;
        final Member member;
        final long offset;

        Column(String name, Member member, long offset) {
            this.name = name;
            this.member = member;
            this.offset = offset;
        }
    }

    private final Record record;
    private final List<Column> columns = new ArrayList<>();

    RecordReader(Record record) {
        this.record = record;
        flatten(record, "", 0);
    }

    private void flatten(Record r, String prefix, long base) {
        for (Member m : r.members()) {
            if (m.isPadding()) {
                continue;
            }
            String name = prefix + m.name();
            long count = m.isArray() ? m.count() : 1;
            for (long i = 0; i < count; i++) {
                String label = m.isArray() ? name + "[" + i + "]" : name;
                long at = base + m.offset() + i * m.elementSize();
                if (m.isRecord()) {
                    flatten(m.record(), label + ".", at);
                } else {
                    columns.add(new Column(label, m, at));
                }
            }
        }
    }

    Record record() {
        return record;
    }

    List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name);
        }
        return names;
    }

    List<Boolean> numericColumns() {
        List<Boolean> numeric = new ArrayList<>(columns.size());
        for (Column c : columns) {
            numeric.add(Values.numeric(c.member));
        }
        return numeric;
    }

    /** The record at {@code base} as one cell per column. */
    List<String> cells(ByteBuffer little, ByteBuffer big, int base, Values.Style style) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            cells.add(Values.render(c.member, order(c.member, little, big), base + (int) c.offset, style));
        }
        return cells;
    }

    /** The record at {@code base} as a JSON object. */
    void json(ByteBuffer little, ByteBuffer big, int base, StringBuilder out) {
        json(record, little, big, base, out);
    }

    private static void json(Record r, ByteBuffer little, ByteBuffer big, int base, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Member m : r.members()) {
            if (m.isPadding()) {
                continue;
            }
            out.append(first ? "" : ", ").append(Values.jsonString(m.name())).append(": ");
            first = false;
            if (m.isArray()) {
                out.append('[');
            }
            long count = m.isArray() ? m.count() : 1;
            for (long i = 0; i < count; i++) {
                int at = base + (int) (m.offset() + i * m.elementSize());
                out.append(i == 0 ? "" : ", ");
                if (m.isRecord()) {
                    json(m.record(), little, big, at, out);
                } else {
                    out.append(Values.render(m, order(m, little, big), at, Values.Style.JSON));
                }
            }
            if (m.isArray()) {
                out.append(']');
            }
        }
        out.append('}');
    }

    private static ByteBuffer order(Member m, ByteBuffer little, ByteBuffer big) {
        return m.order() == ByteOrder.BIG_ENDIAN ? big : little;
    }
}
