package org.budgetkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cell's value is {@link Cells#restore(String)} of it whatever the cache holds, and equal
 * cells share one value while the cache has room (and after it is full, those it holds).
 */
class CellCacheTest {
    private static final List<String> CELLS = List.of("", "'", "''", "'=1+2", "表1", "表3", "收入/预算数", "行政运行",
            "'-3", "a,b", "x");

    @Test
    void valuesAreRestoredCellsAndEqualCellsShareThemWhileThereIsRoom() {
        qt().withExamples(500).forAll(lists().of(arbitrary().pick(CELLS)).ofSizeBetween(0, 40), integers().between(0, 6))
                .checkAssert((cells, max) -> {
                    CellCache cache = new CellCache(max);
                    Map<String, String> first = new HashMap<>();
                    for (String pick : cells) {
                        // A fresh string each time, as the parser gives.
                        String cell = new String(pick.toCharArray());
                        String value = cache.value(cell);
                        assertThat(value).isEqualTo(Cells.restore(cell));
                        String before = first.putIfAbsent(pick, value);
                        if (before != null && first.size() <= max) {
                            assertThat(value).isSameAs(before);
                        }
                    }
                });
    }

    @Test
    void aCellEqualToThePreviousOneGetsTheSameValueEvenWithoutRoom() {
        CellCache cache = new CellCache(0);
        String a = cache.value(new String("'=x".toCharArray()));
        assertThat(a).isEqualTo("=x");
        assertThat(cache.value(new String("'=x".toCharArray()))).isSameAs(a);
        assertThat(cache.value("y")).isEqualTo("y");
    }
}
