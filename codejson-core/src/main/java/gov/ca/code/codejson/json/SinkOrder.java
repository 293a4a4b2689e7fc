package gov.ca.code.codejson.json;

import java.util.BitSet;

/**
 * The order in which a {@link JsonWriter.Sink} may be called, checked before each token so that a
 * caller's mistake is said in the sink's own terms and never reaches the output as invalid JSON.
 */
final class SinkOrder {
    /** Bit {@code i} is set when the container open at depth {@code i} is an object. */
    private final BitSet objects = new BitSet();
    private int depth;
    private boolean named;
    private boolean done;

    void name(String name) {
        if (depth == 0 || !objects.get(depth - 1)) {
            throw misuse("name(\"" + name + "\") outside an object; a member name belongs between startObject() and endObject()");
        }
        if (named) {
            throw misuse("name(\"" + name + "\") right after another name; the member before it has no value yet");
        }
        named = true;
    }

    void scalar() {
        before();
        ended();
    }

    void open(boolean object) {
        before();
        objects.set(depth++, object);
    }

    void close(boolean object) {
        String call = object ? "endObject()" : "endArray()";
        if (depth == 0 || objects.get(depth - 1) != object) {
            throw misuse(call + " with no " + (object ? "object" : "array") + " open at this point");
        }
        if (named) {
            throw misuse(call + " right after a member name; write the member's value first");
        }
        depth--;
        ended();
    }

    void finish() {
        if (depth > 0) {
            throw misuse("the content ended with " + depth + " object or array left open; close each one it starts");
        }
        if (!done) {
            throw misuse("the content wrote no value; it must write exactly one");
        }
    }

    private void before() {
        if (done) {
            throw misuse("a second value at the top level; a JSON document holds exactly one");
        }
        if (depth > 0 && objects.get(depth - 1) && !named) {
            throw misuse("a value inside an object without its member name; call name(...) before it");
        }
        named = false;
    }

    private void ended() {
        done = depth == 0;
    }

    private static IllegalStateException misuse(String what) {
        return new IllegalStateException("JsonWriter.Sink: " + what);
    }
}
