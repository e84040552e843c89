package org.budgetkit.model.dimension;

import java.util.Optional;

/**
 * The side of the account a figure is on. Revenue (收入) is one flow, broken down by
 * {@link FundSource}; the uses of funds (支出总计) are this year's expenditure (本年支出)
 * plus what is carried forward to next year (结转下年).
 *
 * <p>{@code Flow.EXPENDITURE.parent()} is {@link #USES}. Immutable and thread-safe.
 */
public enum Flow {
    /** 收入: revenue, 收入总计 when no fund source is given. */
    REVENUE("收入", "revenue", null),
    /** 支出总计: all uses of funds, this year's expenditure plus carry-forward. */
    USES("支出总计", "uses of funds", null),
    /** 支出: this year's expenditure (本年支出合计 when nothing else is given). */
    EXPENDITURE("支出", "expenditure", USES),
    /** 结转下年: carried forward to next year. */
    CARRY_FORWARD("结转下年", "carried forward", USES);

    private final String chineseName;
    private final String englishName;
    private final Flow parent;

    Flow(String chineseName, String englishName, Flow parent) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.parent = parent;
    }

    /** @return the Chinese name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, never null */
    public String englishName() {
        return englishName;
    }

    /** @return the flow this one is a component of, or empty */
    public Optional<Flow> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Reads a flow by constant name or Chinese name.
     *
     * @param text the text, not null
     * @return the flow, never null
     * @throws IllegalArgumentException if the text names no flow
     */
    public static Flow parse(CharSequence text) {
        return Labels.parse(Flow.class, text, f -> new String[] {f.chineseName});
    }

    /** @return the Chinese name */
    @Override
    public String toString() {
        return chineseName;
    }
}
