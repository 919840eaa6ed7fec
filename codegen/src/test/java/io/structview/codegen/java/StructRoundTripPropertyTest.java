package io.structview.codegen.java;

import static io.structview.codegen.SeededTries.intBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.codegen.SeededTries;

import io.structview.Struct;
import io.structview.schema.FormatCode;
import io.structview.schema.Kind;
import io.structview.schema.Member;
import io.structview.schema.Mode;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import io.structview.schema.Signedness;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated accessors and CPython-exact {@link Struct} agree, over random schemas: random codes in random
 * modes (native and the four standard ones, mixed within a record), arrays, byte and Pascal strings, padding, and
 * records nested in records, alone and in arrays, at aligned and unaligned places.
 *
 * <p>Each try generates and compiles the schema's classes, then for every record: packs random values into each
 * leaf field with {@code Struct.packInto} and reads them back with the generated getters (instance and static);
 * writes the same values with the generated setters into a second, zeroed segment and requires it to be
 * byte-identical to the first and to unpack to the same values with {@code Struct.unpackFrom}. Records are
 * wrapped at random, mostly unaligned offsets of heap and native segments.
 */
class StructRoundTripPropertyTest {
    private static final String PACKAGE = "gen";

    /** What the tries covered; checked after the property so that a generator change cannot hide a gap. */
    private final Set<String> covered = new TreeSet<>();

    /** One member as drawn: a value, padding, or a nested record chosen among the earlier records. */
    record MemberSpec(int kind, FormatCode code, Mode mode, boolean array, int count, int nestedChoice) {}

    record RecordSpec(Mode defaultMode, List<MemberSpec> members) {}

    /** One step from a record to a member: its getter's name, and the element index for arrays (-1 if none). */
    record Step(String name, int index) {}

    /** A field with a format code, reached from a root record through nested records. */
    record Leaf(List<Step> path, Member member, long offset) {}

    private static final List<FormatCode> CODES =
            Arrays.stream(FormatCode.values()).filter(c -> c != FormatCode.PAD).toList();

    /** One to three records of up to 12 members each. */
    static List<RecordSpec> schema(Random r) {
        List<RecordSpec> records = new ArrayList<>();
        int n = intBetween(r, 1, 3);
        for (int i = 0; i < n; i++) {
            Mode defaultMode = mode(r);
            List<MemberSpec> members = new ArrayList<>();
            int m = intBetween(r, 0, 12);
            for (int j = 0; j < m; j++) {
                members.add(member(r));
            }
            records.add(new RecordSpec(defaultMode, members));
        }
        return records;
    }

    /** A value (10 in 14), padding (1 in 14) or a nested record (3 in 14); an array one time in four. */
    private static MemberSpec member(Random r) {
        int k = r.nextInt(14);
        int kind = k < 10 ? 0 : k < 11 ? 1 : 2;
        return new MemberSpec(kind, CODES.get(r.nextInt(CODES.size())), mode(r), r.nextInt(4) == 0,
                intBetween(r, 0, 12), intBetween(r, 0, 1000));
    }

    /** Native half the time, so that every code is drawn in both kinds of mode in a run with near certainty. */
    private static Mode mode(Random r) {
        int k = r.nextInt(8);
        return switch (k) {
            case 4 -> Mode.NATIVE_ORDER;
            case 5 -> Mode.LITTLE_ENDIAN;
            case 6 -> Mode.BIG_ENDIAN;
            case 7 -> Mode.NETWORK;
            default -> Mode.NATIVE;
        };
    }

    @Test
    void generatedAccessorsAgreeWithStruct() {
        SeededTries.run("generatedAccessorsAgreeWithStruct", 100, t -> generatedAccessorsAgreeWithStruct(
                t.draw("schema", schema(t.random())), new Random(t.draw("value seed", t.random().nextLong()))));
        everyCodeModeAndShapeWasCovered();
    }

    private void generatedAccessorsAgreeWithStruct(List<RecordSpec> specs, Random random) throws Exception {
        List<Record> records = build(specs);
        ClassLoader loader = InMemoryCompiler.compileQuick(JavaEmitter.emit(new Schema(PACKAGE, records, null)));
        try (Arena arena = Arena.ofConfined()) {
            for (Record record : records) {
                Class<?> type = loader.loadClass(PACKAGE + "." + record.name());
                checkLayouts(type, record);
                checkRecord(type, record, random, arena);
            }
        }
    }

    /** What the tries covered, checked after them so that a generator change cannot hide a gap. */
    private void everyCodeModeAndShapeWasCovered() {
        List<String> expected = new ArrayList<>();
        for (FormatCode c : FormatCode.values()) {
            if (c != FormatCode.PAD) {
                expected.add("native " + c.code());
                if (c.validIn(Mode.LITTLE_ENDIAN)) {
                    expected.add("standard " + c.code());
                }
            }
        }
        expected.addAll(List.of("array", "empty array", "string", "pascal", "padding", "nested", "nested array",
                "nested unaligned", "nested twice", "heap segment", "native segment"));
        assertThat(covered).containsAll(expected);
    }

    // ------------------------------------------------------------------ building random schemas

    private List<Record> build(List<RecordSpec> specs) {
        List<Record> built = new ArrayList<>();
        for (int r = 0; r < specs.size(); r++) {
            RecordSpec spec = specs.get(r);
            Record.Builder b = Record.builder("R" + r).mode(spec.defaultMode());
            int n = 0;
            for (MemberSpec m : spec.members()) {
                String name = "f" + n++;
                if (m.kind() == 1) {
                    b.padding(m.count() % 4);
                    covered.add("padding");
                } else if (m.kind() == 2 && r > 0) {
                    Record nested = built.get(m.nestedChoice() % r);
                    long count = m.array() ? m.count() % 4 : 1;
                    b.add(name, null, null, nested, count, m.array(), m.mode(), null);
                    covered.add(m.array() ? "nested array" : "nested");
                    if (nested.members().stream().anyMatch(Member::isRecord)) {
                        covered.add("nested twice");
                    }
                } else {
                    FormatCode code = m.code();
                    Mode mode = code.validIn(m.mode()) ? m.mode() : Mode.NATIVE;
                    long count = 1;
                    boolean array = false;
                    if (code.kind() == Kind.PASCAL) {
                        // CPython cannot unpack '0p' (it reads the length byte of a zero-byte field).
                        count = 1 + m.count() % 8;
                        covered.add("pascal");
                    } else if (code.kind() == Kind.STRING) {
                        count = m.count() % 9;
                        covered.add("string");
                    } else if (m.array()) {
                        array = true;
                        count = m.count() % 5;
                        covered.add(count == 0 ? "empty array" : "array");
                    }
                    b.add(name, null, code, null, count, array, mode, null);
                    covered.add((mode.standard() ? "standard " : "native ") + code.code());
                }
            }
            built.add(b.build());
        }
        return built;
    }

    private static void leaves(Record r, long base, List<Step> prefix, List<Leaf> out) {
        for (Member m : r.members()) {
            if (m.isPadding()) {
                continue;
            }
            if (m.isRecord()) {
                for (int i = 0; i < (m.isArray() ? m.count() : 1); i++) {
                    List<Step> path = new ArrayList<>(prefix);
                    path.add(new Step(m.name(), m.isArray() ? i : -1));
                    leaves(m.record(), base + m.offset() + i * m.elementSize(), path, out);
                }
            } else {
                List<Step> path = new ArrayList<>(prefix);
                path.add(new Step(m.name(), -1));
                out.add(new Leaf(path, m, base + m.offset()));
            }
        }
    }

    // ------------------------------------------------------------------ the checks

    private void checkLayouts(Class<?> type, Record record) throws ReflectiveOperationException {
        StructLayout layout = (StructLayout) type.getField("LAYOUT").get(null);
        assertThat(type.getField("SIZE").getLong(null)).isEqualTo(record.size());
        assertThat(type.getField("ALIGNMENT").getLong(null)).isEqualTo(record.alignment());
        assertThat(layout.byteSize()).isEqualTo(record.size());
        assertThat(layout.byteAlignment()).isEqualTo(record.alignment());
        assertThat(layout.name()).contains(record.name());
        for (Member m : record.members()) {
            if (m.isPadding()) {
                continue;
            }
            assertThat(layout.byteOffset(MemoryLayout.PathElement.groupElement(m.name())))
                    .as("offset of %s.%s", record.name(), m.name())
                    .isEqualTo(m.offset());
            assertThat(type.getField(Names.constant(m.name()) + "_OFFSET").getLong(null)).isEqualTo(m.offset());
            if (m.isRecord() && m.record().alignment() > 1
                    && (m.alignment() < m.record().alignment()
                            || m.isArray() && m.record().size() % m.record().alignment() != 0)) {
                covered.add("nested unaligned");
            }
        }
        if (record.alignment() > 1) {
            StructLayout unaligned = (StructLayout) type.getField("LAYOUT_UNALIGNED").get(null);
            assertThat(unaligned.byteSize()).isEqualTo(record.size());
            assertThat(unaligned.byteAlignment()).isEqualTo(1);
        }
    }

    private void checkRecord(Class<?> type, Record record, Random random, Arena arena) throws Exception {
        List<Leaf> leaves = new ArrayList<>();
        leaves(record, 0, List.of(), leaves);
        List<Object[]> values = new ArrayList<>();
        for (Leaf leaf : leaves) {
            values.add(randomValues(leaf.member(), random));
        }
        long base = random.nextInt(9);
        boolean heap = random.nextBoolean();
        covered.add(heap ? "heap segment" : "native segment");
        MemorySegment packed = segment(heap, base + record.size(), arena);
        MemorySegment set = segment(heap, base + record.size(), arena);

        // Struct writes, the generated getters read.
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            Struct.of(format(leaf.member())).packInto(packed, base + leaf.offset(), values.get(i));
        }
        Object root = wrap(type, packed, base);
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            Object owner = navigate(root, leaf.path());
            String where = record.name() + "." + leaf.path();
            assertReads(owner, leaf.member(), values.get(i), where);
            if (leaf.path().size() == 1) {
                assertStaticReads(type, packed, base, leaf.member(), values.get(i), where);
            }
        }

        // The generated setters write, Struct reads; the bytes equal Struct's own.
        Object target = wrap(type, set, base);
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            boolean statically = leaf.path().size() == 1 && random.nextBoolean();
            if (statically) {
                writeStatic(type, set, base, leaf.member(), values.get(i));
            } else {
                write(navigate(target, leaf.path()), leaf.member(), values.get(i));
            }
        }
        assertThat(set.mismatch(packed)).as("first differing byte of %s written by setters", record.name())
                .isEqualTo(-1L);
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            Object[] unpacked = Struct.of(format(leaf.member())).unpackFrom(set, base + leaf.offset());
            assertSameValues(unpacked, values.get(i), record.name() + "." + leaf.path());
        }

        // copyFrom copies every byte; toString reads every field without failing.
        MemorySegment copy = segment(heap, base + record.size(), arena);
        Object copied = wrap(type, copy, base);
        type.getMethod("copyFrom", type).invoke(copied, root);
        assertThat(copy.mismatch(packed)).isEqualTo(-1L);
        assertThat(root.toString()).startsWith(record.name() + "[");
    }

    private static MemorySegment segment(boolean heap, long size, Arena arena) {
        return heap ? MemorySegment.ofArray(new byte[(int) size]) : arena.allocate(size, 1);
    }

    private static Object wrap(Class<?> type, MemorySegment segment, long offset) throws ReflectiveOperationException {
        Object flyweight = type.getConstructor().newInstance();
        return type.getMethod("wrap", MemorySegment.class, long.class).invoke(flyweight, segment, offset);
    }

    private static Object navigate(Object root, List<Step> path) throws ReflectiveOperationException {
        Object current = root;
        for (Step step : path.subList(0, path.size() - 1)) {
            current = step.index() < 0
                    ? current.getClass().getMethod(step.name()).invoke(current)
                    : current.getClass().getMethod(step.name(), int.class).invoke(current, step.index());
        }
        return current;
    }

    /** The one-field struct format that packs a leaf in its own mode. */
    private static String format(Member m) {
        boolean counted = m.isArray() || m.code().countIsLength();
        return m.mode().prefix() + (counted ? Long.toString(m.count()) : "") + m.code().code();
    }

    private void assertReads(Object owner, Member m, Object[] expected, String where) throws Exception {
        Class<?> type = owner.getClass();
        String name = m.name();
        if (m.code().countIsLength()) {
            byte[] bytes = (byte[]) expected[0];
            MemorySegment slice = (MemorySegment) type.getMethod(name).invoke(owner);
            assertThat(slice.byteSize()).isEqualTo(m.count());
            String text = (String) type.getMethod(name + "String", java.nio.charset.Charset.class)
                    .invoke(owner, StandardCharsets.ISO_8859_1);
            assertThat(text).as(where).isEqualTo(expectedString(m, bytes));
            if (m.code().kind() == Kind.STRING) {
                assertThat(slice.toArray(ValueLayout.JAVA_BYTE)).as(where).isEqualTo(bytes);
            }
            return;
        }
        for (int i = 0; i < expected.length; i++) {
            Object got = m.isArray()
                    ? type.getMethod(name, int.class).invoke(owner, i)
                    : type.getMethod(name).invoke(owner);
            assertSameValue(got, expected[i], m, where + (m.isArray() ? "[" + i + "]" : ""));
        }
        if (m.isArray()) {
            assertThat(type.getMethod(name + "Length").invoke(owner)).isEqualTo((int) m.count());
            assertIndexOutOfBounds(() -> type.getMethod(name, int.class).invoke(owner, (int) m.count()));
            assertIndexOutOfBounds(() -> type.getMethod(name, int.class).invoke(owner, -1));
        }
    }

    private void assertStaticReads(Class<?> type, MemorySegment segment, long base, Member m, Object[] expected,
            String where) throws Exception {
        if (m.code().countIsLength()) {
            String text = (String) type.getMethod(m.name() + "String", MemorySegment.class, long.class,
                    java.nio.charset.Charset.class).invoke(null, segment, base, StandardCharsets.ISO_8859_1);
            assertThat(text).as(where).isEqualTo(expectedString(m, (byte[]) expected[0]));
            return;
        }
        for (int i = 0; i < expected.length; i++) {
            Object got = m.isArray()
                    ? type.getMethod(m.name(), MemorySegment.class, long.class, int.class).invoke(null, segment, base, i)
                    : type.getMethod(m.name(), MemorySegment.class, long.class).invoke(null, segment, base);
            assertSameValue(got, expected[i], m, where);
        }
    }

    /** An {@code s} string holding a NUL cannot be written as text: reading it back would stop there. */
    private static boolean refusesNul(Member m, byte[] bytes) {
        if (m.code().kind() != Kind.STRING) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String expectedString(Member m, byte[] bytes) {
        int end = 0;
        if (m.code().kind() == Kind.PASCAL) {
            end = bytes.length;
        } else {
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static void write(Object owner, Member m, Object[] values) throws Exception {
        Class<?> type = owner.getClass();
        if (m.code().countIsLength()) {
            byte[] bytes = (byte[]) values[0];
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            var setter = type.getMethod(m.name() + "String", String.class, java.nio.charset.Charset.class);
            if (refusesNul(m, bytes)) {
                // Reading would stop at the NUL, so the string setter refuses it; the byte copy writes it.
                assertThatThrownBy(() -> setter.invoke(owner, text, StandardCharsets.ISO_8859_1))
                        .hasCauseInstanceOf(IllegalArgumentException.class);
                type.getMethod("copy" + capitalized(m.name()) + "From", byte[].class, int.class)
                        .invoke(owner, bytes, 0);
                return;
            }
            setter.invoke(owner, text, StandardCharsets.ISO_8859_1);
            return;
        }
        Class<?> javaType = m.code().accessorType(m.mode());
        for (int i = 0; i < values.length; i++) {
            Object arg = javaValue(values[i], m, javaType);
            Object result = m.isArray()
                    ? type.getMethod(m.name(), int.class, javaType).invoke(owner, i, arg)
                    : type.getMethod(m.name(), javaType).invoke(owner, arg);
            assertThat(result).as("setters return this").isSameAs(owner);
        }
    }

    private static void writeStatic(Class<?> type, MemorySegment segment, long base, Member m, Object[] values)
            throws Exception {
        if (m.code().countIsLength()) {
            byte[] bytes = (byte[]) values[0];
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            var setter = type.getMethod(m.name() + "String", MemorySegment.class, long.class, String.class,
                    java.nio.charset.Charset.class);
            if (refusesNul(m, bytes)) {
                assertThatThrownBy(() -> setter.invoke(null, segment, base, text, StandardCharsets.ISO_8859_1))
                        .hasCauseInstanceOf(IllegalArgumentException.class);
                // Only top-level leaves are written statically: the member's offset is the leaf's.
                MemorySegment.copy(MemorySegment.ofArray(bytes), 0, segment, base + m.offset(), bytes.length);
                return;
            }
            setter.invoke(null, segment, base, text, StandardCharsets.ISO_8859_1);
            return;
        }
        Class<?> javaType = m.code().accessorType(m.mode());
        for (int i = 0; i < values.length; i++) {
            Object arg = javaValue(values[i], m, javaType);
            if (m.isArray()) {
                type.getMethod(m.name(), MemorySegment.class, long.class, int.class, javaType)
                        .invoke(null, segment, base, i, arg);
            } else {
                type.getMethod(m.name(), MemorySegment.class, long.class, javaType).invoke(null, segment, base, arg);
            }
        }
    }

    /** The value a setter takes for a value that {@code Struct} packs. */
    private static Object javaValue(Object value, Member m, Class<?> javaType) {
        if (value instanceof byte[] b) {
            return b[0];
        }
        if (value instanceof Long l) {
            if (javaType == byte.class) {
                return (byte) (long) l;
            } else if (javaType == short.class) {
                return (short) (long) l;
            } else if (javaType == int.class) {
                return (int) (long) l;
            }
            return l;
        }
        return value;
    }

    private static void assertSameValue(Object got, Object expected, Member m, String where) {
        Class<?> javaType = m.code().accessorType(m.mode());
        assertThat(got.getClass()).as(where).isEqualTo(box(javaType));
        if (expected instanceof Long l) {
            assertThat(((Number) got).longValue()).as(where).isEqualTo(l);
        } else if (expected instanceof Float f) {
            assertThat(Float.floatToRawIntBits((Float) got)).as(where).isEqualTo(Float.floatToRawIntBits(f));
        } else if (expected instanceof Double d) {
            assertThat(Double.doubleToRawLongBits((Double) got)).as(where).isEqualTo(Double.doubleToRawLongBits(d));
        } else if (expected instanceof byte[] b) {
            assertThat(got).as(where).isEqualTo(b[0]);
        } else {
            assertThat(got).as(where).isEqualTo(expected);
        }
    }

    private static void assertSameValues(Object[] got, Object[] expected, String where) {
        assertThat(got).as(where).hasSameSizeAs(expected);
        for (int i = 0; i < got.length; i++) {
            Object e = expected[i];
            Object g = got[i];
            if (e instanceof Float f) {
                assertThat(Float.floatToRawIntBits((Float) g)).as(where).isEqualTo(Float.floatToRawIntBits(f));
            } else if (e instanceof Double d) {
                assertThat(Double.doubleToRawLongBits((Double) g)).as(where).isEqualTo(Double.doubleToRawLongBits(d));
            } else if (e instanceof byte[] b) {
                assertThat((byte[]) g).as(where).isEqualTo(b);
            } else {
                assertThat(g).as(where).isEqualTo(e);
            }
        }
    }

    private static Class<?> box(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }

    private static void assertIndexOutOfBounds(ThrowingCall call) {
        try {
            call.run();
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).isInstanceOf(IndexOutOfBoundsException.class);
            return;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected IndexOutOfBoundsException");
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws ReflectiveOperationException;
    }

    // ------------------------------------------------------------------ random values as Struct packs them

    /** Values for one leaf as {@code Struct.pack} takes them (and {@code unpack} returns them). */
    private static Object[] randomValues(Member m, Random random) {
        FormatCode code = m.code();
        if (code.kind() == Kind.STRING) {
            byte[] b = new byte[(int) m.count()];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? 0 : (byte) random.nextInt(256);
            }
            return new Object[] {b};
        }
        if (code.kind() == Kind.PASCAL) {
            byte[] b = new byte[random.nextInt((int) m.count())];
            random.nextBytes(b);
            return new Object[] {b};
        }
        Object[] values = new Object[(int) (m.isArray() ? m.count() : 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = randomValue(code, m.mode(), random);
        }
        return values;
    }

    private static Object randomValue(FormatCode code, Mode mode, Random random) {
        switch (code.kind()) {
            case CHAR:
                return new byte[] {(byte) random.nextInt(256)};
            case BOOL:
                return random.nextBoolean();
            case FLOAT:
                return randomFloat(code, mode, random);
            default:
                return randomInteger(code, mode, random);
        }
    }

    private static Object randomFloat(FormatCode code, Mode mode, Random random) {
        int size = code.size(mode);
        if (size == 2) {
            short bits;
            do {
                bits = (short) random.nextInt(1 << 16);
            } while ((bits & 0x7c00) == 0x7c00 && (bits & 0x3ff) != 0);
            return Float.float16ToFloat(bits);
        } else if (size == 4) {
            float f;
            do {
                f = Float.intBitsToFloat(random.nextInt());
            } while (Float.isNaN(f));
            return f;
        }
        double d;
        do {
            d = Double.longBitsToDouble(random.nextLong());
        } while (Double.isNaN(d));
        return d;
    }

    private static Long randomInteger(FormatCode code, Mode mode, Random random) {
        int bits = 8 * code.size(mode);
        if (bits == 64) {
            // Struct takes a Long as the bit pattern for the unsigned 64-bit codes, as generated setters do.
            long[] edges = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1};
            return random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
        }
        long min = code.min(mode).longValueExact();
        long max = code.max(mode).longValueExact();
        if (code.signedness() == Signedness.POINTER) {
            min = 0;
        }
        int pick = random.nextInt(6);
        if (pick == 0) {
            return min;
        } else if (pick == 1) {
            return max;
        }
        return min + Math.floorMod(random.nextLong(), max - min + 1);
    }
}
