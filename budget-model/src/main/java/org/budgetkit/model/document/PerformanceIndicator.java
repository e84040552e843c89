package org.budgetkit.model.document;

import java.util.Objects;

/**
 * A performance indicator of a 绩效目标表 with its target as printed: level 1 {@code 产出指标},
 * level 2 {@code 数量指标}, name {@code 员额核定人数}, target {@code 33 人}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param table the table number, not null
 * @param level1 the first-level indicator (一级指标), not null
 * @param level2 the second-level indicator (二级指标), not null
 * @param name the indicator (三级指标), not blank
 * @param target the target value as printed (目标值), not null
 * @param line the line of the target, from 1; 0 if unknown
 */
public record PerformanceIndicator(String table, String level1, String level2, String name, String target,
        int line) {
    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if the name is blank or the line negative
     */
    public PerformanceIndicator {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        if (name.isBlank() || line < 0) {
            throw new IllegalArgumentException("an indicator needs a name and a line of 0 or more: " + name);
        }
    }
}
