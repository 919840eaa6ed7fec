package com.example.consumer;

import io.structview.Struct;
import io.structview.schema.FormatCode;
import io.structview.schema.Mode;

/** Uses a type of each module: io.structview (Struct) and, through requires transitive, io.structview.schema. */
public final class Sizes {
    private Sizes() {}

    public static long tick() {
        return Struct.calcsize("<qIdd") + FormatCode.of('q').size(Mode.LITTLE_ENDIAN);
    }
}
