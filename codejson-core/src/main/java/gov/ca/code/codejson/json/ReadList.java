package gov.ca.code.codejson.json;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The members or elements of one object or array as read: an unmodifiable list over an array of
 * exactly its size. The reader fills a {@link Buffer} per depth and freezes it once per object or
 * array, so each list is copied once, where an {@code ArrayList} turned into {@code List.copyOf}
 * copies twice and then clears the scratch list. The tree's values take it as it is, since nothing
 * else holds its array.
 *
 * @param <T> the element type
 */
final class ReadList<T> extends AbstractList<T> implements RandomAccess {

    private static final ReadList<?> EMPTY = new ReadList<>(new Object[0]);

    private final Object[] items;

    private ReadList(Object[] items) {
        this.items = items;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** {@return an immutable list holding the same values, for a list that did not come from the reader} */
    static <T> List<T> copyUnlessRead(List<T> values) {
        return values instanceof ReadList<T> ? values : List.copyOf(values);
    }

    /**
     * A growable array reused from object to object at one depth: it grows once to the largest size
     * met, and is emptied by forgetting its size, not by clearing every slot. The slots it keeps
     * point at values of the tree being read, which outlives the buffer anyway.
     *
     * @param <T> the element type
     */
    static final class Buffer<T> {
        private Object[] items = new Object[16];
        private int size;

        void add(T value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        @SuppressWarnings("unchecked")
        T get(int index) {
            return (T) items[index];
        }

        int size() {
            return size;
        }

        /** {@return the values added since the last freeze, as a list of their own; the buffer is then empty} */
        @SuppressWarnings("unchecked")
        ReadList<T> freeze() {
            ReadList<T> list = size == 0 ? (ReadList<T>) EMPTY : new ReadList<>(Arrays.copyOf(items, size));
            size = 0;
            return list;
        }
    }
}
