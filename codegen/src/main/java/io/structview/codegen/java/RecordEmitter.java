package io.structview.codegen.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.structview.schema.Kind;
import io.structview.schema.Member;
import io.structview.schema.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the flyweight class of one record. One instance per record; not reusable. */
final class RecordEmitter {
    static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
    static final ClassName MEMORY_LAYOUT = ClassName.get("java.lang.foreign", "MemoryLayout");
    static final ClassName STRUCT_LAYOUT = ClassName.get("java.lang.foreign", "StructLayout");
    static final ClassName SEGMENT_ALLOCATOR = ClassName.get("java.lang.foreign", "SegmentAllocator");
    static final ClassName VALUE_LAYOUT = Carrier.VALUE_LAYOUT;
    static final ClassName BYTE_ORDER = ClassName.get("java.nio", "ByteOrder");
    static final ClassName CHARSET = ClassName.get("java.nio.charset", "Charset");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final String GENERATOR = "io.structview.codegen";

    /**
     * JDK types the generated code refers to by simple name: a record of the same name, in the same package, would
     * shadow them, so such names are refused.
     */
    static final Set<String> JDK_SIMPLE_NAMES = Set.of(
            "MemorySegment", "MemoryLayout", "StructLayout", "SegmentAllocator", "ValueLayout", "ByteOrder",
            "Charset", "Objects", "Consumer", "Generated", "Override", "Object", "String", "StringBuilder", "Byte",
            "Short", "Integer", "Long", "Float", "Double", "Math", "Character", "IllegalArgumentException",
            "IndexOutOfBoundsException");

    private final Record record;
    private final ClassName self;
    private final ClassName cursor;
    private final TypeSpec.Builder type;
    private final Set<String> orders = new TreeSet<>();
    private boolean usesString;
    private boolean usesPascal;
    private boolean usesBytes;

    RecordEmitter(String packageName, Record record) {
        this.record = record;
        this.self = ClassName.get(packageName, record.name());
        this.cursor = self.nestedClass(Names.CURSOR);
        this.type = TypeSpec.classBuilder(self).addModifiers(PUBLIC, FINAL);
    }

    /** The static imports the class body uses: {@code ByteOrder} constants. */
    Set<String> byteOrders() {
        return orders;
    }

    TypeSpec emit() {
        type.addJavadoc(doc(0, "$L", classDoc()));
        type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
        type.addField(FieldSpec.builder(TypeName.LONG, "SIZE", PUBLIC, STATIC, FINAL)
                .addJavadoc(doc(4, "Size of one {@code $L} in bytes: {@value}. Records in an array are this far apart.\n",
                        record.name()))
                .initializer("$LL", record.size())
                .build());
        type.addField(FieldSpec.builder(TypeName.LONG, "ALIGNMENT", PUBLIC, STATIC, FINAL)
                .addJavadoc(doc(4, "Alignment of {@link #LAYOUT} in bytes: {@value}; the largest alignment a native-mode"
                        + " member needs,\n1 when every member uses a standard-size mode.\n"))
                .initializer("$LL", record.alignment())
                .build());
        for (Member m : record.members()) {
            if (!m.isPadding()) {
                memberConstants(m);
            }
        }
        type.addField(FieldSpec.builder(STRUCT_LAYOUT, "LAYOUT", PUBLIC, STATIC, FINAL)
                .addJavadoc(doc(4, "The record as a {@code StructLayout} for FFM interop ({@code Linker}, {@code VarHandle}s,"
                        + " jextract):\nmembers named as the fields, holes as explicit padding, native-mode members"
                        + " with their\nnatural alignment. The accessors do not need it.\n"))
                .initializer(structLayout(false))
                .build());
        if (record.alignment() > 1) {
            type.addField(FieldSpec.builder(STRUCT_LAYOUT, "LAYOUT_UNALIGNED", PUBLIC, STATIC, FINAL)
                    .addJavadoc(doc(4, "{@link #LAYOUT} with every alignment relaxed to 1: what an enclosing record or"
                            + " sequence uses\nwhere this record sits at an offset that is not a multiple of"
                            + " {@link #ALIGNMENT}.\n"))
                    .initializer(structLayout(true))
                    .build());
        }
        type.addField(FieldSpec.builder(MEMORY_SEGMENT, "segment", PRIVATE)
                .addJavadoc("The segment holding the record; {@code null} until {@link #wrap}.\n").build());
        type.addField(FieldSpec.builder(TypeName.LONG, "offset", PRIVATE)
                .addJavadoc("The record's byte offset in {@link #segment}.\n").build());
        for (Member m : record.members()) {
            if (m.isRecord()) {
                type.addField(FieldSpec.builder(ClassName.get(self.packageName(), m.record().name()),
                        m.name() + "View", PRIVATE)
                        .addJavadoc("The flyweight {@link $L} re-wraps; created on first use.\n", link(m))
                        .build());
            }
        }
        lifecycle();
        for (Member m : record.members()) {
            if (m.isPadding()) {
                continue;
            }
            if (m.isRecord()) {
                nestedAccessors(m);
            } else if (m.code().countIsLength()) {
                stringAccessors(m);
            } else {
                valueAccessors(m);
            }
        }
        copyFrom();
        toStringMethod();
        helpers();
        type.addType(cursorType());
        return type.build();
    }

    /** Javadoc from a JavaPoet format with {@code $L}/{@code $S} arguments, wrapped for the given indentation. */
    private static CodeBlock doc(int indent, String format, Object... args) {
        return CodeBlock.of("$L", Docs.wrap(CodeBlock.of(format, args).toString(), indent));
    }

    // ---------------------------------------------------------------- constants and layouts

    /** A Javadoc reference to a member's getter. */
    private static String link(Member m) {
        return "#" + m.name() + (m.isArray() ? "(int)" : "()");
    }

    private String constant(Member m, String suffix) {
        return Names.constant(m.name()) + "_" + suffix;
    }

    private void memberConstants(Member m) {
        type.addField(FieldSpec.builder(TypeName.LONG, constant(m, "OFFSET"), PUBLIC, STATIC, FINAL)
                .addJavadoc(doc(4, "Offset of {@link $L $L} in the record, in bytes: {@value}.\n", link(m), m.name()))
                .initializer("$LL", m.offset())
                .build());
        if (m.isArray() || (!m.isRecord() && m.code().countIsLength())) {
            String what = m.isArray() ? "Number of elements of" : "Length in bytes of";
            type.addField(FieldSpec.builder(TypeName.INT, constant(m, "LENGTH"), PUBLIC, STATIC, FINAL)
                    .addJavadoc(doc(4, "$L {@link $L $L}: {@value}.\n", what, link(m), m.name()))
                    .initializer("$L", m.count())
                    .build());
        }
        if (!m.isRecord() && !m.code().countIsLength()) {
            Access a = Access.of(m.code(), m.mode());
            if (a.size() > 1 && m.mode().standard() && m.mode().prefix() != '=') {
                orders.add(Docs.orderConstant(m.mode()));
            }
            String order = Docs.order(m.mode(), a.size());
            type.addField(FieldSpec.builder(a.carrier().layoutType(), constant(m, "LAYOUT"), PUBLIC, STATIC, FINAL)
                    .addJavadoc(doc(4, "Layout the accessors of {@link $L $L} read and write: {@code $L}, $L$L, unaligned"
                                    + " so that any segment works.\n",
                            link(m), m.name(), m.code().code(), Docs.bytes(a.size()),
                            order.isEmpty() ? "" : ", " + order))
                    .initializer(a.layoutInitializer())
                    .build());
        }
    }

    /** {@code MemoryLayout.structLayout(...)} with explicit padding for holes and {@code x} members. */
    private CodeBlock structLayout(boolean unaligned) {
        List<CodeBlock> elements = new ArrayList<>();
        long position = 0;
        long padding = 0;
        for (Member m : record.members()) {
            padding += m.offset() - position;
            position = m.offset() + m.byteSize();
            if (m.isPadding()) {
                padding += m.count();
                continue;
            }
            if (padding > 0) {
                elements.add(CodeBlock.of("$T.paddingLayout($L)", MEMORY_LAYOUT, padding));
                padding = 0;
            }
            elements.add(memberLayout(m, unaligned));
        }
        if (padding > 0) {
            elements.add(CodeBlock.of("$T.paddingLayout($L)", MEMORY_LAYOUT, padding));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$T.structLayout(", MEMORY_LAYOUT);
        if (!elements.isEmpty()) {
            b.add("\n$>$>");
            for (int i = 0; i < elements.size(); i++) {
                b.add(i == 0 ? "$L" : ",\n$L", elements.get(i));
            }
            b.add("$<$<");
        }
        return b.add(")\n$>$>.withName($S)$<$<", record.name()).build();
    }

    private CodeBlock memberLayout(Member m, boolean unaligned) {
        CodeBlock element;
        if (m.isRecord()) {
            Record nested = m.record();
            ClassName nestedClass = ClassName.get(self.packageName(), nested.name());
            boolean placedAligned = !unaligned && m.alignment() >= nested.alignment()
                    && m.offset() % nested.alignment() == 0
                    && (!m.isArray() || nested.size() % nested.alignment() == 0);
            boolean aligned = nested.alignment() == 1 || placedAligned;
            element = CodeBlock.of("$T.$L", nestedClass, aligned ? "LAYOUT" : "LAYOUT_UNALIGNED");
            if (!aligned && !unaligned && m.alignment() > 1) {
                // An array whose stride breaks the elements' alignment still starts aligned: say so, so that
                // LAYOUT.byteAlignment() stays ALIGNMENT.
                CodeBlock whole = m.isArray()
                        ? CodeBlock.of("$T.sequenceLayout($L, $L)", MEMORY_LAYOUT, m.count(), element)
                        : element;
                return CodeBlock.of("$L.withByteAlignment($L).withName($S)", whole, m.alignment(), m.name());
            }
        } else if (m.code().countIsLength()) {
            return CodeBlock.of("$T.sequenceLayout($L, $T.JAVA_BYTE).withName($S)", MEMORY_LAYOUT, m.count(),
                    VALUE_LAYOUT, m.name());
        } else if (m.code().kind() == Kind.BOOL) {
            // The accessors read a byte (CPython's "!= 0"); FFM clients expect a C _Bool.
            element = CodeBlock.of("$T.JAVA_BOOLEAN", VALUE_LAYOUT);
        } else {
            long align = m.alignment();
            element = !unaligned && align > 1
                    ? CodeBlock.of("$L.withByteAlignment($L)", constant(m, "LAYOUT"), align)
                    : CodeBlock.of("$L", constant(m, "LAYOUT"));
        }
        if (m.isArray()) {
            return CodeBlock.of("$T.sequenceLayout($L, $L).withName($S)", MEMORY_LAYOUT, m.count(), element, m.name());
        }
        return CodeBlock.of("$L.withName($S)", element, m.name());
    }

    // ---------------------------------------------------------------- wrapping, allocation, cursors

    private void lifecycle() {
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addJavadoc(doc(4, "Creates a flyweight that points nowhere yet: call {@link #wrap} before any accessor.\n"))
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrap")
                .addModifiers(PUBLIC)
                .returns(self)
                .addParameter(MEMORY_SEGMENT, "segment")
                .addParameter(TypeName.LONG, "offset")
                .addJavadoc(doc(4, "Points this flyweight at the record at {@code offset} in {@code segment}, without"
                        + " copying or allocating.\n\n@param segment the segment holding the record\n@param offset"
                        + " the record's byte offset in {@code segment}\n@return this flyweight\n@throws"
                        + " IndexOutOfBoundsException if {@code offset} is negative\n"
                        + "\n<p>A record that does not fit in {@code segment} fails at the first access past its end:"
                        + " every accessor goes through the segment's own bounds check. {@code wrap} checks no"
                        + " more, so that scanning loops compile to what hand-written {@code MemorySegment} code"
                        + " does (a full check here kept the JIT from unrolling them; see benchmarks/README.md).\n"))
                .beginControlFlow("if (offset < 0)")
                .addStatement("throw new $T($S + offset)", IndexOutOfBoundsException.class, "negative record offset: ")
                .endControlFlow()
                .addComment("Re-wrapping over the same segment, the common case, then stores no reference (no GC barrier).")
                .beginControlFlow("if (this.segment != segment)")
                .addStatement("this.segment = segment")
                .endControlFlow()
                .addStatement("this.offset = offset")
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("segment")
                .addModifiers(PUBLIC)
                .returns(MEMORY_SEGMENT)
                .addJavadoc(doc(4, "Returns the segment this flyweight reads and writes.\n\n@return the segment, or"
                        + " {@code null} before the first {@link #wrap}\n"))
                .addStatement("return segment")
                .build());
        type.addMethod(MethodSpec.methodBuilder("offset")
                .addModifiers(PUBLIC)
                .returns(TypeName.LONG)
                .addJavadoc(doc(4, "Returns the byte offset of the record in {@link #segment()}.\n\n@return the offset\n"))
                .addStatement("return offset")
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocate")
                .addModifiers(PUBLIC, STATIC)
                .returns(self)
                .addParameter(SEGMENT_ALLOCATOR, "allocator")
                .addJavadoc(doc(4, "Allocates one zeroed record ({@link #SIZE} bytes, aligned to {@link #ALIGNMENT}) and"
                        + " wraps it.\n\n@param allocator the allocator, such as an {@code Arena}\n@return a new"
                        + " flyweight over the new record\n"))
                .addStatement("return new $T().wrap(allocator.allocate(SIZE, ALIGNMENT), 0)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocateArray")
                .addModifiers(PUBLIC, STATIC)
                .returns(cursor)
                .addParameter(SEGMENT_ALLOCATOR, "allocator")
                .addParameter(TypeName.LONG, "count")
                .addJavadoc(doc(4, "Allocates {@code count} zeroed records, {@link #SIZE} bytes apart, and returns a cursor"
                        + " over them.\n\n@param allocator the allocator, such as an {@code Arena}\n@param count the"
                        + " number of records\n@return a cursor over the new records\n@throws"
                        + " IllegalArgumentException if {@code count} is negative\n@throws ArithmeticException if"
                        + " the total size overflows a {@code long}\n"))
                .addStatement("checkCount(count)")
                .addStatement("return new $T(allocator.allocate(Math.multiplyExact(SIZE, count), ALIGNMENT), 0,"
                        + " count)", cursor)
                .build());
        type.addMethod(MethodSpec.methodBuilder("cursor")
                .addModifiers(PUBLIC, STATIC)
                .returns(cursor)
                .addParameter(MEMORY_SEGMENT, "segment")
                .addParameter(TypeName.LONG, "offset")
                .addParameter(TypeName.LONG, "count")
                .addJavadoc(doc(4, "Returns a cursor over {@code count} records stored {@link #SIZE} bytes apart from"
                        + " {@code offset}.\n\n@param segment the segment holding the records\n@param offset the"
                        + " byte offset of the first record\n@param count the number of records\n@return the"
                        + " cursor\n@throws IllegalArgumentException if {@code count} is negative\n@throws"
                        + " IndexOutOfBoundsException if the records do not fit in {@code segment}\n"))
                .addStatement("checkCount(count)")
                .addStatement("return new $T(segment, offset, count)", cursor)
                .build());
        MethodSpec.Builder whole = MethodSpec.methodBuilder("cursor")
                .addModifiers(PUBLIC, STATIC)
                .returns(cursor)
                .addParameter(MEMORY_SEGMENT, "segment")
                .addJavadoc(doc(4, "Returns a cursor over as many whole records as fit in {@code segment} from offset 0;"
                        + " trailing bytes\nthat do not make a whole record are not visited.\n\n@param segment the"
                        + " segment holding the records\n@return the cursor\n"));
        if (record.size() == 0) {
            whole.addStatement("return new $T(segment, 0, 0)", cursor);
        } else {
            whole.addStatement("return new $T(segment, 0, segment.byteSize() / SIZE)", cursor);
        }
        type.addMethod(whole.build());
        type.addMethod(MethodSpec.methodBuilder("checkCount")
                .addModifiers(PRIVATE, STATIC)
                .addJavadoc("Refuses a negative record count.\n\n@param count the count\n")
                .addParameter(TypeName.LONG, "count")
                .beginControlFlow("if (count < 0)")
                .addStatement("throw new IllegalArgumentException($S + count)", "negative record count: ")
                .endControlFlow()
                .build());
    }

    private TypeSpec cursorType() {
        ParameterizedTypeName action =
                ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(self));
        return TypeSpec.classBuilder(cursor)
                .addModifiers(PUBLIC, STATIC, FINAL)
                .addJavadoc(doc(4, "Walks an array of {@code $L} records, {@link #SIZE} bytes apart, re-wrapping one"
                        + " flyweight:\nthe record {@link #at} or {@link #forEach} hands out is valid until the next"
                        + " call. Not thread-safe.\n", record.name()))
                .addField(FieldSpec.builder(MEMORY_SEGMENT, "segment", PRIVATE, FINAL)
                        .addJavadoc("Exactly the records' bytes.\n").build())
                .addField(FieldSpec.builder(TypeName.LONG, "count", PRIVATE, FINAL)
                        .addJavadoc("The number of records.\n").build())
                .addField(FieldSpec.builder(self, "view", PRIVATE, FINAL)
                        .addJavadoc("The one flyweight this cursor re-wraps.\n")
                        .initializer("new $T()", self).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(doc(8, "Creates a cursor; see {@link $L#cursor(MemorySegment, long, long)}.\n\n"
                                + "@param segment the segment holding the records\n@param offset the byte offset of"
                                + " the first record\n@param count the number of records, not negative\n",
                                record.name()))
                        .addParameter(MEMORY_SEGMENT, "segment")
                        .addParameter(TypeName.LONG, "offset")
                        .addParameter(TypeName.LONG, "count")
                        .addCode(cursorBounds())
                        .addStatement("this.count = count")
                        .build())
                .addMethod(MethodSpec.methodBuilder("segment")
                        .addModifiers(PUBLIC)
                        .returns(MEMORY_SEGMENT)
                        .addJavadoc(doc(8, "Returns the records' bytes: {@code count() * SIZE} bytes.\n\n@return the"
                                + " segment\n"))
                        .addStatement("return segment")
                        .build())
                .addMethod(MethodSpec.methodBuilder("count")
                        .addModifiers(PUBLIC)
                        .returns(TypeName.LONG)
                        .addJavadoc(doc(8, "Returns the number of records.\n\n@return the count\n"))
                        .addStatement("return count")
                        .build())
                .addMethod(MethodSpec.methodBuilder("at")
                        .addModifiers(PUBLIC)
                        .returns(self)
                        .addParameter(TypeName.LONG, "index")
                        .addJavadoc(doc(8, "Re-wraps the cursor's flyweight at the record at {@code index}.\n\n@param index"
                                + " the record's index, {@code 0 <= index < count()}\n@return the shared"
                                + " flyweight\n@throws IndexOutOfBoundsException if {@code index} is out of"
                                + " bounds\n"))
                        .addStatement("$T.checkIndex(index, count)", OBJECTS)
                        .addStatement("return view.wrap(segment, index * SIZE)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("forEach")
                        .addModifiers(PUBLIC)
                        .addParameter(action, "action")
                        .addJavadoc(doc(8, "Calls {@code action} with the shared flyweight wrapped at each record in"
                                + " order.\n\n@param action what to do with each record\n"))
                        .beginControlFlow("for (long i = 0; i < count; i++)")
                        .addStatement("action.accept(view.wrap(segment, i * SIZE))")
                        .endControlFlow()
                        .build())
                .build();
    }

    /**
     * The cursor constructor's bounds check and slice. It divides instead of multiplying, so that a count too large
     * for the segment is an {@code IndexOutOfBoundsException}, as documented, not a {@code long} overflow.
     */
    private CodeBlock cursorBounds() {
        if (record.size() == 0) {
            return CodeBlock.builder().addStatement("this.segment = segment.asSlice(offset, 0)").build();
        }
        return CodeBlock.builder()
                .add("// Slicing once checks the bounds of every record up front.\n")
                .beginControlFlow("if (offset < 0 || offset > segment.byteSize() || count > (segment.byteSize() - offset)"
                        + " / SIZE)")
                .addStatement("throw new $T($Zcount + $S + offset + $S + segment.byteSize() + $S)",
                        IndexOutOfBoundsException.class, " records of " + record.size() + " bytes at offset ",
                        " do not fit in a segment of ", " bytes")
                .endControlFlow()
                .addStatement("this.segment = segment.asSlice(offset, SIZE * count)")
                .build();
    }

    // ---------------------------------------------------------------- accessors

    /** {@code offset + X_OFFSET}, plus the element offset when indexed. */
    private CodeBlock address(Member m, boolean indexed) {
        CodeBlock base = CodeBlock.of("offset + $L", constant(m, "OFFSET"));
        if (!indexed) {
            return base;
        }
        long element = m.elementSize();
        return element == 1
                ? CodeBlock.of("$L + index", base)
                : CodeBlock.of("$L + $LL * index", base, element);
    }

    private CodeBlock indexCheck(Member m) {
        return CodeBlock.builder()
                .beginControlFlow("if (index < 0 || index >= $L)", constant(m, "LENGTH"))
                .addStatement("throw new IndexOutOfBoundsException($Z$S + index + $S)", m.name() + ": index ",
                        " is out of bounds for length " + m.count())
                .endControlFlow()
                .build();
    }

    /** The member's doc as a paragraph to follow the first sentence; empty if there is none. */
    private String memberSummary(Member m) {
        String doc = Docs.summary(m.doc(), "");
        return doc.isEmpty() ? "" : "\n\n<p>" + doc;
    }

    private static String staticParams() {
        return "@param segment the segment holding the record\n@param offset the record's byte offset in"
                + " {@code segment}\n";
    }

    private void valueAccessors(Member m) {
        Access a = Access.of(m.code(), m.mode());
        boolean indexed = m.isArray();
        String layoutDoc = Docs.layout(m);
        String summary = memberSummary(m);
        String returns = returnsDoc(a);
        String valueParam = "@param value the new value" + rangeDoc(a) + "\n";
        String indexParam = indexed ? "@param index the element index, 0 to " + (m.count() - 1) + "\n" : "";
        String throwsIndex = indexed ? "@throws IndexOutOfBoundsException if {@code index} is out of bounds\n" : "";
        String throwsRange = a.conversion() == Access.Conversion.UNSIGNED_WIDEN
                ? "@throws IllegalArgumentException if {@code value} is out of range\n"
                : a.conversion() == Access.Conversion.HALF
                        ? "@throws IllegalArgumentException if {@code value} is finite but too large for a half\n"
                        : "";
        String what = indexed ? "an element of {@code " + m.name() + "}" : "{@code " + m.name() + "}";
        CodeBlock read = a.read(CodeBlock.of("segment.get($L, $L)", constant(m, "LAYOUT"), address(m, indexed)));
        CodeBlock.Builder write = CodeBlock.builder();
        if (indexed) {
            write.add(indexCheck(m));
        }
        write.add(a.check(m.name(), "value"))
                .addStatement("segment.set($L, $L, $L)", constant(m, "LAYOUT"), address(m, indexed), a.write("value"));
        CodeBlock.Builder get = CodeBlock.builder();
        if (indexed) {
            get.add(indexCheck(m));
        }
        get.addStatement("return $L", read);

        MethodSpec.Builder getter = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC).returns(a.javaType())
                .addJavadoc(doc(4, "Returns $L.$L\n\n<p>$L\n\n$L$L$L", what, summary, layoutDoc, indexParam, returns,
                        throwsIndex));
        MethodSpec.Builder setter = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC).returns(self)
                .addJavadoc(doc(4, "Sets $L.$L\n\n<p>$L\n\n$L$L@return this flyweight\n$L$L", what, summary, layoutDoc,
                        indexParam, valueParam, throwsIndex, throwsRange));
        MethodSpec.Builder staticGetter = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC, STATIC)
                .returns(a.javaType())
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addJavadoc(doc(4, "Reads $L of the record at {@code offset} in {@code segment}, with no flyweight.$L\n\n"
                        + "<p>$L\n\n$L$L$L$L", what, summary, layoutDoc, staticParams(), indexParam, returns,
                        throwsIndex));
        MethodSpec.Builder staticSetter = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC, STATIC)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addJavadoc(doc(4, "Writes $L of the record at {@code offset} in {@code segment}, with no flyweight.$L\n\n"
                        + "<p>$L\n\n$L$L$L$L$L", what, summary, layoutDoc, staticParams(), indexParam, valueParam,
                        throwsIndex, throwsRange));
        if (indexed) {
            getter.addParameter(TypeName.INT, "index");
            setter.addParameter(TypeName.INT, "index");
            staticGetter.addParameter(TypeName.INT, "index");
            staticSetter.addParameter(TypeName.INT, "index");
        }
        setter.addParameter(a.javaType(), "value");
        staticSetter.addParameter(a.javaType(), "value");
        type.addMethod(getter.addCode(get.build()).build());
        type.addMethod(setter.addCode(write.build()).addStatement("return this").build());
        type.addMethod(staticGetter.addCode(get.build()).build());
        type.addMethod(staticSetter.addCode(write.build()).build());
        if (indexed) {
            lengthMethod(m);
        }
    }

    private static String returnsDoc(Access a) {
        if (a.conversion() == Access.Conversion.UNSIGNED_WIDEN) {
            return "@return the value, 0 to " + a.code().max(a.mode()) + "\n";
        }
        if (a.unsignedLong()) {
            return "@return the value's 64 bits, unsigned: read them with {@link Long#toUnsignedString(long)} or"
                    + " {@link Long#compareUnsigned}\n";
        }
        if (a.conversion() == Access.Conversion.HALF) {
            return "@return the half-precision value, widened exactly to {@code float}\n";
        }
        return "@return the value\n";
    }

    private static String rangeDoc(Access a) {
        if (a.conversion() == Access.Conversion.UNSIGNED_WIDEN) {
            return ", 0 to " + a.code().max(a.mode());
        }
        if (a.unsignedLong()) {
            return ", the 64 bits of an unsigned value";
        }
        if (a.conversion() == Access.Conversion.HALF) {
            return ", rounded to the nearest half-precision value";
        }
        if (a.conversion() == Access.Conversion.BOOL) {
            return ", stored as 1 or 0";
        }
        return "";
    }

    private void lengthMethod(Member m) {
        type.addMethod(MethodSpec.methodBuilder(m.name() + "Length")
                .addModifiers(PUBLIC)
                .returns(TypeName.INT)
                .addJavadoc(doc(4, "Returns the number of elements of {@code $L}: {@value #$L}.\n\n@return the length\n",
                        m.name(), constant(m, "LENGTH")))
                .addStatement("return $L", constant(m, "LENGTH"))
                .build());
    }

    private void stringAccessors(Member m) {
        boolean pascal = m.code().kind() == Kind.PASCAL;
        if (pascal) {
            usesPascal = true;
        } else {
            usesString = true;
        }
        String layoutDoc = Docs.layout(m);
        String summary = memberSummary(m);
        String length = constant(m, "LENGTH");
        CodeBlock address = address(m, false);
        String sliceDoc = pascal
                ? "Returns the raw bytes of {@code $L}, the length byte first, as a slice of the segment.$L"
                : "Returns the bytes of {@code $L} as a slice of the segment, NUL padding included.$L";
        type.addMethod(MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC).returns(MEMORY_SEGMENT)
                .addJavadoc(doc(4, sliceDoc + "\n\n<p>$L\n\n@return a slice of {@link #$L} bytes; writes to it change"
                        + " the record\n", m.name(), summary, layoutDoc, length))
                .addStatement("return segment.asSlice($L, $L)", address, length)
                .build());
        type.addMethod(MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC, STATIC).returns(MEMORY_SEGMENT)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addJavadoc(doc(4, "Returns {@code $L} of the record at {@code offset} in {@code segment} as a slice, with"
                        + " no flyweight.$L\n\n<p>$L\n\n$L@return a slice of {@link #$L} bytes\n", m.name(), summary,
                        layoutDoc, staticParams(), length))
                .addStatement("return segment.asSlice($L, $L)", address, length)
                .build());
        // Copies into and out of caller-owned arrays: the instance getter's slice is not always removed by escape
        // analysis, and a byte[] copy needs no Charset.
        String upper = Character.toUpperCase(m.name().charAt(0)) + m.name().substring(1);
        String rawWhat = pascal ? "raw bytes of {@code $L}, the length byte first" : "bytes of {@code $L}, NUL padding"
                + " included";
        String arrayThrows = "@throws IndexOutOfBoundsException if the array holds fewer than {@link #$L} bytes from"
                + " the given index\n";
        type.addMethod(MethodSpec.methodBuilder("copy" + upper + "To").addModifiers(PUBLIC).returns(self)
                .addParameter(byte[].class, "dst").addParameter(TypeName.INT, "dstIndex")
                .addJavadoc(doc(4, "Copies the " + rawWhat + ", into {@code dst}, allocating nothing.\n\n@param dst the"
                        + " target array\n@param dstIndex where in {@code dst} to start\n@return this flyweight\n"
                        + arrayThrows, m.name(), length))
                .addStatement("$T.copy(segment, $T.JAVA_BYTE, $L, dst, dstIndex, $L)", MEMORY_SEGMENT, VALUE_LAYOUT,
                        address, length)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("copy" + upper + "From").addModifiers(PUBLIC).returns(self)
                .addParameter(byte[].class, "src").addParameter(TypeName.INT, "srcIndex")
                .addJavadoc(doc(4, "Overwrites the " + rawWhat + ", with {@link #$L} bytes of {@code src}.\n\n@param src"
                        + " the source array\n@param srcIndex where in {@code src} to start\n@return this flyweight\n"
                        + arrayThrows, m.name(), length, length))
                .addStatement("$T.copy(src, srcIndex, segment, $T.JAVA_BYTE, $L, $L)", MEMORY_SEGMENT, VALUE_LAYOUT,
                        address, length)
                .addStatement("return this")
                .build());
        String readDoc = pascal
                ? "Decodes the Pascal string {@code $L}: as many bytes as its length byte says, at most {@code $L}"
                        + " (the\nlength byte is read as CPython does).$L"
                : "Decodes the string {@code $L}: its bytes up to the first NUL, or all {@code $L} of them.$L";
        long capacity = pascal ? Math.max(m.count() - 1, 0) : m.count();
        String readHelper = pascal ? "readPascal" : "readString";
        String writeHelper = pascal ? "writePascal" : "writeString";
        String writeDoc = pascal
                ? "Encodes {@code value} into the Pascal string {@code $L}: a length byte (capped at 255, as CPython"
                        + " does),\nthe bytes, then NULs up to {@code $L} bytes in all.$L"
                : "Encodes {@code value} into the string {@code $L}, padded with NULs to {@code $L} bytes.$L";
        String charsetParam = "@param charset the charset, ASCII-compatible (such as UTF-8 or ISO-8859-1) for NUL"
                + " trimming to work\n";
        String tooLong = "@throws IllegalArgumentException if {@code value} encodes to more than " + capacity
                + " bytes" + (pascal ? "" : ", or to bytes with a NUL (as UTF-16 does), which reading would stop at")
                + "\n";
        type.addMethod(MethodSpec.methodBuilder(m.name() + "String").addModifiers(PUBLIC).returns(String.class)
                .addParameter(CHARSET, "charset")
                .addJavadoc(doc(4, readDoc + "\n\n<p>$L\n\n$L@return the decoded string\n", m.name(), capacity, summary,
                        layoutDoc, charsetParam))
                .addStatement("return $L(segment, $L, $L, charset)", readHelper, address, length)
                .build());
        type.addMethod(MethodSpec.methodBuilder(m.name() + "String").addModifiers(PUBLIC).returns(self)
                .addParameter(String.class, "value").addParameter(CHARSET, "charset")
                .addJavadoc(doc(4, writeDoc + "\n\n<p>$L\n\n@param value the string\n$L@return this flyweight\n$L", m.name(),
                        m.count(), summary, layoutDoc, charsetParam, tooLong))
                .addStatement("$L(segment, $L, $L, value, charset, $S)", writeHelper, address, length, m.name())
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder(m.name() + "String").addModifiers(PUBLIC, STATIC)
                .returns(String.class)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addParameter(CHARSET, "charset")
                .addJavadoc(doc(4, readDoc + "\n\n<p>$L\n\n$L$L@return the decoded string\n", m.name(), capacity, summary,
                        layoutDoc, staticParams(), charsetParam))
                .addStatement("return $L(segment, $L, $L, charset)", readHelper, address, length)
                .build());
        type.addMethod(MethodSpec.methodBuilder(m.name() + "String").addModifiers(PUBLIC, STATIC)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addParameter(String.class, "value").addParameter(CHARSET, "charset")
                .addJavadoc(doc(4, writeDoc + "\n\n<p>$L\n\n$L@param value the string\n$L$L", m.name(), m.count(), summary,
                        layoutDoc, staticParams(), charsetParam, tooLong))
                .addStatement("$L(segment, $L, $L, value, charset, $S)", writeHelper, address, length, m.name())
                .build());
    }

    private void nestedAccessors(Member m) {
        ClassName nested = ClassName.get(self.packageName(), m.record().name());
        boolean indexed = m.isArray();
        String view = m.name() + "View";
        String layoutDoc = Docs.layout(m);
        String summary = memberSummary(m);
        String what = indexed ? "an element of {@code " + m.name() + "}" : "{@code " + m.name() + "}";
        String indexParam = indexed ? "@param index the element index, 0 to " + (m.count() - 1) + "\n" : "";
        String throwsIndex = indexed ? "@throws IndexOutOfBoundsException if {@code index} is out of bounds\n" : "";
        CodeBlock address = address(m, indexed);

        MethodSpec.Builder getter = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC).returns(nested)
                .addJavadoc(doc(4, "Returns $L as a flyweight over this record's bytes.$L\n\n<p>$L\n\n<p>The flyweight is"
                        + " created once per {@code $L} and re-wrapped on every call, so a later call\nre-points"
                        + " the one returned earlier.\n\n$L@return the nested flyweight\n$L", what, summary,
                        layoutDoc, record.name(), indexParam, throwsIndex));
        MethodSpec.Builder setter = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC).returns(self)
                .addJavadoc(doc(4, "Copies the bytes of {@code value} into $L.$L\n\n<p>$L\n\n$L@param value the record to"
                        + " copy\n@return this flyweight\n$L", what, summary, layoutDoc, indexParam, throwsIndex));
        MethodSpec.Builder slice = MethodSpec.methodBuilder(m.name()).addModifiers(PUBLIC, STATIC)
                .returns(MEMORY_SEGMENT)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addJavadoc(doc(4, "Returns $L of the record at {@code offset} in {@code segment} as a slice, with no"
                        + " flyweight.$L\n\n<p>$L\n\n$L$L@return a slice of {@link $L#SIZE} bytes\n$L", what,
                        summary, layoutDoc, staticParams(), indexParam, nested.simpleName(), throwsIndex));
        if (indexed) {
            getter.addParameter(TypeName.INT, "index").addCode(indexCheck(m));
            setter.addParameter(TypeName.INT, "index").addCode(indexCheck(m));
            slice.addParameter(TypeName.INT, "index").addCode(indexCheck(m));
        }
        setter.addParameter(nested, "value");
        getter.beginControlFlow("if ($N == null)", view)
                .addStatement("$N = new $T()", view, nested)
                .endControlFlow()
                .addStatement("return $N.wrap(segment, $L)", view, address);
        setter.addStatement("$T.copy(value.segment(), value.offset(),$Wsegment, $L, $T.SIZE)", MEMORY_SEGMENT, address,
                        nested)
                .addStatement("return this");
        slice.addStatement("return segment.asSlice($L, $T.SIZE)", address, nested);
        type.addMethod(getter.build());
        type.addMethod(setter.build());
        type.addMethod(slice.build());
        if (indexed) {
            lengthMethod(m);
        }
    }

    // ---------------------------------------------------------------- copyFrom, toString, helpers

    private void copyFrom() {
        type.addMethod(MethodSpec.methodBuilder("copyFrom")
                .addModifiers(PUBLIC)
                .returns(self)
                .addParameter(self, "other")
                .addJavadoc(doc(4, "Copies all {@link #SIZE} bytes of the record {@code other} points at into this"
                        + " record.\n\n@param other the record to copy\n@return this flyweight\n"))
                .addStatement("$T.copy(other.segment, other.offset, segment, offset, SIZE)", MEMORY_SEGMENT)
                .addStatement("return this")
                .build());
    }

    private void toStringMethod() {
        MethodSpec.Builder b = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(String.class)
                .addJavadoc(doc(4, "Returns the field values, for debugging: integers in decimal (unsigned codes as"
                        + " unsigned),\nbyte strings as Python {@code bytes} literals without trailing NULs, nested"
                        + " records in brackets.\n\n@return {@code $L[field=value, ...]}\n", record.name()))
                .beginControlFlow("if (segment == null)")
                .addStatement("return $S", record.name() + "[unwrapped]")
                .endControlFlow()
                .addStatement("$T sb = new $T($S)", StringBuilder.class, StringBuilder.class, record.name() + "[");
        boolean first = true;
        for (Member m : record.members()) {
            if (m.isPadding()) {
                continue;
            }
            String label = (first ? "" : ", ") + m.name() + "=";
            first = false;
            if (!m.isRecord() && (m.code().countIsLength() || m.code().kind() == Kind.CHAR)) {
                usesBytes = true;
                b.addStatement("sb.append($S)", label);
                if (m.code().kind() == Kind.PASCAL) {
                    b.addStatement("appendBytes(sb, pascalData(segment, $L, $L), false)", address(m, false),
                            constant(m, "LENGTH"));
                } else {
                    b.addStatement("appendBytes(sb, segment.asSlice($L, $LL), $L)", address(m, false), m.byteSize(),
                            m.code().kind() == Kind.STRING);
                }
            } else if (m.isArray()) {
                b.addStatement("sb.append($S)", label + "[")
                        .beginControlFlow("for (int i = 0; i < $L; i++)", constant(m, "LENGTH"))
                        .addStatement("sb.append(i == 0 ? $S : $S).append($L)", "", ", ", valueString(m, "i"))
                        .endControlFlow()
                        .addStatement("sb.append(']')");
            } else {
                b.addStatement("sb.append($S).append($L)", label, valueString(m, null));
            }
        }
        type.addMethod(b.addStatement("return sb.append(']').toString()").build());
    }

    private CodeBlock valueString(Member m, String index) {
        CodeBlock call = index == null ? CodeBlock.of("$N()", m.name()) : CodeBlock.of("$N($L)", m.name(), index);
        if (!m.isRecord() && Access.of(m.code(), m.mode()).unsignedLong()) {
            return CodeBlock.of("Long.toUnsignedString($L)", call);
        }
        return call;
    }

    private void helpers() {
        if (usesString) {
            type.addMethod(MethodSpec.methodBuilder("readString")
                    .addModifiers(PRIVATE, STATIC)
                    .addJavadoc(doc(4, "Decodes a NUL-padded byte string up to its first NUL.\n\n" + HELPER_PARAMS
                            + "@param charset the charset\n@return the string\n"))
                    .returns(String.class)
                    .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "length").addParameter(CHARSET, "charset")
                    .addStatement("byte[] bytes = segment.asSlice(offset, length).toArray($T.JAVA_BYTE)", VALUE_LAYOUT)
                    .addStatement("int end = 0")
                    .beginControlFlow("while (end < length && bytes[end] != 0)")
                    .addStatement("end++")
                    .endControlFlow()
                    .addStatement("return new String(bytes, 0, end, charset)")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("writeString")
                    .addModifiers(PRIVATE, STATIC)
                    .addJavadoc(doc(4, "Encodes a string into a byte string field and pads it with NULs.\n\n"
                            + HELPER_PARAMS + "@param value the string\n@param charset the charset\n@param field the"
                            + " field's name, for the error message\n@throws IllegalArgumentException if the"
                            + " encoded string is longer than the field\n"))
                    .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "length").addParameter(String.class, "value")
                    .addParameter(CHARSET, "charset").addParameter(String.class, "field")
                    .addStatement("byte[] bytes = value.getBytes(charset)")
                    .addComment("Reading stops at the first NUL: a string whose bytes hold one would read back shorter.")
                    .beginControlFlow("for (byte b : bytes)")
                    .beginControlFlow("if (b == 0)")
                    .addStatement("throw new IllegalArgumentException($Zfield + $S + charset + $S)", ": the ",
                            " bytes of the string contain a NUL, where reading would stop (hint: use an"
                                    + " ASCII-compatible charset such as UTF-8, and no U+0000)")
                    .endControlFlow()
                    .endControlFlow()
                    .beginControlFlow("if (bytes.length > length)")
                    .addStatement("throw new IllegalArgumentException($Zfield + $S + bytes.length + $S + charset + $S$W+"
                            + " length + $S)", ": ", " bytes in ", " exceed the field's ", " bytes")
                    .endControlFlow()
                    .addStatement("$T target = segment.asSlice(offset, length)", MEMORY_SEGMENT)
                    .addStatement("$T.copy(bytes, 0, target, $T.JAVA_BYTE, 0, bytes.length)", MEMORY_SEGMENT,
                            VALUE_LAYOUT)
                    .addStatement("target.asSlice(bytes.length).fill((byte) 0)")
                    .build());
        }
        if (usesPascal || usesBytes && hasPascal()) {
            type.addMethod(MethodSpec.methodBuilder("pascalData")
                    .addModifiers(PRIVATE, STATIC)
                    .addJavadoc(doc(4, "Returns the data bytes of a Pascal string field.\n\n" + HELPER_PARAMS
                            + "@return a slice of the data bytes\n"))
                    .returns(MEMORY_SEGMENT)
                    .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "length")
                    .addComment("CPython reads the length byte and caps it to the field: at most length - 1 bytes.")
                    .beginControlFlow("if (length == 0)")
                    .addStatement("return segment.asSlice(offset, 0)")
                    .endControlFlow()
                    .addStatement("int stored = Byte.toUnsignedInt(segment.get($T.JAVA_BYTE, offset))", VALUE_LAYOUT)
                    .addStatement("return segment.asSlice(offset + 1, Math.min(stored, length - 1))")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("readPascal")
                    .addModifiers(PRIVATE, STATIC)
                    .addJavadoc(doc(4, "Decodes a Pascal string field.\n\n" + HELPER_PARAMS
                            + "@param charset the charset\n@return the string\n"))
                    .returns(String.class)
                    .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "length").addParameter(CHARSET, "charset")
                    .addStatement("byte[] bytes = pascalData(segment, offset, length).toArray($T.JAVA_BYTE)",
                            VALUE_LAYOUT)
                    .addStatement("return new String(bytes, charset)")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("writePascal")
                    .addModifiers(PRIVATE, STATIC)
                    .addJavadoc(doc(4, "Encodes a string into a Pascal string field: length byte, bytes, NULs.\n\n"
                            + HELPER_PARAMS + "@param value the string\n@param charset the charset\n@param field the"
                            + " field's name, for the error message\n@throws IllegalArgumentException if the"
                            + " encoded string is longer than the field holds\n"))
                    .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "length").addParameter(String.class, "value")
                    .addParameter(CHARSET, "charset").addParameter(String.class, "field")
                    .addStatement("byte[] bytes = value.getBytes(charset)")
                    .addStatement("int capacity = Math.max(length - 1, 0)")
                    .beginControlFlow("if (bytes.length > capacity)")
                    .addStatement("throw new IllegalArgumentException($Zfield + $S + bytes.length + $S + charset + $S$W+"
                            + " capacity + $S)", ": ", " bytes in ", " exceed the string's ", " bytes")
                    .endControlFlow()
                    .beginControlFlow("if (length == 0)")
                    .addStatement("return")
                    .endControlFlow()
                    .addStatement("$T target = segment.asSlice(offset, length)", MEMORY_SEGMENT)
                    .addStatement("target.fill((byte) 0)")
                    .addStatement("target.set($T.JAVA_BYTE, 0, (byte) Math.min(bytes.length, 255))", VALUE_LAYOUT)
                    .addStatement("$T.copy(bytes, 0, target, $T.JAVA_BYTE, 1, bytes.length)", MEMORY_SEGMENT,
                            VALUE_LAYOUT)
                    .build());
        }
        if (usesBytes) {
            type.addMethod(MethodSpec.methodBuilder("appendBytes")
                    .addModifiers(PRIVATE, STATIC)
                    .addJavadoc(doc(4, "Appends bytes as a Python bytes literal.\n\n@param sb where to append\n"
                            + "@param bytes the bytes\n@param trimNuls whether to leave out trailing NULs\n"))
                    .addParameter(StringBuilder.class, "sb").addParameter(MEMORY_SEGMENT, "bytes")
                    .addParameter(TypeName.BOOLEAN, "trimNuls")
                    .addComment("Like Python's repr of bytes, so that dumps read the same as struct.unpack output.")
                    .addStatement("long end = bytes.byteSize()")
                    .beginControlFlow("while (trimNuls && end > 0 && bytes.get($T.JAVA_BYTE, end - 1) == 0)",
                            VALUE_LAYOUT)
                    .addStatement("end--")
                    .endControlFlow()
                    .addStatement("sb.append(\"b'\")")
                    .beginControlFlow("for (long i = 0; i < end; i++)")
                    .addStatement("int b = Byte.toUnsignedInt(bytes.get($T.JAVA_BYTE, i))", VALUE_LAYOUT)
                    .beginControlFlow("if (b == '\\\\' || b == '\\'')")
                    .addStatement("sb.append('\\\\').append((char) b)")
                    .nextControlFlow("else if (b == '\\t' || b == '\\n' || b == '\\r')")
                    .addStatement("sb.append(b == '\\t' ? \"\\\\t\" : b == '\\n' ? \"\\\\n\" : \"\\\\r\")")
                    .nextControlFlow("else if (b >= 0x20 && b < 0x7f)")
                    .addStatement("sb.append((char) b)")
                    .nextControlFlow("else")
                    .addStatement("sb.append(\"\\\\x\").append(Character.forDigit(b >> 4, 16))")
                    .addStatement("sb.append(Character.forDigit(b & 0xf, 16))")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("sb.append('\\'')")
                    .build());
        }
    }

    private static final String HELPER_PARAMS = "@param segment the segment\n@param offset the field's byte"
            + " offset in {@code segment}\n@param length the field's length in bytes\n";

    private boolean hasPascal() {
        return record.members().stream().anyMatch(m -> !m.isRecord() && m.code().kind() == Kind.PASCAL);
    }

    // ---------------------------------------------------------------- class Javadoc

    private String classDoc() {
        StringBuilder sb = new StringBuilder();
        sb.append(Docs.summary(record.doc(), "The {@code " + record.name() + "} record.")).append("\n\n");
        String example = record.members().stream().filter(m -> !m.isPadding()).map(Member::name).findFirst()
                .orElse("field");
        sb.append("<p>A flyweight: {@link #wrap} points it at a record in a {@code MemorySegment} and its accessors"
                + " read and write the bytes there, with no copies and no allocation. Instances are cheap, reusable"
                + " and not thread-safe. Static accessors ({@code " + example + "(segment, offset)}) need no"
                + " instance at all.\n\n");
        sb.append("<p>Layout: ").append(Docs.bytes(record.size())).append(", alignment ").append(record.alignment())
                .append(".\n<pre>\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"offset", "size", "field", "type"});
        long position = 0;
        for (Member m : record.members()) {
            if (m.offset() > position) {
                rows.add(new String[] {Long.toString(position), Long.toString(m.offset() - position), "(padding)",
                        ""});
            }
            position = m.offset() + m.byteSize();
            String typeText;
            if (m.isPadding()) {
                typeText = m.count() + "x";
            } else if (m.isRecord()) {
                typeText = m.isArray() ? m.record().name() + "[" + m.count() + "]" : m.record().name();
            } else {
                String order = Docs.order(m.mode(), m.code().countIsLength() ? 1 : m.code().size(m.mode()));
                typeText = Docs.format(m).substring(1) + (order.isEmpty() ? "" : ", " + order);
            }
            rows.add(new String[] {Long.toString(m.offset()), Long.toString(m.byteSize()),
                    m.isPadding() ? "(padding)" : m.name(), typeText});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            String line = String.format(java.util.Locale.ROOT, "%" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %s",
                    (Object[]) row);
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.append("</pre>\n").toString();
    }
}
