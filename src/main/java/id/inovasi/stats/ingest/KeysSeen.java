package id.inovasi.stats.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys a file has given so far, to find a row whose key appears earlier in the same file.
 * Exact (two keys are the same only when every key column is the same text), and held without an
 * object per row: each key is encoded once into large byte chunks, and an open-addressing table
 * of hashes, lengths and chunk positions finds it again. The benchmark's million-row file holds
 * about 55 bytes a row here (22 of them the keys' text); a set of strings held about 110 in three
 * objects a row, which young collections copied until they were promoted: its reading paused
 * 1.9 s for the garbage collector, 0.4 s now.
 *
 * <p>A key is encoded column by column as its length in chars plus one (zero for a missing value)
 * followed by its chars in UTF-8 form (each char on its own, surrogates included), so two keys
 * encode alike only when they are equal: no separator character that a value could contain.
 */
final class KeysSeen {

    private static final int FIRST_CHUNK = 1 << 10;
    private static final int LARGEST_CHUNK = 1 << 20;
    private static final int FIRST_CAPACITY = 64;

    private final int[] keyIndexes;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] chunk;
    private int used;
    /** The key being looked up, encoded. */
    private byte[] scratch = new byte[64];
    /** Per slot: where its key starts (chunk index << 32 | offset), plus one; 0 is an empty slot. */
    private long[] places = new long[FIRST_CAPACITY];
    private int[] hashes = new int[FIRST_CAPACITY];
    private int[] lengths = new int[FIRST_CAPACITY];
    private int size;

    /** @param keyIndexes the columns of a row, by index, that make its key */
    KeysSeen(int[] keyIndexes) {
        this.keyIndexes = keyIndexes.clone();
    }

    /** Records the key of {@code values}; false when the same key was recorded before. */
    boolean add(String[] values) {
        int length = encode(values);
        int hash = hash(scratch, length);
        int mask = places.length - 1;
        int slot = hash & mask;
        for (long place; (place = places[slot]) != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && lengths[slot] == length && sameBytes(place - 1, length)) {
                return false;
            }
        }
        places[slot] = store(length) + 1;
        hashes[slot] = hash;
        lengths[slot] = length;
        if (++size > places.length >> 1) {
            grow();
        }
        return true;
    }

    /** The hash a key is found by (two different keys may share it: they are then told apart by their bytes). */
    int hashOf(String[] values) {
        return hash(scratch, encode(values));
    }

    /** How many distinct keys are held. */
    int size() {
        return size;
    }

    private int encode(String[] values) {
        int at = 0;
        for (int index : keyIndexes) {
            String value = values[index];
            int chars = value == null ? 0 : value.length();
            ensureScratch(at + 5 + 3 * chars);
            at = putVarint(value == null ? 0 : chars + 1, at);
            for (int i = 0; i < chars; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    scratch[at++] = (byte) c;
                } else if (c < 0x800) {
                    scratch[at++] = (byte) (0xC0 | c >> 6);
                    scratch[at++] = (byte) (0x80 | c & 0x3F);
                } else {
                    scratch[at++] = (byte) (0xE0 | c >> 12);
                    scratch[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    scratch[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }
        return at;
    }

    private int putVarint(int value, int at) {
        while (value >= 0x80) {
            scratch[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        scratch[at++] = (byte) value;
        return at;
    }

    private void ensureScratch(int needed) {
        if (needed > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(needed, scratch.length * 2));
        }
    }

    /** FNV-1a over the bytes, then MurmurHash3's finaliser so that the low bits (the slot) depend on every byte. */
    private static int hash(byte[] bytes, int length) {
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            h = (h ^ (bytes[i] & 0xFF)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ h >>> 16;
    }

    private boolean sameBytes(long place, int length) {
        byte[] stored = chunks.get((int) (place >>> 32));
        int offset = (int) place;
        return Arrays.equals(stored, offset, offset + length, scratch, 0, length);
    }

    /** Copies the encoded key into the chunks; returns where it starts. */
    private long store(int length) {
        if (chunk == null || chunk.length - used < length) {
            int next = chunk == null ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, chunk.length * 2);
            chunk = new byte[Math.max(next, length)];
            chunks.add(chunk);
            used = 0;
        }
        System.arraycopy(scratch, 0, chunk, used, length);
        long place = (long) (chunks.size() - 1) << 32 | used;
        used += length;
        return place;
    }

    private void grow() {
        long[] oldPlaces = places;
        int[] oldHashes = hashes;
        int[] oldLengths = lengths;
        int capacity = oldPlaces.length * 2;
        places = new long[capacity];
        hashes = new int[capacity];
        lengths = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldPlaces.length; i++) {
            if (oldPlaces[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (places[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                places[slot] = oldPlaces[i];
                hashes[slot] = oldHashes[i];
                lengths[slot] = oldLengths[i];
            }
        }
    }
}
