package io.structview.codegen.cli;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Writes decoded records as they stream by, in one of {@code dump}'s output formats. */
abstract class RowWriter {
    final RecordReader reader;
    final PrintWriter out;

    RowWriter(RecordReader reader, PrintWriter out) {
        this.reader = reader;
        this.out = out;
    }

    /** Writes the record at {@code base}, the {@code index}-th one dumped. */
    abstract void row(long index, ByteBuffer little, ByteBuffer big, int base);

    /** Ends the output (and flushes what is buffered). */
    abstract void finish();

    static RowWriter of(DumpCommand.Output format, RecordReader reader, PrintWriter out) {
        switch (format) {
            case json:
                return new Json(reader, out);
            case csv:
                return new Csv(reader, out);
            default:
                return new Table(reader, out);
        }
    }

    /**
     * Aligned columns under a header, a {@code #} column first. Widths come from the first {@value #SAMPLE} rows,
     * which are held back; later rows are printed at once (a wider cell just pushes the line), so memory stays
     * constant however many records there are.
     */
    static final class Table extends RowWriter {
        static final int SAMPLE = 200;

        private final List<List<String>> held = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private int[] widths;

        Table(RecordReader reader, PrintWriter out) {
            super(reader, out);
            numeric.add(true);
            numeric.addAll(reader.numericColumns());
        }

        @Override
        void row(long index, ByteBuffer little, ByteBuffer big, int base) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(index));
            cells.addAll(reader.cells(little, big, base, Values.Style.TABLE));
            if (widths != null) {
                print(cells);
                return;
            }
            held.add(cells);
            if (held.size() == SAMPLE) {
                flushHeld();
            }
        }

        @Override
        void finish() {
            if (widths == null) {
                flushHeld();
            }
            out.flush();
        }

        private void flushHeld() {
            List<String> header = new ArrayList<>();
            header.add("#");
            header.addAll(reader.columnNames());
            widths = new int[header.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = header.get(i).length();
                for (List<String> row : held) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            print(header);
            for (List<String> row : held) {
                print(row);
            }
            held.clear();
        }

        private void print(List<String> cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                String pad = " ".repeat(Math.max(0, widths[i] - cell.length()));
                line.append(i == 0 ? "" : "  ");
                line.append(numeric.get(i) ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** RFC 4180 CSV: a header row, then one row per record; bytes as escaped text ({@link Cells}). */
    static final class Csv extends RowWriter {
        Csv(RecordReader reader, PrintWriter out) {
            super(reader, out);
            print(reader.columnNames());
        }

        @Override
        void row(long index, ByteBuffer little, ByteBuffer big, int base) {
            print(reader.cells(little, big, base, Values.Style.CSV));
        }

        @Override
        void finish() {
            out.flush();
        }

        private void print(List<String> cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                line.append(i == 0 ? "" : ",");
                if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                        || cell.indexOf('\r') >= 0) {
                    line.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(cell);
                }
            }
            out.print(line.append('\n'));
        }
    }

    /**
     * A JSON array of objects, one per line: nested records as objects, arrays as arrays, bytes as strings holding
     * the same escaped text as the table and CSV show ({@link Cells}), non-finite floats as the strings
     * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
     */
    static final class Json extends RowWriter {
        private boolean first = true;

        Json(RecordReader reader, PrintWriter out) {
            super(reader, out);
            out.print("[");
        }

        @Override
        void row(long index, ByteBuffer little, ByteBuffer big, int base) {
            StringBuilder sb = new StringBuilder(first ? "\n" : ",\n");
            first = false;
            reader.json(little, big, base, sb);
            out.print(sb);
        }

        @Override
        void finish() {
            out.print(first ? "]\n" : "\n]\n");
            out.flush();
        }
    }
}
