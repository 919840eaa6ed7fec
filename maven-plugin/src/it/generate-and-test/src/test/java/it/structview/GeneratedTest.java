package it.structview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.structview.sample.Sample;
import org.junit.jupiter.api.Test;

class GeneratedTest {
    @Test
    void mainSchemaGenerated() {
        assertEquals(16, Sizes.pointSize());
    }

    @Test
    void testSchemaGenerated() {
        assertEquals(8, Sample.SIZE);
    }
}
