package org.budgetkit.model.dimension;

import java.util.Optional;

/**
 * The nature of an expenditure: 基本支出 (basic: 人员经费 personnel and 公用经费 public-use
 * expenses) or 项目支出 (projects); final accounts add 上缴上级支出, 经营支出 and
 * 对附属单位补助支出. Coordinates without a nature mean all of them.
 *
 * <p>Jiangsu provincial budgets add a third nature beside basic and project expenditure,
 * 单位预留机动经费 (a reserve kept for changes during the year).
 *
 * <p>{@code Nature.PERSONNEL.parent()} is {@link #BASIC}. Immutable and thread-safe.
 */
public enum Nature {
    /** 基本支出. */
    BASIC("基本支出", null, "基本支出合计"),
    /** 人员经费. */
    PERSONNEL("人员经费", BASIC, "人员支出"),
    /** 公用经费. */
    PUBLIC_USE("公用经费", BASIC, "公用支出"),
    /** 项目支出. */
    PROJECT("项目支出", null, "项目支出合计"),
    /** 单位预留机动经费: a unit's reserve for changes during the year (Jiangsu budgets). */
    RESERVE("单位预留机动经费", null, "预留机动经费"),
    /** 上缴上级支出 (final accounts). */
    REMITTANCE_TO_SUPERIOR("上缴上级支出", null),
    /** 经营支出 (final accounts). */
    OPERATING("经营支出", null, "事业单位经营支出"),
    /** 对附属单位补助支出 (final accounts). */
    SUBSIDY_TO_SUBORDINATE("对附属单位补助支出", null);

    private final String chineseName;
    private final Nature parent;
    private final String[] names;

    Nature(String chineseName, Nature parent, String... aliases) {
        this.chineseName = chineseName;
        this.parent = parent;
        this.names = new String[aliases.length + 1];
        names[0] = chineseName;
        System.arraycopy(aliases, 0, names, 1, aliases.length);
    }

    /** @return the Chinese name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the nature this one is a component of, or empty */
    public Optional<Nature> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Reads a nature by constant name, Chinese name or a printed variant ({@code 人员支出}).
     *
     * @param text the text, not null
     * @return the nature, never null
     * @throws IllegalArgumentException if the text names no nature
     */
    public static Nature parse(CharSequence text) {
        return Labels.parse(Nature.class, text, n -> n.names);
    }

    /** @return the Chinese name */
    @Override
    public String toString() {
        return chineseName;
    }
}
