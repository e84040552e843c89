package org.budgetkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Packed and interned keys: the same answers for get, with and equality, whatever the ids. */
class KeySpaceTest {
    private static final int[] WIDTHS = {3, 3, 2, 9, 8, 5, 4, 4, 6, 2};

    @Test
    void packedKeysNeedAtMost63BitsElseIdsAreInterned() {
        assertThat(KeySpace.of(WIDTHS)).isInstanceOf(KeySpace.Packed.class);
        assertThat(KeySpace.of(new int[] {20, 3, 2, 20, 8, 5, 4, 1, 0, 0})).isInstanceOf(KeySpace.Packed.class);
        assertThat(KeySpace.of(new int[] {20, 3, 2, 20, 8, 5, 4, 1, 1, 0})).isInstanceOf(KeySpace.Interned.class);
    }

    @Test
    void bothSpacesAgreeOnEveryOperation() {
        qt().withExamples(300).forAll(longs().all(), integers().between(1, 200)).checkAssert((seed, steps) -> {
            SplittableRandom random = new SplittableRandom(seed);
            KeySpace packed = KeySpace.of(WIDTHS);
            KeySpace interned = new KeySpace.Interned();
            int[] ids = new int[KeySpace.DIMENSIONS];
            for (int d = 0; d < ids.length; d++) {
                ids[d] = random.nextInt(1 << WIDTHS[d]);
            }
            long p = packed.key(ids, 0);
            long q = interned.key(ids, 0);
            long p0 = p;
            long q0 = q;
            for (int s = 0; s < steps; s++) {
                int d = random.nextInt(ids.length);
                int id = random.nextInt(4) == 0 ? 0 : random.nextInt(1 << WIDTHS[d]);
                ids[d] = id;
                p = packed.with(p, d, id);
                q = interned.with(q, d, id);
                for (int e = 0; e < ids.length; e++) {
                    assertThat(packed.get(p, e)).isEqualTo(ids[e]);
                    assertThat(interned.get(q, e)).isEqualTo(ids[e]);
                }
                // Equal coordinates, equal keys: a key is found again however it was reached.
                assertThat(packed.key(ids, 0)).isEqualTo(p);
                assertThat(interned.key(ids, 0)).isEqualTo(q);
                assertThat(p == p0).isEqualTo(q == q0);
                assertThat(p).isNotNegative();
            }
        });
    }
}
