/**
 * StructView's runtime: {@link io.structview.Struct} packs and unpacks values with Python {@code struct} format
 * strings, and {@link io.structview.MemoryView} gives Python {@code memoryview} semantics, both over
 * {@link java.lang.foreign.MemorySegment}s from byte arrays, buffers, off-heap memory and mapped files.
 */
package io.structview;
