package uk.safeguarding.reviews.kernel;

import java.util.List;

/**
 * One page of a list, read and sorted by the database, with how many there are in all: a list never
 * stops silently at some number (issue 13 §4).
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    /** Rows a list page shows unless it says otherwise. */
    public static final int DEFAULT_SIZE = 25;

    public Page {
        items = List.copyOf(items);
        if (number < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("A page is numbered from 1 and has a size of at least 1");
        }
    }

    /** The page number asked for, kept within the pages there are (an empty list has one, empty, page). */
    public static int within(int requested, long total, int size) {
        long pages = Math.max(1, (total + size - 1) / size);
        return (int) Math.min(Math.max(requested, 1), pages);
    }

    /** How many rows come before page {@code number}. */
    public static int offset(int number, int size) {
        return (number - 1) * size;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The position of the first row shown, from 1; 0 when there is none. */
    public long first() {
        return items.isEmpty() ? 0 : (long) offset(number, size) + 1;
    }

    public long last() {
        return (long) offset(number, size) + items.size();
    }
}
