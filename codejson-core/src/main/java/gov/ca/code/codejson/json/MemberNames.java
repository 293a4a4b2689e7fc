package gov.ca.code.codejson.json;

/**
 * The names read so far in one object, to find a repeated name exactly as a map would, in one
 * probe per member. The reader keeps one table per depth and clears it for each object, so that
 * reading a large inventory does not build and grow a map per object. Names compare by
 * {@link String#equals}: the parser's name cache makes most comparisons an identity check.
 */
final class MemberNames {

    private String[] names = new String[32];
    /** The position in its object of the member whose name is in the same slot of {@link #names}. */
    private int[] positions = new int[32];
    /** The slots in use, so that clearing costs as much as the object had members. */
    private int[] used = new int[16];
    private int size;

    /** Forgets the names of the previous object. */
    void clear() {
        for (int i = 0; i < size; i++) {
            names[used[i]] = null;
        }
        size = 0;
    }

    /**
     * Notes the name of the member at a position of the object.
     *
     * @param name the member name
     * @param position where the member stands among the object's members
     * @return the position of the first member with this name, or -1 when it is new
     */
    int add(String name, int position) {
        if (2 * (size + 1) > names.length) {
            grow();
        }
        int mask = names.length - 1;
        int slot = spread(name.hashCode()) & mask;
        while (names[slot] != null) {
            if (names[slot].equals(name)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        names[slot] = name;
        positions[slot] = position;
        used[size++] = slot;
        return -1;
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldPositions = positions;
        int[] oldUsed = used;
        int count = size;
        names = new String[oldNames.length * 2];
        positions = new int[oldNames.length * 2];
        used = new int[oldNames.length];
        size = 0;
        int mask = names.length - 1;
        for (int i = 0; i < count; i++) {
            String name = oldNames[oldUsed[i]];
            int slot = spread(name.hashCode()) & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = name;
            positions[slot] = oldPositions[oldUsed[i]];
            used[size++] = slot;
        }
    }

    /** Mixes the high bits of a hash into the low ones the mask keeps, as {@code HashMap} does. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
