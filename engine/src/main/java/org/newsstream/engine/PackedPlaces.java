package org.newsstream.engine;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only place index in one byte array, so that loading is a read and not a parse, and 200,000 places cost
 * a few megabytes instead of a hundred: name keys are 64-bit hashes in a sorted array (binary search), each
 * pointing at a run of place numbers; a place is its TSV line (without keys), decoded only when a lookup hits it.
 *
 * <pre>
 * int magic, version, places, keys, postings, maxNameTokens
 * long[keys]     key hashes, ascending
 * int[keys + 1]  where each key's run of place numbers starts in postings
 * int[postings]  place numbers
 * int[places + 1] where each place's line starts in the text
 * byte[]         the places' lines, UTF-8
 * </pre>
 */
final class PackedPlaces {
    private static final int MAGIC = 0x4E53475A; // "NSGZ"
    private static final int VERSION = 1;

    private final LongBuffer hashes;
    private final IntBuffer postingStart;
    private final IntBuffer postings;
    private final IntBuffer lineStart;
    private final ByteBuffer text;
    private final int places;
    private final int maxNameTokens;
    /** Places decoded so far; a benign race, since a Place is immutable and any two decodings are equal. */
    private final Gazetteer.Place[] decoded;

    PackedPlaces(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt() != MAGIC || b.getInt() != VERSION) {
            throw new IllegalArgumentException("not a packed gazetteer of version " + VERSION + ": run scripts/build-gazetteer.sh");
        }
        places = b.getInt();
        int keys = b.getInt();
        int postingCount = b.getInt();
        maxNameTokens = b.getInt();
        hashes = slice(b, keys * 8L).asLongBuffer();
        postingStart = slice(b, (keys + 1) * 4L).asIntBuffer();
        postings = slice(b, postingCount * 4L).asIntBuffer();
        lineStart = slice(b, (places + 1) * 4L).asIntBuffer();
        text = b.slice();
        decoded = new Gazetteer.Place[places];
    }

    private static ByteBuffer slice(ByteBuffer b, long length) {
        ByteBuffer s = b.slice();
        s.limit((int) length);
        b.position(b.position() + (int) length);
        return s;
    }

    int size() {
        return places;
    }

    int maxNameTokens() {
        return maxNameTokens;
    }

    /** Places indexed under a key that is already normalised ({@link Tokens#key}). */
    List<Gazetteer.Place> lookup(String key) {
        int i = binarySearch(hash(key));
        if (i < 0) {
            return List.of();
        }
        int from = postingStart.get(i);
        int to = postingStart.get(i + 1);
        List<Gazetteer.Place> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(place(postings.get(k)));
        }
        return out;
    }

    private int binarySearch(long h) {
        int lo = 0;
        int hi = hashes.limit() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = hashes.get(mid);
            if (v < h) {
                lo = mid + 1;
            } else if (v > h) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private Gazetteer.Place place(int n) {
        Gazetteer.Place p = decoded[n];
        if (p == null) {
            int from = lineStart.get(n);
            byte[] line = new byte[lineStart.get(n + 1) - from];
            text.get(from, line);
            p = parse(new String(line, StandardCharsets.UTF_8).split("\t", -1));
            decoded[n] = p;
        }
        return p;
    }

    /** A place from the columns id, name, cc, lat, lon, kind, fcode, population, [keys,] admin1. */
    static Gazetteer.Place parse(String[] c) {
        String admin1 = c.length > 9 ? c[9] : c.length == 9 ? c[8] : "";
        return new Gazetteer.Place(c[0], c[1], c[2].isEmpty() ? null : c[2], Double.parseDouble(c[3]),
                Double.parseDouble(c[4]), c[5], c[6], Long.parseLong(c[7]), admin1.isEmpty() ? null : admin1);
    }

    /** 64-bit FNV-1a over the key's UTF-16 units: among a few hundred thousand keys a clash is ~1e-8 likely. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            h ^= ch & 0xff;
            h *= 0x100000001b3L;
            h ^= ch >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Collects places and their keys, then writes the packed form. */
    static final class Builder {
        private final List<String> lines = new ArrayList<>();
        private final Map<String, List<Integer>> keys = new LinkedHashMap<>();
        private final Map<String, Integer> countries = new LinkedHashMap<>(); // country code -> place number
        private int maxNameTokens = 1;

        /** Adds one TSV line of the shipped format (id, name, cc, lat, lon, kind, fcode, population, keys, admin1). */
        void addTsvLine(String tsvLine) {
            String[] c = tsvLine.split("\t", -1);
            int n = lines.size();
            String admin1 = c.length > 9 ? c[9] : "";
            lines.add(String.join("\t", c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], admin1));
            if (c[5].equals("country") && !c[2].isEmpty()) {
                countries.put(c[2], n);
            }
            // The build script stores lookup keys already normalised (Tokens.key).
            for (String key : c[8].split("\\|")) {
                addKey(key, n);
            }
        }

        void addKey(String key, int place) {
            if (key.isEmpty()) {
                return;
            }
            List<Integer> l = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!l.contains(place)) {
                l.add(place);
            }
            maxNameTokens = Math.max(maxNameTokens, key.split(" ").length);
        }

        /** Country code -> place number of every country added so far. */
        Map<String, Integer> countries() {
            return countries;
        }

        byte[] build() {
            String[] sorted = keys.keySet().toArray(new String[0]);
            long[] h = new long[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                h[i] = hash(sorted[i]);
            }
            Integer[] order = new Integer[sorted.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(h[a], h[b]));
            for (int i = 1; i < order.length; i++) {
                if (h[order[i]] == h[order[i - 1]]) {
                    throw new IllegalStateException("hash clash: " + sorted[order[i]] + " / " + sorted[order[i - 1]]);
                }
            }
            int postingCount = keys.values().stream().mapToInt(List::size).sum();
            byte[][] utf8 = new byte[lines.size()][];
            int textBytes = 0;
            for (int i = 0; i < utf8.length; i++) {
                utf8[i] = lines.get(i).getBytes(StandardCharsets.UTF_8);
                textBytes += utf8[i].length;
            }
            ByteBuffer b = ByteBuffer.allocate(24 + sorted.length * 12 + 4 + postingCount * 4 + (lines.size() + 1) * 4 + textBytes);
            b.putInt(MAGIC).putInt(VERSION).putInt(lines.size()).putInt(sorted.length).putInt(postingCount)
                    .putInt(Math.min(maxNameTokens, 6));
            for (Integer i : order) {
                b.putLong(h[i]);
            }
            int at = 0;
            for (Integer i : order) {
                b.putInt(at);
                at += keys.get(sorted[i]).size();
            }
            b.putInt(at);
            for (Integer i : order) {
                for (int place : keys.get(sorted[i])) {
                    b.putInt(place);
                }
            }
            at = 0;
            for (byte[] line : utf8) {
                b.putInt(at);
                at += line.length;
            }
            b.putInt(at);
            for (byte[] line : utf8) {
                b.put(line);
            }
            return b.array();
        }
    }
}
