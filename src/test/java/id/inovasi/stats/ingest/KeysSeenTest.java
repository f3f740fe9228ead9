package id.inovasi.stats.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's keys seen so far: a repeated key is found, different keys never are, whatever their text. */
class KeysSeenTest {

    /** Rows of (year, region, innovation id, a column outside the key). */
    private static final int[] KEY = {0, 1, 2};

    @Test
    void aKeyIsNewOnceAndSeenAfterwardsWhateverTheColumnsOutsideIt() {
        KeysSeen seen = new KeysSeen(KEY);
        assertThat(seen.add(row("2023", "35.20", "INV-1", "a"))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "INV-2", "a"))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "INV-1", "b"))).isFalse();
        assertThat(seen.add(row("2024", "35.20", "INV-1", "a"))).isTrue();
        assertThat(seen.size()).isEqualTo(3);
    }

    @Test
    void keysThatGlueToTheSameTextAreDifferentKeys() {
        KeysSeen seen = new KeysSeen(KEY);
        assertThat(seen.add(row("2023", "35.2", "0X", ""))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "X", ""))).isTrue();
        assertThat(seen.add(row("2023", "35.20\u0001", "X", ""))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "\u0001X", ""))).isTrue();
        assertThat(seen.add(row("2023", "", "35.20X", ""))).isTrue();
        assertThat(seen.add(row("2023", null, "35.20X", ""))).isTrue();
        assertThat(seen.add(row("2023", null, "35.20X", ""))).isFalse();
        assertThat(seen.add(row("2023", "", "35.20X", ""))).isFalse();
    }

    @Test
    void textBeyondAsciiIsComparedCharByChar() {
        KeysSeen seen = new KeysSeen(KEY);
        assertThat(seen.add(row("2023", "35.20", "Inovasi–Dinas é 😀", ""))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "Inovasi–Dinas e 😀", ""))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "Inovasi–Dinas é 😀", ""))).isFalse();
        assertThat(seen.add(row("2023", "35.20", "x".repeat(70_000), ""))).isTrue();
        assertThat(seen.add(row("2023", "35.20", "x".repeat(70_000), ""))).isFalse();
        assertThat(seen.add(row("2023", "35.20", "x".repeat(69_999) + "y", ""))).isTrue();
    }

    @Test
    void twoKeysOfTheSameHashAndLengthAreToldApart() {
        KeysSeen seen = new KeysSeen(KEY);
        Map<Integer, String[]> byHash = new HashMap<>();
        String[] first = null;
        String[] second = null;
        for (int i = 0; second == null; i++) {
            String[] row = row("2023", "35.20", "INV-" + (10_000_000 + i), "");
            first = byHash.putIfAbsent(seen.hashOf(row), row);
            second = first == null ? null : row;
        }
        assertThat(second[2]).isNotEqualTo(first[2]).hasSameSizeAs(first[2]);
        assertThat(seen.add(first)).isTrue();
        assertThat(seen.add(second)).isTrue();
        assertThat(seen.add(second)).isFalse();
    }

    @Test
    void manyKeysAgreeWithASetOfTheirTexts() {
        Random random = new Random(11);
        KeysSeen seen = new KeysSeen(KEY);
        Set<List<String>> reference = new HashSet<>();
        for (int i = 0; i < 300_000; i++) {
            // few distinct values per column, so that repeats are common and hashes crowd together
            String[] row = row(String.valueOf(2016 + random.nextInt(3)), "35." + random.nextInt(40),
                    "INV-" + Integer.toString(random.nextInt(5_000), 36), "x");
            boolean isNew = reference.add(List.of(row[0], row[1], row[2]));
            assertThat(seen.add(row)).as("row %d: %s", i, List.of(row)).isEqualTo(isNew);
        }
        assertThat(seen.size()).isEqualTo(reference.size());
    }

    private static String[] row(String year, String region, String id, String other) {
        return new String[] {year, region, id, other};
    }
}
