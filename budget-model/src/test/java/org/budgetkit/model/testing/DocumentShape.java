package org.budgetkit.model.testing;

import java.util.List;

/**
 * The size and kind of a generated {@link ConsistentDocument}: how many budget units, which
 * year's classification edition, how many function 项 each unit spends on, how many economic
 * 款 each (项, nature) is spread over, and the decimals of the whole-amount tables.
 *
 * <p>{@code new DocumentShape(1, 2023, 9, 3, 0)} is a one-unit department shaped like the seed
 * (every 2023 项, whole 万元); {@link #SEED_SIZED} is the shape {@link Generators#seedSized(long)}
 * uses. Immutable and thread-safe.
 *
 * @param units the number of budget units (本级 first), 1 to 3
 * @param year the fiscal year, one of {@link #YEARS}: its bundled edition names every code
 * @param functionItems the most function 项 a unit spends on, 1 to 40 (capped by the edition:
 *     9 in 2023, 15 in 2024, 31–32 in 2017–2019)
 * @param economicSections the most economic 款 one (unit, 项, nature) is spread over, 1 to 8
 * @param decimals the decimals of 表1–表8 (0 or 2); 表9 is always in 2 decimals
 */
public record DocumentShape(int units, int year, int functionItems, int economicSections, int decimals) {
    /**
     * The years whose bundled classification editions hold complete 类 › 款 › 项 chains, the
     * seed's year first (shrinking goes towards it).
     */
    public static final List<Integer> YEARS = List.of(2023, 2024, 2017, 2018, 2019);

    /**
     * The shape of {@link Generators#seedSized(long)}: one unit, 2023, every 2023 项, 3 to 6
     * 款 per (项, nature), whole 万元 — about 690 figures, like the seed's 705.
     */
    public static final DocumentShape SEED_SIZED = new DocumentShape(1, 2023, 9, 6, 0);

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if a value is out of its range
     */
    public DocumentShape {
        if (units < 1 || units > 3) {
            throw new IllegalArgumentException("units must be 1 to 3: " + units);
        }
        if (!YEARS.contains(year)) {
            throw new IllegalArgumentException("year must be one of " + YEARS + ": " + year);
        }
        if (functionItems < 1 || functionItems > 40) {
            throw new IllegalArgumentException("functionItems must be 1 to 40: " + functionItems);
        }
        if (economicSections < 1 || economicSections > 8) {
            throw new IllegalArgumentException("economicSections must be 1 to 8: " + economicSections);
        }
        if (decimals != 0 && decimals != 2) {
            throw new IllegalArgumentException("decimals must be 0 or 2: " + decimals);
        }
    }
}
