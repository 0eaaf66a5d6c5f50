package io.jstan.store.memory;

import java.util.Arrays;

/**
 * A growable ring of pages addressed by their place from the oldest, so pages are added at
 * the new end and dropped from the old end in O(1), and any page is reached in O(1).
 */
final class PageRing<P> {

    private Object[] pages = new Object[4];
    private int head;
    private int size;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    P get(int index) {
        return (P) pages[slot(index)];
    }

    void set(int index, P page) {
        pages[slot(index)] = page;
    }

    void addLast(P page) {
        if (size == pages.length) {
            grow();
        }
        pages[slot(size)] = page;
        size++;
    }

    void removeFirst() {
        pages[head] = null;
        head = (head + 1) & (pages.length - 1);
        size--;
    }

    void clear() {
        Arrays.fill(pages, null);
        head = 0;
        size = 0;
    }

    private int slot(int index) {
        // The capacity is a power of two, so masking wraps around the ring.
        return (head + index) & (pages.length - 1);
    }

    private void grow() {
        Object[] larger = new Object[pages.length * 2];
        for (int i = 0; i < size; i++) {
            larger[i] = pages[slot(i)];
        }
        pages = larger;
        head = 0;
    }
}
