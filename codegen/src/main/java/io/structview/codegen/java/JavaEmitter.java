package io.structview.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.structview.schema.Location;
import io.structview.schema.Member;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Schema} into Java source: one {@code public final} flyweight class per record, reading and
 * writing the record's fields straight through a {@code java.lang.foreign.MemorySegment} (the generated code needs
 * JDK 22 or later).
 *
 * <p>Each class has {@code SIZE}, {@code ALIGNMENT} and a {@code StructLayout LAYOUT}; per field a
 * {@code static final} offset and value layout, a getter and a fluent setter typed by the format code, and
 * jextract-style static accessors; {@code wrap}, {@code allocate}, a {@code Cursor} over arrays of records,
 * {@code copyFrom} and {@code toString}. Records nested by other records are generated too, even when the schema
 * does not list them.
 *
 * <p>The output depends only on the schema (no dates, no absolute paths): the same schema gives byte-identical
 * files, so generated sources can be committed and diffed.
 */
public final class JavaEmitter {
    /**
     * The most members one generated class holds, counting arrays and nested records twice. Past it the class's
     * static initializer and {@code toString} exceed the JVM's 64 KiB of bytecode per method and javac stops
     * with "code too large" (measured: 2,000 mixed members and 1,000 arrays compile; 3,000 mixed members and
     * 1,300 arrays do not), so such a record is refused here rather than emitted as a file nobody can compile.
     */
    static final int MAX_CLASS_WEIGHT = 2_000;
    private JavaEmitter() {}

    /**
     * Generates the sources of every record in a schema, and of records they nest.
     *
     * @param schema the schema
     * @return one file per record, in the schema's record order, nested records not listed in the schema last
     * @throws EmitException if a name is not a Java identifier or clashes, listing every problem
     */
    public static List<GeneratedFile> emit(Schema schema) {
        String packageName = schema.packageName() == null ? "" : schema.packageName();
        List<Record> records = closure(schema);
        List<String> problems = validate(schema, packageName, records);
        if (!problems.isEmpty()) {
            throw new EmitException(problems);
        }
        Set<String> emitted = new LinkedHashSet<>();
        List<GeneratedFile> files = new ArrayList<>();
        for (Record r : records) {
            if (!emitted.add(r.name())) {
                continue; // the same record built twice; validate() made sure the copies agree
            }
            RecordEmitter emitter = new RecordEmitter(packageName, r);
            TypeSpec type = emitter.emit();
            JavaFile.Builder file = JavaFile.builder(packageName, type)
                    .indent("    ")
                    .skipJavaLangImports(true)
                    .addFileComment("$L", fileComment(schema));
            ClassName byteOrder = RecordEmitter.BYTE_ORDER;
            for (String order : emitter.byteOrders()) {
                file.addStaticImport(byteOrder, order);
            }
            String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + r.name() + ".java";
            files.add(new GeneratedFile(path, file.build().toString()));
        }
        return List.copyOf(files);
    }

    /**
     * Generates a schema's sources and writes them under {@code outputDir}; see {@link #write}.
     *
     * @param schema the schema
     * @param outputDir the source root, such as {@code target/generated-sources/structview}
     * @return the files written, leaving out those whose content was already identical
     * @throws EmitException if the schema cannot be generated; nothing is written then
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeTo(Schema schema, Path outputDir) throws IOException {
        return write(emit(schema), outputDir);
    }

    /**
     * Writes generated files under {@code outputDir}, all or nothing (see {@link SourceWriter}). Every target is
     * checked before the first write; each file is written to a temporary file beside it and moved into place once
     * all are complete, so a reader never sees half a file, and a failing write rolls back what the call changed. A
     * file whose content is already identical is left alone (its timestamp too, so incremental builds stay
     * incremental).
     *
     * @param files the files, from {@link #emit}
     * @param outputDir the source root
     * @return the files written, leaving out those whose content was already identical
     * @throws IllegalArgumentException if a file's path would leave {@code outputDir}, also through a symbolic link;
     *     checked for every file before anything is written
     * @throws FileAlreadyExistsException if a target path holds a file this generator did not write (see
     *     {@link SourceWriter#isGenerated(String)}), a symbolic link or a directory; checked for every file before
     *     anything is written
     * @throws IOException if a folder or file cannot be written (checked first where it can be; otherwise what was
     *     written is rolled back)
     */
    public static List<Path> write(List<GeneratedFile> files, Path outputDir) throws IOException {
        return SourceWriter.write(files, outputDir);
    }

    private static String fileComment(Schema schema) {
        String source = schema.source();
        if (source == null || source.isBlank()) {
            return "Generated by StructView (io.structview.codegen). Do not edit.";
        }
        // Only the file name: an absolute path would make the output differ between machines.
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return "Generated by StructView (io.structview.codegen) from " + name + ". Do not edit.";
    }

    /** The schema's records, then records nested by them that the schema does not list, in first-use order. */
    /**
     * Checks records as {@link #emit} would, without emitting: for the records a schema file declared correctly
     * when other parts of it have problems, so that one run reports every problem of the file.
     *
     * @param records the records (their nested records are checked too)
     * @return the problems, each {@code file:line:column: error: message (hint)}, or empty
     */
    public static List<String> check(List<Record> records) {
        return validateRecords(closure(records));
    }

    private static List<Record> closure(Schema schema) {
        return closure(schema.records());
    }

    private static List<Record> closure(List<Record> roots) {
        Map<Record, Boolean> seen = new java.util.IdentityHashMap<>();
        List<Record> out = new ArrayList<>();
        for (Record r : roots) {
            if (seen.put(r, Boolean.TRUE) == null) {
                out.add(r);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            for (Member m : out.get(i).members()) {
                if (m.isRecord() && seen.put(m.record(), Boolean.TRUE) == null) {
                    out.add(m.record());
                }
            }
        }
        return out;
    }

    private static List<String> validate(Schema schema, String packageName, List<Record> records) {
        List<String> problems = new ArrayList<>();
        if (!Names.isPackageName(packageName)) {
            problems.add(problem(Optional.empty(), "package '" + packageName + "' is not a Java package name"
                    + " (hint: dot-separated Java identifiers, none of them a keyword)"));
        }
        problems.addAll(validateRecords(records));
        return problems;
    }

    private static List<String> validateRecords(List<Record> records) {
        List<String> problems = new ArrayList<>();
        Map<String, Record> byName = new HashMap<>();
        Map<String, Record> byFileName = new HashMap<>();
        for (Record r : records) {
            Optional<Location> where = r.location();
            String name = r.name();
            if (!Names.isTypeName(name)) {
                problems.add(problem(where, "record name '" + name + "' is not a Java class name"
                        + " (hint: use a Java identifier that is not a keyword)"));
                continue;
            }
            if (name.equals(Names.CURSOR)) {
                problems.add(problem(where, "record name 'Cursor' clashes with the nested class Cursor that every"
                        + " generated class declares (hint: rename the record)"));
            }
            if (RecordEmitter.JDK_SIMPLE_NAMES.contains(name)) {
                problems.add(problem(where, "record name '" + name + "' would hide the JDK type " + name
                        + " that generated code uses (hint: rename the record)"));
            }
            Record same = byName.putIfAbsent(name, r);
            if (same != null) {
                if (!same.equals(r)) {
                    problems.add(problem(where, "two different records are named '" + name
                            + "' (hint: give nested records distinct names)"));
                }
                continue;
            }
            Record folded = byFileName.putIfAbsent(name.toLowerCase(Locale.ROOT), r);
            if (folded != null) {
                problems.add(problem(where, "record names '" + folded.name() + "' and '" + name
                        + "' differ only in case, so their files clash on case-insensitive file systems"
                        + " (hint: rename one)"));
            }
            validateMembers(r, problems);
        }
        return problems;
    }

    private static void validateMembers(Record r, List<String> problems) {
        long weight = 0;
        for (Member m : r.members()) {
            weight += m.isArray() || m.isRecord() ? 2 : 1;
        }
        if (weight > MAX_CLASS_WEIGHT) {
            problems.add(problem(r.location(), "record '" + r.name() + "' has " + r.members().size() + " members"
                    + " (weight " + weight + ", arrays and nested records counting twice); its class could not be"
                    + " compiled: the JVM limits the bytecode of one method, and at most " + MAX_CLASS_WEIGHT
                    + " fit (hint: group members into nested records, which become classes of their own)"));
            return;
        }
        Map<String, String> methods = new HashMap<>();
        Map<String, String> constants = new HashMap<>();
        for (Member m : r.members()) {
            if (m.isPadding()) {
                continue;
            }
            Optional<Location> where = m.location().or(r::location);
            String context = "record '" + r.name() + "': member '" + m.name() + "'";
            if (!Names.isIdentifier(m.name())) {
                problems.add(problem(where, context + " is not a Java identifier"
                        + " (hint: use letters, digits and '_', not starting with a digit, not a keyword)"));
                continue;
            }
            if (m.count() > Integer.MAX_VALUE) {
                problems.add(problem(where, context + " has count " + m.count() + ", more than Java arrays can index"
                        + " (" + Integer.MAX_VALUE + ")"));
            }
            for (String method : Names.methods(m)) {
                if (Names.RESERVED_METHODS.contains(method)) {
                    problems.add(problem(where, context + " would generate method " + method + "(), which every"
                            + " generated class already has (hint: rename the member)"));
                    continue;
                }
                String other = methods.putIfAbsent(method, m.name());
                if (other != null) {
                    problems.add(problem(where, context + " would generate method " + method + "(), which member '"
                            + other + "' also generates (hint: rename one of them)"));
                }
            }
            String constant = Names.constant(m.name());
            String other = constants.putIfAbsent(constant, m.name());
            if (other != null) {
                problems.add(problem(where, context + " and member '" + other + "' both map to constant names "
                        + constant + "_OFFSET... (hint: rename one of them)"));
            }
        }
    }

    private static String problem(Optional<Location> where, String message) {
        return where.map(l -> l + ": error: ").orElse("error: ") + message;
    }
}
