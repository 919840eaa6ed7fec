package io.structview;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A view of memory with Python {@code memoryview} semantics: zero-copy access to the bytes of an array, a
 * buffer, a {@link MemorySegment}, a mapped file or off-heap memory, sliced, cast to other item formats and
 * reshaped without copying. Behaves as CPython 3.11's {@code memoryview} does, down to its error cases, plus the
 * extensions listed below.
 *
 * <pre>{@code
 * byte[] data = new byte[16];
 * MemoryView mv = MemoryView.of(data);       // format "B", shape [16]
 * MemoryView ints = mv.cast("i");            // format "i", shape [4], strides [4]
 * ints.set(-1, 3);                           // data[12..15] are now ff ff ff ff
 * MemoryView odd = mv.slice(1, 16, 2);       // shape [8], strides [2], no copy
 * MemoryView grid = mv.cast("B", 4, 4);      // 2-D; grid.get(3, 0) is data[12]
 * }</pre>
 *
 * <h2>Items</h2>
 * A view's format is one native struct code, optionally prefixed with {@code @}: {@code c b B ? h H i I l L q Q
 * n N e f d P}, with native sizes (x86-64 LP64: {@code l L n N P} are 8 bytes). Items map to Java values as
 * {@link Struct} unpacks them: integer codes to {@code Long} ({@code Q N P L} as the unsigned 64-bit pattern),
 * {@code e f} to {@code Float}, {@code d} to {@code Double}, {@code ?} to {@code Boolean}, {@code c} to a
 * {@code byte[]} of length 1. {@link #set(Object, long...)} accepts what CPython's memoryview accepts: any
 * integral {@code Number} or {@code Boolean} for integer codes (for {@code Q N P L} a {@code Long} is the unsigned
 * 64-bit pattern that {@code get} returns, a {@code BigInteger} the magnitude), any {@code Number} or
 * {@code Boolean} for float codes, anything but a view for {@code ?} (Python truthiness), a {@code byte[]} of
 * length 1 for {@code c}.
 *
 * <h2>Extensions beyond CPython</h2>
 * <ul>
 *   <li><b>Record views.</b> {@link #cast(String)} also accepts any struct format that is not a single native
 *       code, such as {@code "<IHd"}: each item is then one packed record. A format that packs several values
 *       gives {@code Object[]} items ({@link #get} returns the unpacked values, {@link #set} packs an
 *       {@code Object[]} or a {@link Tuple} in place), and {@link #toList()} and iteration give each record as a
 *       {@link Tuple}, which prints and compares by value; a format that packs one value, such as {@code "<I"} or
 *       {@code "8s"}, gives plain items. CPython refuses these formats.</li>
 *   <li>The format {@code e} (half float), as CPython 3.12 added it.</li>
 *   <li>{@link #count} and {@link #index}, as CPython 3.14 added them.</li>
 *   <li>Iterating a view with two or more dimensions yields, for each index of the first dimension, what
 *       {@link #toList()} holds there (a nested list); CPython refuses.</li>
 *   <li>{@link #hashCode()} is defined for every view (by value, consistent with {@link #equals}); CPython
 *       hashes only read-only views of the byte formats.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * <table class="striped">
 *   <caption>Exceptions and the CPython errors they stand for</caption>
 *   <thead><tr><th>Java</th><th>when</th><th>CPython</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link IllegalStateException}</td><td>any use of a released view, or of a view whose memory
 *       (arena, mapping) was closed; {@link #segment()} of a non-contiguous view</td>
 *       <td>{@code ValueError: operation forbidden on released memoryview object}</td></tr>
 *   <tr><td>{@link UnsupportedOperationException}</td><td>writing through a read-only view; operations that
 *       need a 1-D view (or at least one dimension); results too large for a Java array</td>
 *       <td>{@code TypeError: cannot modify read-only memory}, {@code NotImplementedError}</td></tr>
 *   <tr><td>{@link IndexOutOfBoundsException}</td><td>an index outside its dimension</td>
 *       <td>{@code IndexError}</td></tr>
 *   <tr><td>{@link StructException} (an {@code IllegalArgumentException})</td><td>an invalid format string;
 *       a value of the wrong type or out of range for the format</td>
 *       <td>{@code ValueError}/{@code TypeError: memoryview: invalid value/type for format}</td></tr>
 *   <tr><td>{@link IllegalArgumentException}</td><td>a cast CPython refuses; a wrong number of indices; a zero
 *       slice step; slice assignment between different structures; a non-ASCII hex separator</td>
 *       <td>{@code TypeError}, {@code ValueError}, {@code NotImplementedError: sub-views}</td></tr>
 *   </tbody>
 * </table>
 * Messages name what is wrong and where: the index and the bound, the format, the shapes involved.
 *
 * <h2>Lifetime and threads</h2>
 * {@link #release()} (or {@link #close()}) makes this view unusable; views derived from it by
 * {@code slice}, {@code cast} or {@code toReadOnly} stay usable, as in CPython, unless the released view owns its
 * memory: a view from {@link #map} unmaps the file when it is released, after which every view of that mapping
 * throws {@code IllegalStateException}. A view's shape, strides and format never change, so views may be shared
 * between threads; writes to the memory race as with any {@code MemorySegment}. Offsets, sizes and indices are
 * {@code long}: views of more than 2 GiB work.
 */
public final class MemoryView implements AutoCloseable, Iterable<Object> {
    /** CPython's {@code PyBUF_MAX_NDIM}. */
    private static final int MAX_NDIM = 64;
    /** The largest Java array length the VM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** The source's memory, whole; read-only when this view is. Views address it by byte offset. */
    private final MemorySegment memory;
    /** Byte offset in {@link #memory} of the first item (index 0 in every dimension); any value if empty. */
    private final long start;
    private final ItemFormat item;
    private final long[] shape;
    private final long[] strides;
    private final boolean readOnly;
    private final long nbytes;
    private final boolean cContiguous;
    private final boolean fContiguous;
    /** The arena this view closes when released: the mapping of {@link #map}; {@code null} otherwise. */
    private final Arena owned;
    private final AtomicBoolean released = new AtomicBoolean();

    private MemoryView(MemorySegment memory, long start, ItemFormat item, long[] shape, long[] strides,
            boolean readOnly, Arena owned) {
        this.memory = memory;
        this.start = start;
        this.item = item;
        this.shape = shape;
        this.strides = strides;
        this.readOnly = readOnly;
        this.owned = owned;
        long n = item.size;
        for (long s : shape) {
            n *= s; // cannot overflow: every shape is checked against memory that exists
        }
        this.nbytes = n;
        this.cContiguous = Geometry.contiguous(shape, strides, item.size, n, true);
        this.fContiguous = Geometry.contiguous(shape, strides, item.size, n, false);
    }

    // ------------------------------------------------------------------------------------------------ sources

    /**
     * Returns a writable view of a whole byte array, without copying: format {@code B}, shape
     * {@code [bytes.length]}.
     *
     * @param bytes the array; writes through the view change it, and changes to it show through the view
     * @return the view
     */
    public static MemoryView of(byte[] bytes) {
        return root(MemorySegment.ofArray(Objects.requireNonNull(bytes, "bytes")), null);
    }

    /**
     * Returns a writable view of a range of a byte array, without copying.
     *
     * @param bytes the array
     * @param offset the index of the first byte of the view
     * @param length the number of bytes
     * @return the view, format {@code B}, shape {@code [length]}
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static MemoryView of(byte[] bytes, long offset, long length) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return root(MemorySegment.ofArray(bytes).asSlice(offset, length), null);
    }

    /**
     * Returns a view of the bytes of a buffer between its position and its limit, without copying. Heap and
     * direct buffers both work; a read-only buffer gives a read-only view. Later changes to the buffer's
     * position or limit do not affect the view.
     *
     * @param buffer the buffer
     * @return the view, format {@code B}
     */
    public static MemoryView of(ByteBuffer buffer) {
        return root(MemorySegment.ofBuffer(Objects.requireNonNull(buffer, "buffer")), null);
    }

    /**
     * Returns a view of a memory segment, without copying. A read-only segment gives a read-only view. The
     * segment's arena keeps control of the memory: once it is closed the view throws
     * {@code IllegalStateException}.
     *
     * @param segment the segment
     * @return the view, format {@code B}, shape {@code [segment.byteSize()]}
     */
    public static MemoryView of(MemorySegment segment) {
        return root(Objects.requireNonNull(segment, "segment"), null);
    }

    /**
     * Maps a whole file into memory and returns a view of it. {@link FileChannel.MapMode#READ_ONLY} gives a
     * read-only view; {@link FileChannel.MapMode#READ_WRITE} a view whose writes go to the file;
     * {@link FileChannel.MapMode#PRIVATE} a writable copy-on-write view whose writes stay private.
     *
     * <p>The view owns the mapping: {@link #release()} (or {@link #close()}) unmaps it, so use it in a
     * try-with-resources statement. Views derived from it ({@code slice}, {@code cast}, ...) share the mapping
     * and become unusable ({@code IllegalStateException}) once it is released.
     *
     * <p>The file must not shrink while it is mapped: accesses to pages another process truncated away throw the
     * JDK's {@code InternalError} ("a fault occurred in an unsafe memory access operation"), and a JIT-compiled
     * read may first return a garbage value. Lock files that others may change, or map a private copy.
     *
     * @param path the file
     * @param mode how to map it
     * @return the view, format {@code B}, shape {@code [file size]}
     * @throws IOException if the file cannot be opened or mapped
     */
    public static MemoryView map(Path path, FileChannel.MapMode mode) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
        Set<OpenOption> options = mode == FileChannel.MapMode.READ_ONLY
                ? Set.of(StandardOpenOption.READ)
                : Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE);
        // Shared, so that any thread may use the view and release it.
        Arena arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(path, options)) {
            return root(channel.map(mode, 0, channel.size(), arena), arena);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Allocates zeroed off-heap memory and returns a writable view of it. The memory is freed by the garbage
     * collector once no view of it is reachable, as for {@link ByteBuffer#allocateDirect}; releasing the view
     * does not free it. To free memory at a chosen time, use {@link #allocate(Arena, long)}.
     *
     * @param byteSize the size in bytes
     * @return the view, format {@code B}, shape {@code [byteSize]}
     * @throws IllegalArgumentException if {@code byteSize} is negative
     */
    public static MemoryView allocate(long byteSize) {
        return allocate(Arena.ofAuto(), byteSize);
    }

    /**
     * Allocates zeroed memory from an arena and returns a writable view of it. The arena owns the memory: once
     * it is closed, the view throws {@code IllegalStateException}.
     *
     * @param arena the arena to allocate from
     * @param byteSize the size in bytes
     * @return the view, format {@code B}, shape {@code [byteSize]}
     * @throws IllegalArgumentException if {@code byteSize} is negative
     * @throws IllegalStateException if the arena is closed
     */
    public static MemoryView allocate(Arena arena, long byteSize) {
        Objects.requireNonNull(arena, "arena");
        if (byteSize < 0) {
            throw new IllegalArgumentException("cannot allocate a view of " + byteSize + " bytes: size is negative");
        }
        return root(arena.allocate(byteSize), null);
    }

    private static MemoryView root(MemorySegment segment, Arena owned) {
        return new MemoryView(segment, 0, ItemFormat.BYTES, new long[] {segment.byteSize()}, new long[] {1},
                segment.isReadOnly(), owned);
    }

    // --------------------------------------------------------------------------------------------- attributes

    /**
     * Returns the item format, as given to {@link #cast} ({@code "B"} for a view made from bytes; {@code "@i"}
     * stays {@code "@i"}).
     *
     * @return the format string
     * @throws IllegalStateException if the view is released
     */
    public String format() {
        ensureOpen("read format");
        return item.text;
    }

    /**
     * Returns the size in bytes of one item.
     *
     * @return the item size
     * @throws IllegalStateException if the view is released
     */
    public long itemSize() {
        ensureOpen("read itemSize");
        return item.size;
    }

    /**
     * Returns the number of bytes the items take up: the product of the shape times the item size (not the
     * span of memory, which may be larger for strided views).
     *
     * @return the byte count
     * @throws IllegalStateException if the view is released
     */
    public long nbytes() {
        ensureOpen("read nbytes");
        return nbytes;
    }

    /**
     * Returns the number of dimensions: 1 for a view made from bytes, 0 to 64 after a cast with a shape.
     *
     * @return the dimension count
     * @throws IllegalStateException if the view is released
     */
    public int ndim() {
        ensureOpen("read ndim");
        return shape.length;
    }

    /**
     * Returns the number of items in each dimension.
     *
     * @return a new array of {@link #ndim()} lengths
     * @throws IllegalStateException if the view is released
     */
    public long[] shape() {
        ensureOpen("read shape");
        return shape.clone();
    }

    /**
     * Returns the distance in bytes between consecutive items of each dimension; negative after a slice with
     * a negative step.
     *
     * @return a new array of {@link #ndim()} strides
     * @throws IllegalStateException if the view is released
     */
    public long[] strides() {
        ensureOpen("read strides");
        return strides.clone();
    }

    /**
     * Tells whether writes through this view are refused.
     *
     * @return {@code true} for a read-only view
     * @throws IllegalStateException if the view is released
     */
    public boolean readOnly() {
        ensureOpen("read readOnly");
        return readOnly;
    }

    /**
     * Tells whether the items lie in memory in row-major (C) order with no gaps.
     *
     * @return CPython's {@code c_contiguous}
     * @throws IllegalStateException if the view is released
     */
    public boolean cContiguous() {
        ensureOpen("read cContiguous");
        return cContiguous;
    }

    /**
     * Tells whether the items lie in memory in column-major (Fortran) order with no gaps.
     *
     * @return CPython's {@code f_contiguous}
     * @throws IllegalStateException if the view is released
     */
    public boolean fContiguous() {
        ensureOpen("read fContiguous");
        return fContiguous;
    }

    /**
     * Tells whether the view is {@linkplain #cContiguous() C-} or {@linkplain #fContiguous() Fortran-contiguous}.
     *
     * @return CPython's {@code contiguous}
     * @throws IllegalStateException if the view is released
     */
    public boolean contiguous() {
        ensureOpen("read contiguous");
        return cContiguous || fContiguous;
    }

    /**
     * Returns the memory of a contiguous view as a segment of {@link #nbytes()} bytes, sharing the view's
     * memory; read-only when the view is.
     *
     * @return the segment
     * @throws IllegalStateException if the view is released, or not {@linkplain #contiguous() contiguous}
     */
    public MemorySegment segment() {
        ensureOpen("get segment");
        if (!(cContiguous || fContiguous)) {
            throw new IllegalStateException("segment() needs a contiguous view, but this view (format "
                    + item.text + ", shape " + Arrays.toString(shape) + ", strides " + Arrays.toString(strides)
                    + ") is not contiguous; use toBytes() for a copy");
        }
        if (nbytes == 0) {
            // An empty slice's start may lie just outside the memory; it is never read.
            return memory.asSlice(Math.clamp(start, 0, memory.byteSize()), 0);
        }
        return memory.asSlice(start, nbytes);
    }

    // ---------------------------------------------------------------------------------------- cast and slice

    /**
     * Returns a 1-D view of the same memory with another item format, as CPython's {@code cast(format)}.
     *
     * <p>CPython's rules apply: the view must be C-contiguous; one of the two formats must be a byte format
     * ({@code B b c}); the byte count must be a multiple of the new item size; a view with a zero in its shape
     * can be cast only when it is 1-D. Besides CPython's native formats, any struct format of non-zero size
     * gives a record view (see the class documentation).
     *
     * @param format the new item format, such as {@code "i"}, {@code "@d"} or {@code "<IHd"}
     * @return the new view, with {@code shape [nbytes / itemSize]}
     * @throws IllegalArgumentException if CPython's rules refuse the cast
     * @throws StructException if the format is not a valid struct format or its size is 0
     * @throws IllegalStateException if the view is released
     */
    public MemoryView cast(String format) {
        return doCast(format, null);
    }

    /**
     * Returns a view of the same memory with another item format and shape, as CPython's
     * {@code cast(format, shape)}: a 1-D view may be cast to N dimensions and an N-D view to 1 (an empty
     * {@code shape} gives a 0-dimension view of a single item).
     *
     * @param format the new item format
     * @param shape the new shape: at most 64 lengths, each greater than zero, whose product times the item
     *     size equals {@link #nbytes()}
     * @return the new view, C-contiguous
     * @throws IllegalArgumentException if CPython's rules refuse the cast or the shape
     * @throws StructException if the format is not a valid struct format or its size is 0
     * @throws IllegalStateException if the view is released
     */
    public MemoryView cast(String format, long... shape) {
        return doCast(format, Objects.requireNonNull(shape, "shape").clone());
    }

    /** CPython's {@code memory_cast}, its checks in its order. */
    private MemoryView doCast(String format, long[] newShape) {
        ensureOpen("cast");
        Objects.requireNonNull(format, "format");
        String what = "cannot cast view of format " + ItemFormat.quote(item.text) + " and shape "
                + Arrays.toString(shape) + " to " + ItemFormat.quote(format)
                + (newShape == null ? "" : " with shape " + Arrays.toString(newShape)) + ": ";
        if (!cContiguous) {
            throw new IllegalArgumentException(what + "casts are restricted to C-contiguous views (strides "
                    + Arrays.toString(strides) + ")");
        }
        if ((newShape != null || shape.length != 1) && Geometry.hasZero(shape)) {
            throw new IllegalArgumentException(what + "cannot cast view with zeros in shape or strides");
        }
        if (newShape != null) {
            if (newShape.length > MAX_NDIM) {
                throw new IllegalArgumentException(what + "number of dimensions must not exceed " + MAX_NDIM);
            }
            if (shape.length != 1 && newShape.length != 1) {
                throw new IllegalArgumentException(what + "cast must be 1D -> ND or ND -> 1D");
            }
        }
        ItemFormat to = ItemFormat.of(format);
        if (!item.isByteFormat() && !to.isByteFormat()) {
            throw new IllegalArgumentException(what + "cannot cast between two non-byte formats"
                    + " (one side must be 'B', 'b' or 'c')");
        }
        if (nbytes % to.size != 0) {
            throw new IllegalArgumentException(what + "length is not a multiple of itemsize (" + nbytes
                    + " bytes, itemsize " + to.size + ")");
        }
        if (newShape == null) {
            return new MemoryView(memory, start, to, new long[] {nbytes / to.size}, new long[] {to.size},
                    readOnly, null);
        }
        long len = to.size;
        for (long n : newShape) {
            if (n <= 0) {
                throw new IllegalArgumentException(what + "elements of shape must be integers > 0");
            }
            if (n > Long.MAX_VALUE / len) {
                throw new IllegalArgumentException(what + "product(shape) * itemsize overflows a long");
            }
            len *= n;
        }
        if (len != nbytes) {
            throw new IllegalArgumentException(what + "product(shape) * itemsize != buffer size (" + len
                    + " != " + nbytes + ")");
        }
        return new MemoryView(memory, start, to, newShape, Geometry.cStrides(newShape, to.size), readOnly, null);
    }

    /**
     * Returns a view of a slice of the first dimension, sharing memory, with Python's rules: negative
     * {@code start} and {@code stop} count from the end, out-of-range values are clamped, a negative
     * {@code step} walks backwards. For Python's omitted bounds pass {@code 0} or {@code Long.MAX_VALUE}
     * (start), {@code Long.MAX_VALUE} or {@code Long.MIN_VALUE} (stop), as {@code PySlice_Unpack} does:
     * {@code m[::-1]} is {@code slice(Long.MAX_VALUE, Long.MIN_VALUE, -1)}.
     *
     * @param start the first index
     * @param stop the index to stop before
     * @param step the distance between indices, not zero
     * @return the sliced view
     * @throws IllegalArgumentException if {@code step} is zero
     * @throws UnsupportedOperationException if the view has 0 dimensions
     * @throws IllegalStateException if the view is released
     */
    public MemoryView slice(long start, long stop, long step) {
        ensureOpen("slice");
        if (shape.length == 0) {
            throw new UnsupportedOperationException("cannot slice a 0-dimension view (invalid indexing of 0-dim"
                    + " memory)");
        }
        SliceIndices s = SliceIndices.of(shape[0], start, stop, step);
        long[] newShape = shape.clone();
        long[] newStrides = strides.clone();
        newShape[0] = s.length();
        newStrides[0] = strides[0] * s.step();
        return new MemoryView(memory, this.start + strides[0] * s.start(), item, newShape, newStrides, readOnly,
                null);
    }

    /**
     * Returns {@code slice(start, stop, 1)}.
     *
     * @param start the first index
     * @param stop the index to stop before
     * @return the sliced view
     * @throws UnsupportedOperationException if the view has 0 dimensions
     * @throws IllegalStateException if the view is released
     */
    public MemoryView slice(long start, long stop) {
        return slice(start, stop, 1);
    }

    /**
     * Returns a read-only view of the same memory, with the same format and shape.
     *
     * @return the read-only view
     * @throws IllegalStateException if the view is released
     */
    public MemoryView toReadOnly() {
        ensureOpen("toReadOnly");
        return new MemoryView(memory.asReadOnly(), start, item, shape, strides, true, null);
    }

    // ----------------------------------------------------------------------------------------------- items

    /**
     * Returns one item, as CPython's {@code m[i]} or {@code m[i, j, ...]}: one index per dimension, negative
     * indices counting from the end of their dimension.
     *
     * @param index one index per dimension (none for a 0-dimension view)
     * @return the item's value: see the class documentation; {@code Object[]} for a record view
     * @throws IndexOutOfBoundsException if an index is outside its dimension
     * @throws IllegalArgumentException if the number of indices is not {@link #ndim()}
     * @throws IllegalStateException if the view is released
     */
    public Object get(long... index) {
        ensureOpen("get an item");
        return item.read(memory, offsetOf(index));
    }

    /**
     * Writes one item, as CPython's {@code m[i] = value}. Nothing is written if the value is refused.
     *
     * @param value the value, of a type the format accepts (see the class documentation); an {@code Object[]}
     *     or a {@link Tuple} of the record's values for a record view
     * @param index one index per dimension (none for a 0-dimension view)
     * @throws StructException if the value's type or range does not fit the format
     * @throws IndexOutOfBoundsException if an index is outside its dimension
     * @throws IllegalArgumentException if the number of indices is not {@link #ndim()}, or {@code value} is a
     *     {@code MemoryView} (even for {@code ?}, which takes any other object: {@code dst.set(src, 0)} is the
     *     slip of a slice assignment, which is {@link #setSlice})
     * @throws UnsupportedOperationException if the view is read-only
     * @throws IllegalStateException if the view is released
     */
    public void set(Object value, long... index) {
        ensureOpen("set an item");
        requireWritable("set an item");
        if (value instanceof MemoryView) {
            throw new IllegalArgumentException("a view is not an item: to copy a view's items into a slice use"
                    + " setSlice(start, stop, step, source)");
        }
        long offset = offsetOf(index);
        try {
            item.write(memory, offset, value);
        } catch (ValueError e) {
            String kind = e.reason() == ValueError.Reason.TYPE ? "type" : "value";
            // CPython names the code without its '@'.
            throw new StructException("memoryview: invalid " + kind + " for format '" + item.nativeCode + "'"
                    + " at index " + Arrays.toString(index) + ": " + e.getMessage(), e);
        } catch (StructException e) {
            throw new StructException("memoryview: invalid value for format " + ItemFormat.quote(item.text)
                    + " at index " + Arrays.toString(index) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the items of {@code source} into a slice of this 1-D view, as CPython's
     * {@code m[start:stop:step] = source}. The slice is computed as by {@link #slice}; both must have the same
     * format (a leading {@code @} aside) and the same number of items. Overlapping memory is copied as if
     * through a temporary buffer. (A name of its own, not an overload of {@link #set(Object, long...)}: with one
     * name, {@code dst.set(src, 0)} would silently pick the other method and try to store a view as an item.)
     *
     * @param start the first index of the slice
     * @param stop the index to stop before
     * @param step the distance between indices, not zero
     * @param source a 1-D view of the items to copy
     * @throws IllegalArgumentException if the step is zero, or the slice and the source differ in format or
     *     length
     * @throws UnsupportedOperationException if this view is read-only or not 1-D
     * @throws IllegalStateException if this view or the source is released
     */
    public void setSlice(long start, long stop, long step, MemoryView source) {
        ensureOpen("assign a slice");
        requireWritable("assign a slice");
        Objects.requireNonNull(source, "source");
        source.ensureOpen("be the source of a slice assignment");
        if (shape.length != 1) {
            throw new UnsupportedOperationException("slice assignment needs a 1-dimension view, this one has "
                    + shape.length + " dimensions (shape " + Arrays.toString(shape) + ")");
        }
        SliceIndices s = SliceIndices.of(shape[0], start, stop, step);
        long length = s.length();
        if (!item.equivalent(source.item) || source.shape.length != 1 || source.shape[0] != length) {
            throw new IllegalArgumentException("memoryview assignment: lvalue and rvalue have different structures:"
                    + " slice [" + start + ":" + stop + ":" + step + "] has format " + ItemFormat.quote(item.text)
                    + " and shape [" + length + "], the source has format " + ItemFormat.quote(source.item.text)
                    + " and shape " + Arrays.toString(source.shape));
        }
        long to = this.start + strides[0] * s.start();
        StridedCopy.copy(source.memory, source.start, source.strides[0], memory, to, strides[0] * s.step(), length,
                item.size);
    }

    private long offsetOf(long[] index) {
        return Geometry.offsetOf(start, shape, strides, Objects.requireNonNull(index, "index"));
    }

    // ---------------------------------------------------------------------------------------------- copies

    /**
     * Returns the items as a list, as CPython's {@code tolist()}: for one dimension a list of items, for more a
     * list of lists, nested {@link #ndim()} deep. The lists are unmodifiable copies. Each record of a record
     * view is a {@link Tuple}, where CPython's {@code tolist()} of a struct would give a tuple, so the list prints
     * as {@code [(7, 2, 3.5), (8, 1, 0.0)]} and compares by value.
     *
     * @return the items
     * @throws UnsupportedOperationException if the view has 0 dimensions (use {@code get()}), or a dimension
     *     is too long for a Java list
     * @throws IllegalStateException if the view is released
     */
    public List<Object> toList() {
        ensureOpen("toList");
        if (shape.length == 0) {
            throw new UnsupportedOperationException("toList of a 0-dimension view: use get() for its one item");
        }
        return list(0, start);
    }

    private List<Object> list(int dim, long offset) {
        long n = shape[dim];
        if (n > MAX_ARRAY) {
            throw new UnsupportedOperationException("cannot list " + n + " items of dimension " + (dim + 1)
                    + ": more than a Java list holds; slice the view first");
        }
        Object[] out = new Object[(int) n];
        boolean last = dim == shape.length - 1;
        long stride = strides[dim];
        for (int i = 0; i < out.length; i++) {
            long at = offset + i * stride;
            out[i] = last ? item.listValue(memory, at) : list(dim + 1, at);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /**
     * Returns a copy of the bytes of the items in row-major (C) order, as CPython's {@code tobytes()}.
     *
     * @return {@link #nbytes()} bytes
     * @throws UnsupportedOperationException if there are more bytes than a Java array holds
     * @throws IllegalStateException if the view is released
     */
    public byte[] toBytes() {
        ensureOpen("toBytes");
        if (nbytes > MAX_ARRAY) {
            throw new UnsupportedOperationException("cannot copy " + nbytes + " bytes into a byte[]: more than a"
                    + " Java array holds; use segment() or slice the view");
        }
        byte[] out = new byte[(int) nbytes];
        if (nbytes == 0) {
            return out;
        }
        if (cContiguous) {
            MemorySegment.copy(memory, ValueLayout.JAVA_BYTE, start, out, 0, out.length);
            return out;
        }
        StridedCopy.gather(memory, new Cursor(start, shape, strides), nbytes, item.size, MemorySegment.ofArray(out));
        return out;
    }

    /**
     * Returns the bytes of the items in row-major order as lower-case hexadecimal, as CPython's {@code hex()}.
     *
     * @return two hex digits per byte
     * @throws UnsupportedOperationException if the result is too long for a Java string
     * @throws IllegalStateException if the view is released
     */
    public String hex() {
        ensureOpen("hex");
        Hex.length(nbytes, 0); // refuse before copying the bytes
        return Hex.format(toBytes(), '\0', 0);
    }

    /**
     * Returns {@code hex(sep, 1)}: every byte separated by {@code sep}.
     *
     * @param sep an ASCII separator character
     * @return the hex string
     * @throws IllegalArgumentException if {@code sep} is not ASCII
     * @throws UnsupportedOperationException if the result is too long for a Java string
     * @throws IllegalStateException if the view is released
     */
    public String hex(char sep) {
        return hex(sep, 1);
    }

    /**
     * Returns the bytes as hexadecimal with a separator between groups of bytes, as CPython's
     * {@code hex(sep, bytes_per_sep)}: a positive {@code bytesPerSep} counts groups from the right (so the first
     * group may be short: {@code 0001:020304:050607}), a negative one from the left
     * ({@code 000102:030405:0607}); zero, or a group at least as long as the bytes, gives no separator.
     *
     * @param sep an ASCII separator character
     * @param bytesPerSep the group size; its sign gives the direction
     * @return the hex string
     * @throws IllegalArgumentException if {@code sep} is not ASCII
     * @throws UnsupportedOperationException if the result is too long for a Java string
     * @throws IllegalStateException if the view is released
     */
    public String hex(char sep, int bytesPerSep) {
        ensureOpen("hex");
        if (sep > 0x7f) {
            throw new IllegalArgumentException("sep must be ASCII, got '" + sep + "' (U+"
                    + String.format("%04X", (int) sep) + ")");
        }
        Hex.length(nbytes, bytesPerSep); // refuse before copying the bytes
        return Hex.format(toBytes(), sep, bytesPerSep);
    }

    // ----------------------------------------------------------------------------------------------- search

    /**
     * Returns how many items equal {@code value} by Python's {@code ==} (see {@link #equals}), as CPython
     * 3.14's {@code count}. The value is read as {@link #set} reads it: for {@code Q N P L} a {@code Long} is the
     * unsigned 64-bit pattern that {@link #get} returns; a record may be given as an {@code Object[]} or a
     * {@link Tuple}.
     *
     * @param value the value to count
     * @return the number of equal items
     * @throws UnsupportedOperationException if the view is not 1-D
     * @throws IllegalStateException if the view is released
     */
    public long count(Object value) {
        ensureOpen("count");
        require1D("count");
        Object wanted = item.searchValue(value);
        long n = 0;
        for (long i = 0; i < shape[0]; i++) {
            if (PyValues.equal(item.pythonValue(memory, start + i * strides[0]), wanted)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns the index of the first item that equals {@code value}, as CPython 3.14's {@code index}.
     *
     * @param value the value to find, read as {@link #count} reads it
     * @return the smallest index of an equal item
     * @throws NoSuchElementException if no item equals {@code value}
     * @throws UnsupportedOperationException if the view is not 1-D
     * @throws IllegalStateException if the view is released
     */
    public long index(Object value) {
        return index(value, 0, Long.MAX_VALUE);
    }

    /**
     * Returns the index of the first item in {@code [start, stop)} that equals {@code value}, as CPython 3.14's
     * {@code index(value, start, stop)}: negative bounds count from the end, bounds past the end are clamped.
     *
     * @param value the value to find
     * @param start the first index to look at
     * @param stop the index to stop before
     * @return the smallest index in range of an equal item
     * @throws NoSuchElementException if no item in range equals {@code value}
     * @throws UnsupportedOperationException if the view is not 1-D
     * @throws IllegalStateException if the view is released
     */
    public long index(Object value, long start, long stop) {
        ensureOpen("index");
        require1D("index");
        Object wanted = item.searchValue(value);
        long n = shape[0];
        long from = start < 0 ? Math.max(start + n, 0) : start;
        long to = Math.min(stop < 0 ? Math.max(stop + n, 0) : stop, n);
        for (long i = from; i < to; i++) {
            if (PyValues.equal(item.pythonValue(memory, this.start + i * strides[0]), wanted)) {
                return i;
            }
        }
        throw new NoSuchElementException("memoryview.index(x): x not found: no item of format "
                + ItemFormat.quote(item.text) + " in [" + from + ", " + Math.max(from, to) + ") equals "
                + describe(value));
    }

    private static String describe(Object value) {
        if (value instanceof byte[] b) {
            return "byte[] " + java.util.HexFormat.of().formatHex(b);
        }
        if (value instanceof Object[] a) {
            return Arrays.deepToString(a);
        }
        return String.valueOf(value);
    }

    // ------------------------------------------------------------------------------------------- iteration

    /**
     * Returns an iterator over the first dimension, yielding one element of what {@link #toList()} holds at a time:
     * the items of a 1-D view (a {@link Tuple} per record of a record view), or for each index of the first
     * dimension of an N-D view the nested list there. Items are read as the iterator reaches them, so writes made
     * meanwhile show.
     *
     * @return the iterator
     * @throws UnsupportedOperationException if the view has 0 dimensions
     * @throws IllegalStateException if the view is released, also later from {@code hasNext()} and
     *     {@code next()} of an iterator made before the release
     */
    @Override
    public Iterator<Object> iterator() {
        ensureOpen("iterate");
        if (shape.length == 0) {
            throw new UnsupportedOperationException("cannot iterate a 0-dimension view (invalid indexing of 0-dim"
                    + " memory): use get()");
        }
        return new Items(this, 0, shape[0]);
    }

    /**
     * Returns a spliterator over what {@link #iterator()} yields, which knows its size and splits for parallel
     * streams. Like the iterator it checks the view on every step: after a release it throws instead of
     * answering, so a stream made before the release fails in its terminal operation (even {@code count()}).
     *
     * @return the spliterator
     * @throws UnsupportedOperationException if the view has 0 dimensions
     * @throws IllegalStateException if the view is released
     */
    @Override
    public Spliterator<Object> spliterator() {
        ensureOpen("iterate");
        if (shape.length == 0) {
            throw new UnsupportedOperationException("cannot iterate a 0-dimension view (invalid indexing of 0-dim"
                    + " memory): use get()");
        }
        return new Items(this, 0, shape[0]);
    }

    /** What iteration yields at index {@code i} of the first dimension: an item, or the nested list there. */
    Object row(long i) {
        long at = start + i * strides[0];
        return shape.length == 1 ? item.listValue(memory, at) : list(1, at);
    }

    /**
     * Returns a sequential stream of what {@link #iterator()} yields.
     *
     * @return the stream
     * @throws UnsupportedOperationException if the view has 0 dimensions
     * @throws IllegalStateException if the view is released
     */
    public Stream<Object> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    // ------------------------------------------------------------------------------------- value semantics

    /**
     * Compares two views by value, as CPython's {@code ==}: equal when they have the same number of
     * dimensions, the same shape (up to the first zero length) and pairwise equal items, whatever their formats
     * and strides. Items compare as Python values: {@code 1 == 1.0 == true}, an unsigned {@code Q} of
     * {@code 2^64-1} differs from a signed {@code q} of {@code -1}, bytes ({@code c}) never equal numbers,
     * {@code -0.0} equals {@code 0.0}, and a NaN equals nothing, so a view holding a NaN is not equal to
     * itself. Two {@code ?} views compare their raw bytes, as CPython does on x86-64. A released view equals
     * only itself. Any other object is not equal.
     *
     * @param other the object to compare with
     * @return whether the two are equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MemoryView w)) {
            return false;
        }
        if (!usable() || !w.usable()) {
            return this == w;
        }
        if (shape.length != w.shape.length) {
            return false;
        }
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != w.shape[d]) {
                return false;
            }
            if (shape[d] == 0) {
                return true;
            }
        }
        boolean raw = item.nativeCode != 0 && item.nativeCode == w.item.nativeCode && item.bytesAreValues();
        Cursor a = new Cursor(start, shape, strides);
        Cursor b = new Cursor(w.start, w.shape, w.strides);
        long items = nbytes / item.size;
        for (long k = 0; k < items; k++) {
            boolean same = raw
                    ? MemorySegment.mismatch(memory, a.offset(), a.offset() + item.size, w.memory, b.offset(),
                            b.offset() + item.size) < 0
                    : PyValues.equal(item.pythonValue(memory, a.offset()), w.item.pythonValue(w.memory, b.offset()));
            if (!same) {
                return false;
            }
            a.advance();
            b.advance();
        }
        return true;
    }

    /**
     * Returns a hash of the shape and the item values, consistent with {@link #equals} across formats: for a
     * read-only view of a byte format it depends, as CPython's, only on the bytes. The hash of a writable view
     * changes when its contents do, as a {@code List}'s does. A released view hashes by identity.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        if (!usable()) {
            return System.identityHashCode(this);
        }
        int h = shape.length;
        for (long n : shape) {
            h = 31 * h + Long.hashCode(n);
            if (n == 0) {
                return h; // equal views agree on the shape up to the first zero only
            }
        }
        Cursor c = new Cursor(start, shape, strides);
        long items = nbytes / item.size;
        for (long k = 0; k < items; k++) {
            h = 31 * h + PyValues.hash(item.pythonValue(memory, c.offset()));
            c.advance();
        }
        return h;
    }

    /**
     * Returns a description of the view (not its contents), such as
     * {@code MemoryView[format=i, shape=[4], strides=[4], readOnly=false]}.
     *
     * @return the description; {@code MemoryView[released]} for a released view
     */
    @Override
    public String toString() {
        if (!usable()) {
            return "MemoryView[released]";
        }
        return "MemoryView[format=" + item.text + ", shape=" + Arrays.toString(shape) + ", strides="
                + Arrays.toString(strides) + ", readOnly=" + readOnly + "]";
    }

    // ------------------------------------------------------------------------------------------- lifetime

    /**
     * Releases this view, as CPython's {@code release()}: every later use throws {@code IllegalStateException},
     * except {@code release}, {@code close}, {@code equals}, {@code hashCode} and {@code toString}. A view from
     * {@link #map} also unmaps its file. Views derived from this one are not released. Releasing again does
     * nothing.
     */
    public void release() {
        if (released.compareAndSet(false, true) && owned != null) {
            owned.close();
        }
    }

    /** Same as {@link #release()}, so that a view can be used in a try-with-resources statement. */
    @Override
    public void close() {
        release();
    }

    private boolean usable() {
        return !released.get() && memory.scope().isAlive();
    }

    void ensureOpen(String operation) {
        if (released.get()) {
            throw new IllegalStateException("cannot " + operation
                    + ": operation forbidden on released memoryview object");
        }
        if (!memory.scope().isAlive()) {
            throw new IllegalStateException("cannot " + operation + ": the memory of this view was freed (its arena"
                    + " or file mapping is closed)");
        }
    }

    private void requireWritable(String operation) {
        if (readOnly) {
            throw new UnsupportedOperationException("cannot " + operation + ": cannot modify read-only memory");
        }
    }

    private void require1D(String operation) {
        if (shape.length != 1) {
            throw new UnsupportedOperationException(operation + " needs a 1-dimension view, this one has "
                    + shape.length + " dimensions (shape " + Arrays.toString(shape) + ")");
        }
    }
}
