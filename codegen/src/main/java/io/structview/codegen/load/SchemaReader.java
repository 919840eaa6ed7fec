package io.structview.codegen.load;

import io.structview.schema.FormatException;
import io.structview.schema.Field;
import io.structview.schema.Format;
import io.structview.schema.FormatCode;
import io.structview.schema.FormatText;
import io.structview.schema.Limits;
import io.structview.schema.Location;
import io.structview.schema.Member;
import io.structview.schema.Mode;
import io.structview.schema.NameProblem;
import io.structview.schema.Names;
import io.structview.schema.Pep3118;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the located tree of a schema file into a {@link Schema}, checking everything and collecting every
 * problem as a {@link Diagnostic} instead of stopping at the first. See {@code package-info.java} for the file
 * format.
 *
 * <p>Three passes: read every record (names, keys, formats, field names and types, which need only the set
 * of record names); check the nesting graph for cycles and order it; build the records that use other
 * records, nested ones first. A problem inside one record does not hide problems in others, and a record
 * that failed does not cause follow-up errors in the records that use it.
 */
final class SchemaReader {
    /** More records or fields than this is not a hand-written schema; the limits keep runaway input cheap. */
    static final int MAX_RECORDS = Limits.MAX_RECORDS;

    static final int MAX_FIELDS = Limits.MAX_FIELDS;

    /** Records nested in records this deep are not a real format; the limit also bounds recursion later. */
    static final int MAX_NESTING = Limits.MAX_NESTING;

    static final List<String> TOP_KEYS = List.of("package", "records");
    static final List<String> RECORD_KEYS = List.of("doc", "format", "fields", "mode");
    static final List<String> FIELD_KEYS = List.of("name", "type", "count", "doc");

    static final String STRUCT_HINT = FormatText.SYNTAX;
    static final String PEP_HINT = "a PEP 3118 format names each field, as in T{<I:id:H:flags:(3)d:coords:}";
    static final String TYPE_HINT = "a type is one format code with an optional prefix and count, such as i, <H,"
            + " 3d or 16s, or the name of a record of this schema";

    private final Source src;
    private final Diagnostics diagnostics;
    private final Map<String, Decl> decls = new LinkedHashMap<>();
    private final List<Decl> finished = new ArrayList<>();

    /** A record as declared in the file. */
    private static final class Decl {
        final String name;
        final Node.ScalarNode key;
        String doc = "";
        boolean broken;
        /** The built record: for format records as soon as read, for typed records in the build pass. */
        Record record;
        /** The fields of a record declared field by field; null for a record with a format. */
        List<FieldDecl> fields;
        Mode mode = Mode.NATIVE;
        /** The format of a PEP 3118 record, whose nested records get generated names; else null. */
        Node.ScalarNode pepFormat;

        Decl(String name, Node.ScalarNode key) {
            this.name = name;
            this.key = key;
        }
    }

    /** A field declared with a type. */
    private static final class FieldDecl {
        String name;
        Location where;
        String doc;
        FormatCode code;
        Mode mode;
        long count = 1;
        boolean array;
        String ref;
        Node.ScalarNode typeNode;
    }

    private SchemaReader(Source src, Diagnostics diagnostics) {
        this.src = src;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads a schema from its tree.
     *
     * @return the schema, or null if any diagnostic was reported
     */
    static Schema read(Source src, Node root, Diagnostics diagnostics) {
        return new SchemaReader(src, diagnostics).read(root);
    }

    private Schema read(Node root) {
        if (!(root instanceof Node.MapNode)) {
            error(root.location(), "the schema must be a mapping with the keys 'package' and 'records', not "
                    + root.describe(), "start the file with 'package: com.example.formats' and 'records:'");
            return null;
        }
        Node.MapNode top = (Node.MapNode) root;
        checkKeys(top, TOP_KEYS, "");
        String packageName = readPackage(top);
        Node.Entry records = top.get("records");
        if (records == null) {
            error(top.location(), "missing 'records'",
                    "add 'records:' with the record types, e.g. records: {Point: {format: \"<ii\", fields: [x, y]}}");
        } else if (!(records.value() instanceof Node.MapNode)) {
            error(records.value().location(), "'records' must be a mapping of record names to records, not "
                    + records.value().describe(), "e.g. records: {Point: {format: \"<ii\", fields: [x, y]}}");
        } else if (((Node.MapNode) records.value()).entries().isEmpty()) {
            error(records.value().location(), "'records' is empty", "declare at least one record");
        } else {
            readRecords((Node.MapNode) records.value());
        }
        orderAndFindCycles();
        buildTypedRecords();
        checkGeneratedNames();
        if (!diagnostics.isEmpty()) {
            diagnostics.built(decls.values().stream().map(d -> d.record).filter(Objects::nonNull).toList());
            return null;
        }
        try {
            Schema.Builder b = Schema.builder(packageName).source(src.file());
            for (Decl d : decls.values()) {
                b.add(d.record);
            }
            return b.build();
        } catch (FormatException e) {
            // Every rule Schema.Builder checks was checked above with a location; this is a safety net.
            error(top.location(), e.getMessage(), "");
            return null;
        }
    }

    private String readPackage(Node.MapNode top) {
        Node.Entry e = top.get("package");
        if (e == null) {
            error(top.location(), "missing 'package'",
                    "add 'package: com.example.formats', the Java package of the generated classes");
            return null;
        }
        Node.ScalarNode s = scalar(e, "package", "", "e.g. package: com.example.formats");
        if (s == null) {
            return null;
        }
        Names.checkPackage(s.text()).ifPresent(p -> error(src.at(s, p.position()), p.message(), p.hint()));
        return s.text();
    }

    // ---------------------------------------------------------------- pass 1: records

    private void readRecords(Node.MapNode records) {
        if (records.entries().size() > MAX_RECORDS) {
            error(records.location(), "too many records (" + records.entries().size() + "; the limit is "
                    + MAX_RECORDS + ")", "split the schema into several files");
            return;
        }
        Map<String, String> lowerNames = new HashMap<>();
        List<Decl> order = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        for (Node.Entry e : records.entries()) {
            Node.ScalarNode key = e.key();
            String name = key.text();
            Decl decl = new Decl(name, key);
            Optional<NameProblem> problem = Names.checkRecord(name);
            problem.ifPresent(p -> error(src.at(key, p.position()), p.message(), p.hint()));
            decl.broken = problem.isPresent();
            Decl first = decls.get(name);
            if (first != null) {
                error(key.location(), "duplicate record name '" + name + "'",
                        "it was first declared at " + lineColumn(first.key.location()));
            } else {
                String other = lowerNames.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                if (other != null && problem.isEmpty()) {
                    error(key.location(), "record names '" + other + "' and '" + name + "' differ only in case",
                            "their .java files would collide on case-insensitive file systems; rename one");
                }
                decls.put(name, decl);
            }
            // A duplicate is still read, so that its own problems are reported too.
            order.add(decl);
            values.add(e.value());
        }
        for (int i = 0; i < order.size(); i++) {
            readRecord(order.get(i), values.get(i));
        }
    }

    private void readRecord(Decl r, Node value) {
        if (!(value instanceof Node.MapNode)) {
            error(value.location(), "record '" + r.name + "' must be a mapping, not " + value.describe(),
                    "give it 'format' and 'fields', or 'fields' with a type each");
            r.broken = true;
            return;
        }
        Node.MapNode m = (Node.MapNode) value;
        String in = " in record '" + r.name + "'";
        checkKeys(m, RECORD_KEYS, in);
        Node.Entry doc = m.get("doc");
        Node.Entry format = m.get("format");
        Node.Entry fields = m.get("fields");
        Node.Entry mode = m.get("mode");
        if (doc != null) {
            r.doc = doc(doc, in);
        }
        if (format == null && fields == null) {
            error(r.key.location(), "record '" + r.name + "' has neither 'format' nor 'fields'",
                    "give a format and its field names, e.g. format: \"<ii\" and fields: [x, y],"
                            + " or fields with a type each, e.g. - {name: x, type: i}");
            r.broken = true;
        } else if (format != null) {
            readFormatRecord(r, format, fields, mode, in);
        } else {
            readTypedRecord(r, fields, mode, in);
        }
    }

    private void readFormatRecord(Decl r, Node.Entry formatEntry, Node.Entry fields, Node.Entry mode, String in) {
        if (mode != null) {
            error(mode.key().location(), "'mode' applies only to records whose fields have types",
                    "the first character of a format sets its mode, e.g. \"<\"; remove 'mode'");
            r.broken = true;
        }
        Node.ScalarNode format = scalar(formatEntry, "format", in, "e.g. format: \"<IH3d\"");
        if (format == null) {
            r.broken = true;
            return;
        }
        String text = format.text();
        if (Pep3118.isPep3118(text)) {
            readPepRecord(r, format, fields);
            return;
        }
        Format parsed = null;
        try {
            parsed = Format.parse(text);
        } catch (FormatException e) {
            formatError(format, e, STRUCT_HINT);
            r.broken = true;
        }
        List<Node.ScalarNode> names = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        boolean namesOk = fields == null || readNames(r, fields, names, docs, in);
        r.broken |= !namesOk;
        checkFieldNames(r, names);
        if (parsed == null || !namesOk) {
            return;
        }
        long codes = parsed.fields().stream().filter(f -> f.code().hasValue()).count();
        long values = parsed.valueCount();
        int n = names.size();
        if (fields == null && values > 0) {
            error(r.key.location(), "record '" + r.name + "' has a format but no 'fields'",
                    "name the " + values + " value" + plural(values) + " of format " + quote(text)
                            + " in 'fields', e.g. fields: [a, b]");
            r.broken = true;
        } else if (n != codes && n != values) {
            String hint = codes == values
                    ? "give one name per value; pad bytes (x) take none"
                    : "give one name per value (" + values + "), or one per code (" + codes + ") so that a"
                            + " count-prefixed code such as 3i takes one name, as an array; pad bytes (x) take none";
            long most = Math.max(codes, values);
            Location at = n > most ? names.get((int) most).location() : fields.value().location();
            error(at, "record '" + r.name + "' has " + n + " field name" + plural(n) + ", but its format "
                    + quote(text) + " has " + values + " value" + plural(values), hint);
            r.broken = true;
        }
        if (r.broken) {
            return;
        }
        List<String> nameTexts = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (Node.ScalarNode s : names) {
            nameTexts.add(s.text());
            locations.add(s.location());
        }
        try {
            r.record = Record.builder(r.name).doc(r.doc).location(r.key.location())
                    .format(text, nameTexts, docs, locations).build();
        } catch (FormatException e) {
            layoutError(r, e);
        }
    }

    private void readPepRecord(Decl r, Node.ScalarNode format, Node.Entry fields) {
        if (fields != null) {
            error(fields.key().location(), "'fields' cannot be used with a PEP 3118 format",
                    "the format names its fields itself (type:name:); remove 'fields'");
            r.broken = true;
        }
        if (r.broken) {
            return;
        }
        r.pepFormat = format;
        try {
            r.record = Pep3118.parse(r.name, format.text(), p -> src.at(format, p)).withDoc(r.doc);
        } catch (FormatException e) {
            formatError(format, e, PEP_HINT);
            r.broken = true;
        }
    }

    /** Reads the field names (and docs) of a record with a format; returns false if any entry was unusable. */
    private boolean readNames(Decl r, Node.Entry fields, List<Node.ScalarNode> names, List<String> docs,
            String in) {
        if (!(fields.value() instanceof Node.ListNode)) {
            error(fields.value().location(), "'fields'" + in + " must be a list, not " + fields.value().describe(),
                    "e.g. fields: [x, y, z]");
            return false;
        }
        List<Node> items = ((Node.ListNode) fields.value()).items();
        if (items.size() > MAX_FIELDS) {
            error(fields.value().location(), "too many fields" + in + " (" + items.size() + "; the limit is "
                    + MAX_FIELDS + ")", "split the record");
            return false;
        }
        boolean ok = true;
        for (Node item : items) {
            if (item instanceof Node.ScalarNode) {
                Node.ScalarNode s = (Node.ScalarNode) item;
                if (s.type() == Node.Type.NULL && s.text().isEmpty()) {
                    error(s.location(), "empty field name" + in, "write a name, or remove the empty entry");
                    ok = false;
                    continue;
                }
                names.add(s);
                docs.add("");
            } else if (item instanceof Node.MapNode) {
                Node.MapNode fm = (Node.MapNode) item;
                checkKeys(fm, FIELD_KEYS, " in a field of record '" + r.name + "'");
                for (String k : List.of("type", "count")) {
                    Node.Entry misplaced = fm.get(k);
                    if (misplaced != null) {
                        error(misplaced.key().location(), "'" + k + "' cannot be used in the fields of a record"
                                + " with a format", "the format gives the types; remove '" + k + "', or remove"
                                + " the format and give every field a type");
                        ok = false;
                    }
                }
                Node.Entry name = fm.get("name");
                if (name == null) {
                    error(fm.location(), "field without a name" + in, "add 'name: ...'");
                    ok = false;
                    continue;
                }
                Node.ScalarNode s = scalar(name, "name", " of a field of record '" + r.name + "'", "e.g. name: count");
                if (s == null) {
                    ok = false;
                    continue;
                }
                names.add(s);
                Node.Entry doc = fm.get("doc");
                docs.add(doc == null ? "" : doc(doc, " of field '" + s.text() + "'" + in));
            } else {
                error(item.location(), "a field" + in + " must be a name or a mapping with 'name' and 'doc', not "
                        + item.describe(), "e.g. fields: [x, {name: y, doc: \"the y coordinate\"}]");
                ok = false;
            }
        }
        return ok;
    }

    private void readTypedRecord(Decl r, Node.Entry fields, Node.Entry modeEntry, String in) {
        if (modeEntry != null) {
            Node.ScalarNode ms = scalar(modeEntry, "mode", in, "e.g. mode: \"<\"");
            Mode mode = ms == null ? null : mode(ms.text());
            if (ms != null && mode == null) {
                error(ms.location(), "unknown mode '" + ms.text() + "'" + in, "use \"@\" or native (native sizes and"
                        + " alignment), \"=\" (native order, standard sizes), \"<\" or little, \">\" or big, \"!\""
                        + " or network");
            }
            if (mode == null) {
                r.broken = true;
            } else {
                r.mode = mode;
            }
        }
        if (!(fields.value() instanceof Node.ListNode)) {
            error(fields.value().location(), "'fields'" + in + " must be a list, not " + fields.value().describe(),
                    "e.g. fields: [{name: x, type: i}, {name: y, type: i}]");
            r.broken = true;
            return;
        }
        List<Node> items = ((Node.ListNode) fields.value()).items();
        if (items.size() > MAX_FIELDS) {
            error(fields.value().location(), "too many fields" + in + " (" + items.size() + "; the limit is "
                    + MAX_FIELDS + ")", "split the record");
            r.broken = true;
            return;
        }
        r.fields = new ArrayList<>();
        List<Node.ScalarNode> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldDecl fd = readTypedField(r, items.get(i), i, names);
            if (fd == null) {
                r.broken = true;
            } else {
                r.fields.add(fd);
            }
        }
        checkFieldNames(r, names);
    }

    /** Reads one {@code {name, type, count, doc}} field; returns null (after reporting) if it is unusable. */
    private FieldDecl readTypedField(Decl r, Node item, int index, List<Node.ScalarNode> names) {
        String of = " of record '" + r.name + "'";
        if (item instanceof Node.ScalarNode) {
            Node.ScalarNode s = (Node.ScalarNode) item;
            String shown = s.text().isEmpty() ? "field " + (index + 1) : "field '" + s.text() + "'";
            error(s.location(), shown + of + " has no type",
                    "write - {name: " + (s.text().isEmpty() ? "x" : s.text()) + ", type: i}, or give the record"
                            + " a 'format'");
            return null;
        }
        if (!(item instanceof Node.MapNode)) {
            error(item.location(), "a field" + of + " must be a mapping with 'name' and 'type', not "
                    + item.describe(), "e.g. - {name: x, type: i}");
            return null;
        }
        Node.MapNode fm = (Node.MapNode) item;
        Node.Entry nameEntry = fm.get("name");
        Node.ScalarNode nameNode = null;
        if (nameEntry != null) {
            nameNode = scalar(nameEntry, "name", " of field " + (index + 1) + of, "e.g. name: count");
        }
        String label = nameNode != null ? "field '" + nameNode.text() + "'" : "field " + (index + 1);
        checkKeys(fm, FIELD_KEYS, " in " + label + of);
        boolean ok = nameEntry == null || nameNode != null;

        FieldDecl fd = new FieldDecl();
        fd.where = nameNode != null ? nameNode.location() : fm.location();
        Node.Entry typeEntry = fm.get("type");
        if (typeEntry == null) {
            error(fm.location(), label + of + " has no type",
                    "add a type: a format code such as i, <H, 3d or 16s, or a record name");
            return null;
        }
        Node.ScalarNode type = scalar(typeEntry, "type", " of " + label + of, "e.g. type: i");
        if (type == null) {
            return null;
        }
        fd.typeNode = type;
        boolean countInType = false;
        String t = type.text();
        if (decls.containsKey(t)) {
            if (isOneCode(t)) {
                error(type.location(), "type '" + t + "' of " + label + " is both a format code and a record name",
                        "write the code with a prefix, e.g. '@" + t + "', or rename the record");
                return null;
            }
            fd.ref = t;
        } else {
            Format f;
            try {
                f = Format.parse(t);
            } catch (FormatException e) {
                typeError(r, type, label, e);
                return null;
            }
            if (f.fields().size() != 1) {
                error(type.location(), "type " + quote(t) + " of " + label + " must be one format code, not "
                        + f.fields().size(), TYPE_HINT);
                return null;
            }
            Field field = f.fields().get(0);
            FormatCode code = field.code();
            Mode mode = Mode.ofPrefix(t.charAt(0)) != null ? f.mode() : r.mode;
            if (!code.validIn(mode)) {
                error(type.location(), "'" + code + "' in " + label + " is only valid in native mode, but record '"
                        + r.name + "' has mode '" + mode.prefix() + "'",
                        "use q or Q (8 bytes in every mode), or the record mode \"@\"");
                return null;
            }
            countInType = field.position() > 0 && Character.isDigit(t.charAt(field.position() - 1));
            fd.code = code;
            fd.mode = mode;
            fd.count = field.count();
            fd.array = countInType && !code.countIsLength() && code != FormatCode.PAD;
        }
        Node.Entry countEntry = fm.get("count");
        if (countEntry != null) {
            Node.ScalarNode c = scalar(countEntry, "count", " of " + label + of, "e.g. count: 4");
            long n = c == null ? -1 : count(c.text());
            if (c != null && n < 0) {
                error(c.location(), "'count' of " + label + " must be a whole number from 0 to "
                        + Integer.MAX_VALUE + ", not '" + c.text() + "'", "e.g. count: 4");
            }
            if (n < 0) {
                ok = false;
            } else if (fd.code != null && (fd.code.countIsLength() || fd.code == FormatCode.PAD)) {
                error(countEntry.key().location(), "'count' cannot be used with type '" + t + "'",
                        "for s, p and x the number in the type is the byte length, e.g. type: 16s");
                ok = false;
            } else if (countInType) {
                error(countEntry.key().location(), label + " gives a count twice: in its type '" + t
                        + "' and in 'count'", "keep one of them");
                ok = false;
            } else {
                fd.count = n;
                fd.array = true;
            }
        }
        if (fd.code == FormatCode.PAD) {
            if (nameEntry != null) {
                error(nameEntry.key().location(), "pad bytes take no name",
                        "remove 'name', or use a byte string such as type: " + fd.count + "s");
                ok = false;
            }
        } else if (nameEntry == null) {
            error(fm.location(), label + of + " has no name", "add 'name: ...'; only pad bytes (type: 4x) have none");
            ok = false;
        } else if (nameNode != null) {
            fd.name = nameNode.text();
            names.add(nameNode);
        }
        Node.Entry doc = fm.get("doc");
        fd.doc = doc == null ? "" : doc(doc, " of " + label + of);
        return ok ? fd : null;
    }

    /** A type that is neither a record name nor a valid one-code format. */
    private void typeError(Decl r, Node.ScalarNode type, String label, FormatException e) {
        String t = type.text();
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && decls.containsKey(t.substring(digits))) {
            error(type.location(), "type '" + t + "' of " + label + ": a record type takes its count in 'count'",
                    "write type: " + t.substring(digits) + " and count: " + t.substring(0, digits));
        } else if (isIdentifier(t)) {
            String close = Suggestions.closest(t, decls.keySet());
            String hint;
            if (close != null) {
                hint = "did you mean '" + close + "'?";
            } else {
                List<String> known = new ArrayList<>(new TreeSet<>(decls.keySet()));
                String list = known.size() > 10 ? String.join(", ", known.subList(0, 10)) + ", ..."
                        : String.join(", ", known);
                hint = "records of this schema: " + list + "; or use a format code such as i";
            }
            error(type.location(), "unknown record '" + t + "' in " + label + " of record '" + r.name + "'", hint);
        } else {
            formatError(type, e, TYPE_HINT);
        }
    }

    private void checkFieldNames(Decl r, List<Node.ScalarNode> names) {
        Map<String, Node.ScalarNode> seen = new HashMap<>();
        for (Node.ScalarNode s : names) {
            Optional<NameProblem> problem = Names.checkField(s.text());
            if (problem.isPresent()) {
                NameProblem p = problem.get();
                error(src.at(s, p.position()), p.message(), p.hint());
                r.broken = true;
                continue;
            }
            Node.ScalarNode first = seen.putIfAbsent(s.text(), s);
            if (first != null) {
                error(s.location(), "duplicate field name '" + s.text() + "' in record '" + r.name + "'",
                        "it was first declared at " + lineColumn(first.location()));
                r.broken = true;
            }
        }
    }

    // ---------------------------------------------------------------- pass 2: nesting order and cycles

    /**
     * Walks the nesting graph depth-first (iteratively: a long chain of records must not overflow the stack),
     * reporting each cycle once and recording records in an order where nested records come first.
     */
    private void orderAndFindCycles() {
        Map<Decl, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Decl root : decls.values()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<Decl> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(root);
            next.push(0);
            state.put(root, 1);
            while (!path.isEmpty()) {
                Decl d = path.peek();
                int i = next.pop();
                List<FieldDecl> fields = d.fields == null ? List.of() : d.fields;
                if (i == fields.size()) {
                    path.pop();
                    state.put(d, 2);
                    finished.add(d);
                    continue;
                }
                next.push(i + 1);
                FieldDecl fd = fields.get(i);
                Decl target = fd.ref == null ? null : decls.get(fd.ref);
                if (target == null) {
                    continue;
                }
                Integer s = state.get(target);
                if (s == null) {
                    state.put(target, 1);
                    path.push(target);
                    next.push(0);
                } else if (s == 1) {
                    reportCycle(path, target, reported);
                }
            }
        }
    }

    private void reportCycle(Deque<Decl> path, Decl target, Set<String> reported) {
        // path is a stack: its first element is the deepest record; the cycle runs target -> ... -> deepest.
        List<Decl> cycle = new ArrayList<>();
        for (Decl d : path) {
            cycle.add(0, d);
            if (d == target) {
                break;
            }
        }
        // Start the cycle at the record declared first, so each cycle is reported once, the same way.
        List<Decl> declared = new ArrayList<>(decls.values());
        int start = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (declared.indexOf(cycle.get(i)) < declared.indexOf(cycle.get(start))) {
                start = i;
            }
        }
        List<Decl> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
        rotated.addAll(cycle.subList(0, start));
        StringBuilder names = new StringBuilder();
        for (Decl d : rotated) {
            names.append(d.name).append(" -> ");
        }
        names.append(rotated.get(0).name);
        for (Decl d : rotated) {
            d.broken = true;
        }
        if (!reported.add(names.toString())) {
            return;
        }
        Decl first = rotated.get(0);
        Decl second = rotated.size() > 1 ? rotated.get(1) : first;
        Location at = first.key.location();
        for (FieldDecl fd : first.fields) {
            if (second.name.equals(fd.ref)) {
                at = fd.typeNode.location();
                break;
            }
        }
        String message = rotated.size() == 1 ? "record '" + first.name + "' contains itself: " + names
                : "records nest each other in a cycle: " + names;
        error(at, message, "a record cannot contain itself, directly or through other records");
    }

    // ---------------------------------------------------------------- pass 3: build

    private void buildTypedRecords() {
        Map<Decl, Integer> depth = new HashMap<>();
        records:
        for (Decl d : finished) {
            if (d.record != null) {
                depth.put(d, depth(d.record));
            }
            if (d.fields == null || d.broken) {
                continue;
            }
            int deepest = 0;
            for (FieldDecl fd : d.fields) {
                if (fd.ref != null) {
                    deepest = Math.max(deepest, depth.getOrDefault(decls.get(fd.ref), 0));
                }
            }
            if (deepest + 1 > MAX_NESTING) {
                error(d.key.location(), "record '" + d.name + "' nests records " + (deepest + 1)
                        + " levels deep (the limit is " + MAX_NESTING + ")", "flatten the nesting");
                d.broken = true;
                continue;
            }
            depth.put(d, deepest + 1);
            Record.Builder b = Record.builder(d.name).doc(d.doc).location(d.key.location()).mode(d.mode);
            try {
                for (FieldDecl fd : d.fields) {
                    if (fd.ref != null) {
                        Record nested = decls.get(fd.ref).record;
                        if (nested == null) {
                            continue records; // the nested record failed and said why; this one cannot be built
                        }
                        b.add(fd.name, fd.doc, null, nested, fd.count, fd.array, d.mode, fd.where);
                    } else if (fd.code == FormatCode.PAD) {
                        b.add(null, null, FormatCode.PAD, null, fd.count, false, fd.mode, fd.where);
                    } else {
                        b.add(fd.name, fd.doc, fd.code, null, fd.count, fd.array, fd.mode, fd.where);
                    }
                }
                d.record = b.build();
            } catch (FormatException e) {
                layoutError(d, e);
            }
        }
    }

    /** How many levels of records a record is: 1 when it nests none. */
    private static int depth(Record r) {
        int deepest = 0;
        for (Member m : r.members()) {
            if (m.isRecord()) {
                deepest = Math.max(deepest, depth(m.record()));
            }
        }
        return deepest + 1;
    }

    /** Nested records of PEP 3118 formats get generated names, which must not clash with any other record. */
    private void checkGeneratedNames() {
        Map<String, String> owner = new HashMap<>();
        Map<String, String> lower = new HashMap<>();
        for (Decl d : decls.values()) {
            owner.put(d.name, "the record declared at " + lineColumn(d.key.location()));
            lower.put(d.name.toLowerCase(Locale.ROOT), d.name);
        }
        for (Decl d : decls.values()) {
            if (d.pepFormat == null || d.record == null) {
                continue;
            }
            Map<Record, Location> holders = new IdentityHashMap<>();
            holders(d.record, holders);
            for (Record nested : d.record.dependencies()) {
                String n = nested.name();
                Location at = holders.getOrDefault(nested, d.pepFormat.location());
                String taken = owner.get(n);
                String other = lower.get(n.toLowerCase(Locale.ROOT));
                String why = "the PEP 3118 format of record '" + d.name + "' names the type of this nested struct '"
                        + n + "'";
                if (taken != null) {
                    error(at, why + ", which is already taken by " + taken,
                            "rename that record, or this field, after which the type is named");
                } else if (other != null) {
                    error(at, why + ", which differs only in case from record '" + other + "'",
                            "their .java files would collide on case-insensitive file systems; rename one");
                } else {
                    owner.put(n, "a nested struct of record '" + d.name + "'");
                    lower.put(n.toLowerCase(Locale.ROOT), n);
                }
            }
        }
    }

    /**
     * Notes the location of the first field (depth first) that holds each nested record, in one walk of the
     * record tree: searching the tree once per nested record would be quadratic in the number of structs.
     */
    private static void holders(Record r, Map<Record, Location> out) {
        for (Member m : r.members()) {
            if (m.isRecord()) {
                boolean first = !out.containsKey(m.record());
                m.location().ifPresent(l -> out.putIfAbsent(m.record(), l));
                if (first) {
                    holders(m.record(), out);
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Reports unknown keys (with the closest known key) and duplicate keys of a mapping. */
    private void checkKeys(Node.MapNode m, List<String> known, String where) {
        Map<String, Node.ScalarNode> seen = new HashMap<>();
        for (Node.Entry e : m.entries()) {
            String k = e.key().text();
            if (!known.contains(k)) {
                String close = Suggestions.closest(k, known);
                error(e.key().location(), "unknown key '" + k + "'" + where, close != null
                        ? "did you mean '" + close + "'?" : "known keys here: " + String.join(", ", known));
            } else {
                Node.ScalarNode first = seen.putIfAbsent(k, e.key());
                if (first != null) {
                    error(e.key().location(), "duplicate key '" + k + "'" + where,
                            "it was first given at " + lineColumn(first.location()));
                }
            }
        }
    }

    /** The scalar value of an entry, or null after reporting that it is empty or not a scalar. */
    private Node.ScalarNode scalar(Node.Entry e, String what, String in, String example) {
        Node v = e.value();
        if (v instanceof Node.ScalarNode && ((Node.ScalarNode) v).type() != Node.Type.NULL) {
            return (Node.ScalarNode) v;
        }
        if (v instanceof Node.ScalarNode) {
            // 'format: !HHI' is a YAML tag on an empty value: say so rather than only "empty".
            String quote = src.json() ? null : YamlHints.quoteHint(src.line(e.key().location().line()));
            error(e.key().location(), "'" + what + "'" + in + " is empty", quote != null ? quote : example);
        } else {
            error(v.location(), "'" + what + "'" + in + " must be a string, not " + v.describe(), example);
        }
        return null;
    }

    private String doc(Node.Entry e, String in) {
        Node v = e.value();
        if (v instanceof Node.ScalarNode) {
            return ((Node.ScalarNode) v).type() == Node.Type.NULL ? "" : ((Node.ScalarNode) v).text();
        }
        error(v.location(), "'doc'" + in + " must be a string, not " + v.describe(),
                "quote it, or use a block scalar: doc: |");
        return "";
    }

    private void formatError(Node.ScalarNode node, FormatException e, String hint) {
        Location at = e.position().isPresent() ? src.at(node, e.position().getAsInt()) : node.location();
        error(at, e.getMessage(), hint);
    }

    private void layoutError(Decl r, FormatException e) {
        error(r.key.location(), "record '" + r.name + "' cannot be laid out: " + e.getMessage(),
                "make the counts smaller");
        r.broken = true;
    }

    private void error(Location at, String message, String hint) {
        diagnostics.error(at, message, hint);
    }

    private static Mode mode(String s) {
        switch (s) {
            case "native":
                return Mode.NATIVE;
            case "little":
                return Mode.LITTLE_ENDIAN;
            case "big":
                return Mode.BIG_ENDIAN;
            case "network":
                return Mode.NETWORK;
            default:
                return s.length() == 1 ? Mode.ofPrefix(s.charAt(0)) : null;
        }
    }

    /** Parses a count: decimal digits only, at most {@link Integer#MAX_VALUE}; -1 otherwise. */
    private static long count(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long n = Long.parseLong(s);
        return n > Integer.MAX_VALUE ? -1 : n;
    }

    private static boolean isOneCode(String t) {
        try {
            return Format.parse(t).fields().size() == 1;
        } catch (FormatException e) {
            return false;
        }
    }

    private static boolean isIdentifier(String t) {
        if (t.isEmpty() || !Character.isJavaIdentifierStart(t.charAt(0))) {
            return false;
        }
        return t.chars().allMatch(Character::isJavaIdentifierPart);
    }

    private static String lineColumn(Location l) {
        return l.line() + ":" + l.column();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private static String quote(String s) {
        return FormatText.quote(s);
    }
}
