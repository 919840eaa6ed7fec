package it.structview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structview.Struct;
import it.structview.geo.Point;
import it.structview.sample.Sample;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The generated classes read and write the same bytes as the runtime's {@code Struct}. */
class GeneratedTest {
    @Test
    void mainSchemaClassReadsWhatStructPacks() {
        byte[] bytes = Struct.of("<iid").pack(-7, 42, 2.5);
        Point p = new Point().wrap(MemorySegment.ofArray(bytes), 0);
        assertEquals(-7, p.x());
        assertEquals(42, p.y());
        assertEquals(2.5, p.weight());
        assertEquals(16, Sizes.pointSize());
    }

    @Test
    void testSchemaClassWritesWhatStructUnpacks() {
        try (Arena arena = Arena.ofConfined()) {
            Sample s = Sample.allocate(arena).kind(0xBEEF).flags(3).length(4_000_000_000L);
            assertEquals(0xBEEF, s.kind());
            assertEquals(4_000_000_000L, s.length());
            byte[] bytes = s.segment().asSlice(s.offset(), Sample.SIZE).toArray(ValueLayout.JAVA_BYTE);
            assertArrayEquals(Struct.of(">HHI").pack(0xBEEF, 3, 4_000_000_000L), bytes);
        }
    }
}
