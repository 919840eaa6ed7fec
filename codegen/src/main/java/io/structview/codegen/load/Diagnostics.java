package io.structview.codegen.load;

import io.structview.schema.Location;
import io.structview.schema.Record;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics while a schema is read, so that every problem is reported at once. */
final class Diagnostics {
    /** Past this many, more errors are noise (usually one mistake repeated); the count is still reported. */
    static final int MAX = 100;

    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    private List<Record> built = List.of();

    void error(Location at, String message, String hint) {
        if (list.size() < MAX) {
            list.add(new Diagnostic(at, message, hint));
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int count() {
        return list.size() + dropped;
    }

    /** The diagnostics in file order (stable, so problems at one place keep the order they were found in). */
    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Diagnostic d) -> d.location().line())
                .thenComparing(d -> d.location().column()));
        if (dropped > 0) {
            Location last = out.get(out.size() - 1).location();
            out.add(new Diagnostic(last, dropped + " more errors not shown",
                    "fix the errors above first; only the first " + MAX + " are listed"));
        }
        return out;
    }

    /** Notes the records that were built despite the problems, for the exception to carry. */
    void built(List<Record> records) {
        built = List.copyOf(records);
    }

    SchemaException exception() {
        return SchemaException.of(sorted(), built);
    }
}
