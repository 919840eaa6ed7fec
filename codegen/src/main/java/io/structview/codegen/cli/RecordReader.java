package io.structview.codegen.cli;

import io.structview.schema.Kind;
import io.structview.schema.Member;
import io.structview.schema.Record;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

    /** More values (and nested record elements) than this per record are refused, as for {@code --format}. */
    static final long MAX_VALUES = FormatRecords.MAX_VALUES;

    /** Longer byte strings are refused: each is rendered into one cell, up to four characters a byte. */
    static final long MAX_STRING_BYTES = 1 << 20;

    private final Record record;
    private final Cells.Radix radix;
    private final List<Column> columns = new ArrayList<>();

    /**
     * Prepares to render a record.
     *
     * @throws BadInputException if the record has more than {@value #MAX_VALUES} values or a byte string longer than
     *     {@value #MAX_STRING_BYTES} bytes; checked before anything is built, in time linear in the schema
     */
    RecordReader(Record record, Cells.Radix radix) {
        this.record = record;
        this.radix = radix;
        long weight = weight(record, new IdentityHashMap<>());
        if (weight > MAX_VALUES) {
            throw new BadInputException("record " + record.name() + " has more than " + MAX_VALUES + " values"
                    + " (counting nested record elements); at most " + MAX_VALUES + " can be shown");
        }
        flatten(record, "", 0);
    }

    /**
     * The number of values and nested record elements a record renders, saturating above the limit; memoised, so
     * records nesting the same record many times over are counted in linear time.
     */
    private static long weight(Record r, Map<Record, Long> done) {
        Long known = done.get(r);
        if (known != null) {
            return known;
        }
        long total = 0;
        for (Member m : r.members()) {
            if (m.isPadding()) {
                continue;
            }
            Kind kind = m.isRecord() ? null : m.code().kind();
            if ((kind == Kind.STRING || kind == Kind.PASCAL) && m.count() > MAX_STRING_BYTES) {
                throw new BadInputException("member '" + m.name() + "' of record " + r.name() + " is a "
                        + m.count() + "-byte string; dump shows strings of at most " + MAX_STRING_BYTES + " bytes");
            }
            long each = m.isRecord() ? 1 + weight(m.record(), done) : 1;
            long count = m.isArray() ? m.count() : 1;
            long all = count == 0 ? 0 : each > (MAX_VALUES + 1) / count ? MAX_VALUES + 1 : count * each;
            total = saturatingAdd(total, all);
        }
        long result = Math.min(total, MAX_VALUES + 1);
        done.put(r, result);
        return result;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 || sum > MAX_VALUES + 1 ? MAX_VALUES + 1 : sum;
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
            cells.add(Cells.render(c.member, order(c.member, little, big), base + (int) c.offset, style, radix));
        }
        return cells;
    }

    /** The record at {@code base} as a JSON object. */
    void json(ByteBuffer little, ByteBuffer big, int base, StringBuilder out) {
        json(record, little, big, base, out);
    }

    private void json(Record r, ByteBuffer little, ByteBuffer big, int base, StringBuilder out) {
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
                    out.append(Cells.render(m, order(m, little, big), at, Values.Style.JSON, radix));
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
