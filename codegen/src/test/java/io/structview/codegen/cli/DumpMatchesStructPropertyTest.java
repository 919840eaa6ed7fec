package io.structview.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CLI's own Java 17 decoder (it cannot use the JDK 22 runtime) reads every record exactly as {@link Struct}
 * unpacks it: random formats in every mode, random values, several records, dumped as CSV.
 */
class DumpMatchesStructPropertyTest {
    record Item(FormatCode code, int count) {}

    @Provide
    Arbitrary<String> formats() {
        Arbitrary<Item> item = Combinators.combine(Arbitraries.of(FormatCode.class), Arbitraries.integers().between(0, 3))
                .as(Item::new);
        return Combinators.combine(Arbitraries.of(Mode.class), item.list().ofMinSize(1).ofMaxSize(10))
                .as((mode, items) -> {
                    StringBuilder sb = new StringBuilder().append(mode.prefix());
                    for (Item i : items) {
                        if (!i.code().validIn(mode) || i.code() == FormatCode.PASCAL && i.count() == 0) {
                            continue;
                        }
                        sb.append(i.count() == 1 ? "" : Integer.toString(i.count())).append(i.code().code());
                    }
                    return sb.toString();
                })
                .filter(f -> Struct.of(f).size() > 0);
    }

    @Property(tries = 300)
    void csvCellsAreStructValues(@ForAll("formats") String format, @ForAll Random random) throws IOException {
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
