package com.example.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.Struct;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Behaviour of the generated {@code Point} (ARCHITECTURE.md's sketch, {@code <iid}). Run by GeneratedBehaviourTest. */
public final class PointChecks {
    private PointChecks() {}

    public static void constantsDescribeTheLayout() {
        assertThat(Point.SIZE).isEqualTo(16);
        assertThat(Point.ALIGNMENT).isEqualTo(1);
        assertThat(List.of(Point.X_OFFSET, Point.Y_OFFSET, Point.WEIGHT_OFFSET)).containsExactly(0L, 4L, 8L);
        assertThat(Point.LAYOUT.toString()).isEqualTo("[1%i4(x)1%i4(y)1%d8(weight)](Point)");
    }

    public static void gettersReadWhatStructPacks() {
        byte[] bytes = Struct.of("<iid").pack(1, -2, 3.5);
        Point p = new Point().wrap(MemorySegment.ofArray(bytes), 0);
        assertThat(p.x()).isEqualTo(1);
        assertThat(p.y()).isEqualTo(-2);
        assertThat(p.weight()).isEqualTo(3.5);
    }

    public static void settersAreFluentAndWriteWhatStructUnpacks() {
        byte[] bytes = new byte[20];
        Point p = new Point().wrap(MemorySegment.ofArray(bytes), 3);
        assertThat(p.x(7).y(Integer.MIN_VALUE).weight(-0.25)).isSameAs(p);
        assertThat(Struct.of("<iid").unpackFrom(bytes, 3)).containsExactly(7L, (long) Integer.MIN_VALUE, -0.25);
        assertThat(p.segment().byteSize()).isEqualTo(20);
        assertThat(p.offset()).isEqualTo(3);
    }

    public static void staticAccessorsNeedNoFlyweight() {
        MemorySegment s = MemorySegment.ofArray(new byte[32]);
        Point.y(s, 16, 42);
        Point.weight(s, 16, 1e300);
        assertThat(Point.y(s, 16)).isEqualTo(42);
        assertThat(Struct.of("<iid").unpackFrom(s, 16)).containsExactly(0L, 42L, 1e300);
    }

    public static void toStringPrintsTheFields() {
        Point p = new Point().wrap(MemorySegment.ofArray(Struct.of("<iid").pack(1, -2, 3.5)), 0);
        assertThat(p).hasToString("Point[x=1, y=-2, weight=3.5]");
        assertThat(new Point()).hasToString("Point[unwrapped]");
    }

    public static void recordsThatDoNotFitFailAtTheFirstAccessPastTheEnd() {
        MemorySegment s = MemorySegment.ofArray(new byte[16]);
        assertThatThrownBy(() -> new Point().wrap(s, -1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("negative record offset: -1");
        Point p = new Point().wrap(s, 1);
        assertThat(p.x()).isZero(); // bytes 1..4 are inside the segment
        assertThatThrownBy(p::weight).isInstanceOf(IndexOutOfBoundsException.class); // bytes 9..16 are not
        assertThatThrownBy(() -> p.weight(1.0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    public static void allocateGivesZeroedAlignedRecords() {
        try (Arena arena = Arena.ofConfined()) {
            Point p = Point.allocate(arena);
            assertThat(p.segment().byteSize()).isEqualTo(16);
            assertThat(p.toString()).isEqualTo("Point[x=0, y=0, weight=0.0]");
        }
    }

    public static void cursorsWalkArraysOfRecords() {
        try (Arena arena = Arena.ofConfined()) {
            Point.Cursor points = Point.allocateArray(arena, 3);
            assertThat(points.count()).isEqualTo(3);
            assertThat(points.segment().byteSize()).isEqualTo(48);
            for (int i = 0; i < 3; i++) {
                points.at(i).x(i * 10).y(-i);
            }
            assertThat(points.at(2)).isSameAs(points.at(0));
            List<String> seen = new ArrayList<>();
            points.forEach(p -> seen.add(p.x() + "," + p.y()));
            assertThat(seen).containsExactly("0,0", "10,-1", "20,-2");
            assertThat(Struct.of("<iid").iterUnpack(points.segment()).map(v -> v[0]).toList())
                    .containsExactly(0L, 10L, 20L);
            assertThatThrownBy(() -> points.at(3)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> Point.allocateArray(arena, -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("negative record count: -1");
        }
        // Trailing bytes that do not make a whole record are not visited.
        MemorySegment fifty = MemorySegment.ofArray(new byte[50]);
        assertThat(Point.cursor(fifty).count()).isEqualTo(3);
        assertThat(Point.cursor(fifty, 2, 3).at(1).offset()).isEqualTo(16);
        assertThatThrownBy(() -> Point.cursor(fifty, 3, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        // Issue 11 #11: a count whose byte size overflows a long is out of bounds too, not an ArithmeticException.
        assertThatThrownBy(() -> Point.cursor(fifty, 0, Long.MAX_VALUE / 2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("4611686018427387903 records of 16 bytes at offset 0 do not fit in a segment of 50 bytes");
        assertThatThrownBy(() -> Point.cursor(fifty, 51, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Point.cursor(fifty, -1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Point.cursor(fifty, 50, 0).count()).isZero();
    }

    public static void copyFromCopiesEveryByte() {
        Point a = new Point().wrap(MemorySegment.ofArray(Struct.of("<iid").pack(5, 6, 7.0)), 0);
        byte[] target = new byte[16];
        new Point().wrap(MemorySegment.ofArray(target), 0).copyFrom(a);
        assertThat(target).isEqualTo(Struct.of("<iid").pack(5, 6, 7.0));
    }

    /** Once compiled, accessors allocate nothing: the layouts are constants and nothing is boxed. */
    public static void accessorsDoNotAllocate() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MemorySegment s = MemorySegment.ofArray(new byte[(int) Point.SIZE * 1024]);
        Point p = new Point();
        long sum = 0;
        for (int round = 0; round < 300; round++) {
            sum += walk(p, s);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 100; round++) {
            sum += walk(p, s);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(sum).isNotZero();
        assertThat(allocated).as("bytes allocated by 102,400 flyweight and 102,400 static accesses").isLessThan(4096);
    }

    private static long walk(Point p, MemorySegment s) {
        long sum = 0;
        for (int i = 0; i < 1024; i++) {
            long at = i * Point.SIZE;
            p.wrap(s, at).x(i).weight(i * 0.5);
            sum += p.x() + p.y() + (long) p.weight() + Point.x(s, at);
        }
        return sum;
    }
}
