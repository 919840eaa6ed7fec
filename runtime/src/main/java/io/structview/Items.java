package io.structview;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Walks the first dimension of a view, reading each item (or nested list) when it is reached. Every step checks
 * that the view is still usable, so an iterator or stream made before {@link MemoryView#release()} fails
 * afterwards instead of reading freed memory or counting items that can no longer be read.
 */
final class Items implements Iterator<Object>, Spliterator<Object> {
    private final MemoryView view;
    private long next;
    private final long end;

    Items(MemoryView view, long from, long end) {
        this.view = view;
        this.next = from;
        this.end = end;
    }

    /** @throws IllegalStateException if the view was released since this walk began */
    @Override
    public boolean hasNext() {
        view.ensureOpen("iterate");
        return next < end;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no item past index " + (end - 1));
        }
        return view.row(next++);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Object> action) {
        if (!hasNext()) {
            return false;
        }
        action.accept(view.row(next++));
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super Object> action) {
        while (tryAdvance(action)) {
            // each step checks the view
        }
    }

    @Override
    public Spliterator<Object> trySplit() {
        long mid = next + (end - next) / 2;
        if (mid <= next) {
            return null;
        }
        Items prefix = new Items(view, next, mid);
        next = mid;
        return prefix;
    }

    /** @throws IllegalStateException if the view was released, so that {@code count()} cannot answer for it */
    @Override
    public long estimateSize() {
        view.ensureOpen("iterate");
        return end - next;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL | SIZED | SUBSIZED | IMMUTABLE;
    }
}
