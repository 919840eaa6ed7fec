/**
 * The Java target: {@link io.structview.codegen.java.JavaEmitter} turns a {@link io.structview.schema.Schema} into
 * one flyweight accessor class per record, over {@code java.lang.foreign.MemorySegment} (generated code needs JDK
 * 22 or later; the emitter itself runs on 17).
 */
package io.structview.codegen.java;
