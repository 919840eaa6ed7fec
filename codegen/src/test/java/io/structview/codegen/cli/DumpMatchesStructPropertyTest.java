package io.structview.codegen.cli;

import static io.structview.codegen.SeededTries.intBetween;
import static io.structview.codegen.SeededTries.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.structview.codegen.SeededTries;

import io.structview.Struct;
import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CLI's own Java 17 decoder (it cannot use the JDK 22 runtime) reads every record exactly as {@link Struct}
 * unpacks it: random formats in every mode, random values, several records, dumped as CSV.
 */
class DumpMatchesStructPropertyTest {
    record Item(FormatCode code, int count) {}

    /** A format of 1 to 10 items in a random mode, codes invalid there dropped, of non-zero size. */
    static String format(Random r) {
        while (true) {
            Mode mode = oneOf(r, Mode.values());
            StringBuilder sb = new StringBuilder().append(mode.prefix());
            int n = intBetween(r, 1, 10);
            for (int k = 0; k < n; k++) {
                Item i = new Item(oneOf(r, FormatCode.values()), intBetween(r, 0, 3));
                if (!i.code().validIn(mode) || i.code() == FormatCode.PASCAL && i.count() == 0) {
                    continue;
                }
                sb.append(i.count() == 1 ? "" : Integer.toString(i.count())).append(i.code().code());
            }
            String f = sb.toString();
            if (Struct.of(f).size() > 0) {
                return f;
            }
        }
    }

    @Test
    void csvCellsAreStructValues() {
        SeededTries.run("csvCellsAreStructValues", 300, t -> csvCellsAreStructValues(t.draw("format",
                format(t.random())), new Random(t.draw("value seed", t.random().nextLong()))));
    }

    private static void csvCellsAreStructValues(String format, Random random) throws IOException {
        Struct s = Struct.of(format);
        Path file = Files.createTempFile("dump", ".bin");
        try {
            int records = 1 + random.nextInt(3);
            List<String> expected = new ArrayList<>();
            byte[] all = new byte[(int) (s.size() * records)];
            for (int r = 0; r < records; r++) {
                byte[] bytes = new byte[(int) s.size()];
                random.nextBytes(bytes);
                // Random bytes are any record at all; what Struct reads from them is the oracle.
                Object[] values = s.unpack(bytes);
                System.arraycopy(bytes, 0, all, r * bytes.length, bytes.length);
                expected.add(row(s, values));
            }
            Files.write(file, all);
            Cli.Result result = Cli.run("dump", "--format", format, "--output", "csv", file.toString());
            assertThat(result.err()).isEmpty();
            List<String> lines = result.out().lines().toList();
            assertThat(lines.subList(1, lines.size())).isEqualTo(expected);
        } finally {
            Files.delete(file);
        }
    }

    private static String row(Struct s, Object[] values) {
        List<String> cells = new ArrayList<>();
        int v = 0;
        for (io.structview.schema.Field f : s.fields()) {
            for (long i = 0; i < f.values(); i++) {
                cells.add(csv(text(f.code(), f.mode(), values[v++])));
            }
        }
        return String.join(",", cells);
    }

    private static String text(FormatCode code, Mode mode, Object value) {
        if (value instanceof Long l) {
            boolean unsigned64 = code.size(mode) == 8 && code.signedness() != io.structview.schema.Signedness.SIGNED;
            return unsigned64 ? Long.toUnsignedString(l) : Long.toString(l);
        } else if (value instanceof byte[] b) {
            int end = b.length;
            if (code.kind() == Kind.STRING) {
                while (end > 0 && b[end - 1] == 0) {
                    end--;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < end; i++) {
                int c = b[i] & 0xff;
                if (c == '\\') {
                    sb.append("\\\\");
                } else if (c == '\t' || c == '\n' || c == '\r') {
                    sb.append(c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r");
                } else if (c >= 0x20 && c < 0x7f) {
                    sb.append((char) c);
                } else {
                    sb.append(String.format("\\x%02x", c));
                }
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
