package gov.ca.code.codejson.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The UTF-8 bytes on their way to the parser: counted against the size limit as they pass, and
 * their multi-byte characters noted, so that a byte column of the parser becomes the character
 * column an editor shows. Only the characters between the parser's position and what it has
 * buffered ahead are kept, so the memory this takes does not grow with the input.
 */
final class Utf8Source extends InputStream {

    /** Reads eight bytes of an array as one {@code long}, in any byte order: only their high bits are looked at. */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The source ended past the size limit. */
    static final class SizeExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        SizeExceeded() {
            super("size limit");
        }
    }

    /** Bytes read before, to be given first; unlike a {@code SequenceInputStream}, the caller's stream is never closed. */
    private final byte[] first;
    private int firstGiven;
    private final InputStream in;
    private final long limit;
    private long offset;
    /** Offsets of the multi-byte characters read ahead, and how many bytes each has more than UTF-16 units. */
    private long[] wide = new long[64];
    private int head;
    private int tail;
    /** The byte offset where the line of the last converted column starts, and the surplus seen on it. */
    private long lineStart = -1;
    private int surplus;

    Utf8Source(InputStream in, long limit) {
        this(new byte[0], in, limit);
    }

    Utf8Source(byte[] first, InputStream in, long limit) {
        this.first = first;
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        if (firstGiven < first.length && len > 0) {
            n = Math.min(len, first.length - firstGiven);
            System.arraycopy(first, firstGiven, b, off, n);
            firstGiven += n;
        } else {
            n = in.read(b, off, len);
        }
        if (n <= 0) {
            return n;
        }
        int end = off + n;
        for (int i = off; i < end; i++) {
            // Eight ASCII bytes at a time: most of a code.json is ASCII, and this scan sees every byte.
            while (i + Long.BYTES <= end && ((long) EIGHT.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= end) {
                break;
            }
            int c = b[i];
            if (c < 0 && (c & 0xC0) == 0xC0) {
                long at = offset + (i - off);
                // A byte order mark counts for nothing; 2 bytes make 1 unit, 3 make 1, 4 make 2.
                int extra = at == 0 && (c & 0xFF) == 0xEF ? 3 : (c & 0xE0) == 0xC0 ? 1 : 2;
                note(at, extra);
            }
        }
        offset += n;
        if (offset > limit) {
            throw new SizeExceeded();
        }
        return n;
    }

    private void note(long at, int extra) {
        if (tail == wide.length) {
            if (head > wide.length / 2) {
                System.arraycopy(wide, head, wide, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                wide = Arrays.copyOf(wide, wide.length * 2);
            }
        }
        wide[tail++] = at << 2 | extra;
    }

    /**
     * The character column of a position the parser reports in bytes. Positions come in
     * increasing order, as the parser reads.
     */
    int characterColumn(long byteOffset, int byteColumn) {
        if (byteOffset < 0) {
            return byteColumn;
        }
        long start = byteOffset - (byteColumn - 1);
        if (start != lineStart) {
            lineStart = start;
            surplus = 0;
        }
        while (head < tail && (wide[head] >>> 2) < byteOffset) {
            if ((wide[head] >>> 2) >= start) {
                surplus += (int) (wide[head] & 3);
            }
            head++;
        }
        return Math.max(1, byteColumn - surplus);
    }
}
