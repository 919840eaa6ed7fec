package io.structview.codegen.java;

import java.nio.file.Path;

/** TEMPORARY stub of the pinned emitter API (branch emitter); reverted when the real emitter lands. */
public record GeneratedFile(Path path, String source) {}
