package io.jstan.store.memory;

/**
 * The timestamp and end position of each stored message, by sequence, in pages of a fixed
 * number of sequences: a lookup is O(1) and dropping the oldest messages frees whole pages.
 */
final class MessageIndex {

    private static final int PAGE_SHIFT = 10;
    private static final int PAGE_SIZE = 1 << PAGE_SHIFT;

    private final PageRing<Page> pages = new PageRing<>();
    /** Sequence held by the first slot of the oldest page. */
    private long pagesStart;

    /** An index whose first message will have sequence {@code firstSequence}. */
    MessageIndex(long firstSequence) {
        this.pagesStart = firstSequence;
    }

    /** Adds the next sequence; sequences come one by one, in order. */
    void add(long sequence, long timestamp, long end) {
        int page = (int) ((sequence - pagesStart) >>> PAGE_SHIFT);
        if (page == pages.size()) {
            pages.addLast(new Page());
        }
        Page target = pages.get(page);
        target.timestamps.add(timestamp);
        target.ends.add(end);
    }

    long timestamp(long sequence) {
        long offset = sequence - pagesStart;
        return pages.get((int) (offset >>> PAGE_SHIFT)).timestamps.get(slot(offset));
    }

    long end(long sequence) {
        long offset = sequence - pagesStart;
        return pages.get((int) (offset >>> PAGE_SHIFT)).ends.get(slot(offset));
    }

    /** Frees the pages holding only sequences before {@code sequence}. */
    void releaseBefore(long sequence) {
        while (sequence - pagesStart >= PAGE_SIZE) {
            pages.removeFirst();
            pagesStart += PAGE_SIZE;
        }
    }

    /** Bytes held by the pages' columns. */
    long capacityBytes() {
        long capacity = 0;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            capacity += page.timestamps.capacityBytes() + page.ends.capacityBytes();
        }
        return capacity;
    }

    private static int slot(long offset) {
        return (int) (offset & (PAGE_SIZE - 1));
    }

    private static final class Page {
        final DeltaColumn timestamps = new DeltaColumn(PAGE_SIZE);
        final DeltaColumn ends = new DeltaColumn(PAGE_SIZE);
    }
}
