package com.example.app;

import com.example.geo.Point;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Uses the class generated from src/main/structview/geo/point.yaml, as the plugin README shows. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(Point.SIZE * 2);
            Point p = new Point().wrap(segment, Point.SIZE);
            p.x(3).y(4).weight(2.5);
            System.out.println(p.x() + p.y() + p.weight());
        }
    }
}
