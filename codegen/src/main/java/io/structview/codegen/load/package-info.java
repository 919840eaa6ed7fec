/**
 * Loads schema files, YAML or JSON, into the record model of {@code io.structview.schema}, with diagnostics
 * that name the file, line and column of every problem. The entry point is {@link
 * io.structview.codegen.load.SchemaLoader}.
 *
 * <h2>Schema file format</h2>
 *
 * <p>A schema file has two keys: {@code package}, the Java package of the generated classes, and
 * {@code records}, a mapping from record names (Java class names) to records. Records may refer to each other
 * in any order. A record is declared in one of three ways; each may have a {@code doc}.
 *
 * <p><b>A struct format and field names.</b> {@code format} is a Python {@code struct} format; {@code fields}
 * lists one name per value (so {@code 3i} gives three scalars) or one name per code (so {@code 3i} gives one
 * array of 3); pad bytes {@code x} take no name, {@code s} and {@code p} one. A field may be a mapping with a
 * {@code name} and a {@code doc} instead of a bare name:
 *
 * <pre>
 * package: com.example.wav
 * records:
 *   WavHeader:
 *     doc: The 44-byte header of a PCM WAV file.
 *     format: "&lt;4sI4s4sIHHIIHH4sI"
 *     fields: [riff, chunkSize, wave, fmt, fmtSize, audioFormat,
 *              {name: channels, doc: "1 = mono, 2 = stereo"},
 *              sampleRate, byteRate, blockAlign, bitsPerSample, data, dataSize]
 * </pre>
 *
 * <p><b>A PEP 3118 format</b> with named fields, as NumPy exports structured arrays; it names its own fields,
 * so there is no {@code fields} key. Nested {@code T{...}} structs become records named after the record and
 * the field ({@code Sample} field {@code pos} gives {@code SamplePos}); see {@link
 * io.structview.schema.Pep3118}.
 *
 * <pre>
 *   Sample:
 *     format: "T{&lt;I:id: H:flags: (3)d:coords: T{i:x: i:y:}:pos:}"
 * </pre>
 *
 * <p><b>Fields with types</b>, one by one: each field is a mapping with {@code name}, {@code type} and
 * optional {@code count} and {@code doc}. A {@code type} is one format code with an optional prefix
 * ({@code @ = < > !}, which sets that field's byte order and alignment) and an optional count ({@code 3d} is an
 * array of 3, {@code 16s} a 16-byte string, {@code 4x} four pad bytes, which have no name), or the name of
 * another record of the file, nested by value. {@code count} makes an array ({@code type: Point, count: 4}).
 * The record's {@code mode} sets the byte order of types without a prefix: {@code "@"} or {@code native}
 * (the default: native sizes and C alignment), {@code "="}, {@code "<"} or {@code little}, {@code ">"} or
 * {@code big}, {@code "!"} or {@code network}.
 *
 * <pre>
 *   Point:
 *     mode: little
 *     fields:
 *       - {name: x, type: i, doc: "across"}
 *       - {name: y, type: i}
 *   Track:
 *     mode: little
 *     fields:
 *       - {name: magic, type: 4s}
 *       - {type: 4x}
 *       - {name: count, type: "&gt;H"}
 *       - {name: points, type: Point, count: 8}
 * </pre>
 *
 * <p>In YAML, quote formats and types that start with {@code >}, {@code !}, {@code &}, {@code *} or
 * {@code @}, which YAML reads as syntax. JSON files have the same structure.
 *
 * <h2>Rules checked</h2>
 *
 * <p>Every problem is reported at once, in file order, as {@code file:line:column: error: message (hint)}:
 * YAML/JSON syntax, unknown keys (with the closest known key), duplicate keys, missing {@code package},
 * {@code records}, {@code format} or {@code fields}, a number of field names that fits the format neither
 * per value nor per code, duplicate record or field names, names that are not Java identifiers or are Java
 * keywords ({@link io.structview.schema.Names}), unknown nested records (with the closest name), bad formats
 * and types (pointing at the offending character inside the string), cycles in nesting (naming the cycle),
 * bad package names (and the JDK's {@code java.*} and {@code javax.*}), unquoted YAML formats that YAML reads
 * as syntax ({@code >HHI}, {@code !HHI}, {@code @ii}: the hint says to quote them). Limits
 * ({@link io.structview.schema.Limits}): {@value io.structview.codegen.load.SchemaLoader#MAX_FILE_SIZE} bytes per
 * file, 16 levels of YAML/JSON nesting, records nested 64 deep (PEP 3118 structs 32 deep), 10000 records per file
 * and fields per record (PEP 3118 structs included), counts up to 2147483647, and the first 100 problems listed
 * (the rest counted). Long formats are quoted in messages as a window around the offending position.
 */
package io.structview.codegen.load;
