package org.parley.rules.drools.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The message helpers over large collections (the thousands of ids a WOUNDED_PRIORITY message
 * counts): distinct values by {@code equals}, and the smallest few of the distinct texts.
 */
class ReportTests {

    /** 10,000 ids, each twice, shuffled by a fixed stride, and one null. */
    private static List<String> manyWithRepeats() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add("ID-" + ((i * 7919) % 10_000));
        }
        ids.add(null);
        return ids;
    }

    @Test
    void distinct_countsEachValueOnce_nullIncluded() {
        assertThat(Report.distinct(manyWithRepeats())).isEqualTo(10_001);
        assertThat(Report.distinct(List.of())).isZero();
        assertThat(Report.distinct(Arrays.asList("a", "b", "a", null, null))).isEqualTo(3);
    }

    @Test
    void sortedList_ofManyValues_showsTheSmallestDistinctTexts_andCountsTheRest() {
        // 10,001 distinct texts: "ID-0".."ID-9999" and "null" (String.valueOf of null).
        assertThat(Report.sortedList(manyWithRepeats(), 3)).isEqualTo("ID-0, ID-1, ID-10 and 9998 more");
    }

    @Test
    void sortedList_ofFewValues_sortsAndDropsRepeats() {
        assertThat(Report.sortedList(List.of("c", "a", "b", "a"), 5)).isEqualTo("a, b, c");
        assertThat(Report.sortedList(List.of("c", "a", "b", "a"), 2)).isEqualTo("a, b and 1 more");
    }
}
