package org.medmassage.codesets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A sorted set of ICD-10-CM codes (stored form, DX-06) packed into one byte array of 7-byte ASCII records, right-padded
 * with spaces. Why: 74,719 codes as String objects retain ~4.8 MB of heap; packed they retain ~0.5 MB, in every service
 * that loads them (code-sets/README.md has the measurements). A space sorts before every code character, so the packed
 * order is String order and a prefix ("M545") sorts just before the codes under it ("M5450").
 */
final class PackedCodes {

    static final int WIDTH = 7; // DX-03: an ICD-10-CM code has at most 7 characters
    private static final byte PAD = ' ';

    private final byte[] records;
    private final int size;

    PackedCodes(Collection<String> codes) {
        String[] sorted = codes.stream().sorted().distinct().toArray(String[]::new);
        this.size = sorted.length;
        this.records = new byte[size * WIDTH];
        Arrays.fill(records, PAD);
        for (int i = 0; i < size; i++) {
            String code = sorted[i];
            if (code.length() > WIDTH) {
                throw new IllegalArgumentException("an ICD-10-CM code has at most 7 characters: " + code);
            }
            for (int c = 0; c < code.length(); c++) {
                records[i * WIDTH + c] = (byte) code.charAt(c);
            }
        }
    }

    int size() {
        return size;
    }

    /** Bytes of heap the records take (the array payload, without its 16-byte header). */
    long payloadBytes() {
        return records.length;
    }

    boolean contains(String code) {
        return search(code) >= 0;
    }

    /** Codes that start with {@code prefix} and are longer than it, in code order. */
    List<String> under(String prefix) {
        List<String> found = new ArrayList<>();
        int from = search(prefix);
        for (int i = from >= 0 ? from + 1 : -from - 1; i < size && startsWith(i, prefix); i++) {
            found.add(codeAt(i));
        }
        return found;
    }

    /** Every code, in code order. */
    List<String> all() {
        List<String> codes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            codes.add(codeAt(i));
        }
        return codes;
    }

    String codeAt(int index) {
        int end = WIDTH;
        while (end > 0 && records[index * WIDTH + end - 1] == PAD) {
            end--;
        }
        return new String(records, index * WIDTH, end, java.nio.charset.StandardCharsets.US_ASCII);
    }

    // Arrays.binarySearch contract: the index when found, else -(insertion point) - 1.
    private int search(String code) {
        if (code.length() > WIDTH) {
            return -size - 1;
        }
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compare(mid, code);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -low - 1;
    }

    private int compare(int index, String code) {
        for (int c = 0; c < WIDTH; c++) {
            int mine = records[index * WIDTH + c] & 0xff;
            int theirs = c < code.length() ? code.charAt(c) : PAD;
            if (mine != theirs) {
                return mine - theirs;
            }
        }
        return 0;
    }

    private boolean startsWith(int index, String prefix) {
        for (int c = 0; c < prefix.length(); c++) {
            if (records[index * WIDTH + c] != prefix.charAt(c)) {
                return false;
            }
        }
        return true;
    }
}
