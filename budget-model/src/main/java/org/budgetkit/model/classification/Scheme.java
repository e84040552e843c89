package org.budgetkit.model.classification;

import java.util.Objects;

/**
 * A classification scheme of Chinese government expenditure.
 *
 * <p>Immutable and thread-safe.
 */
public enum Scheme {
    /** 支出功能分类科目: what the money is for (201 一般公共服务支出). 类 3, 款 5, 项 7 digits. */
    FUNCTION("function", "支出功能分类科目", "expenditure function classification"),
    /** 部门预算支出经济分类科目: what it is spent on, in department budgets (301 工资福利支出). 类 3, 款 5 digits. */
    ECONOMIC_DEPARTMENT("economic-department", "部门预算支出经济分类科目",
            "department budget economic classification"),
    /** 政府预算支出经济分类科目: the government-budget economic classification (501 机关工资福利支出). */
    ECONOMIC_GOVERNMENT("economic-government", "政府预算支出经济分类科目",
            "government budget economic classification");

    private final String id;
    private final String chineseName;
    private final String englishName;

    Scheme(String id, String chineseName, String englishName) {
        this.id = id;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the stable identifier used in files, such as {@code economic-department}, never null */
    public String id() {
        return id;
    }

    /** @return the official Chinese name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, never null */
    public String englishName() {
        return englishName;
    }

    /**
     * The scheme with this {@link #id()}.
     *
     * @param id the identifier, not null
     * @return the scheme, never null
     * @throws IllegalArgumentException if no scheme has this identifier
     */
    public static Scheme ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Scheme s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown classification scheme: \"" + id + "\"");
    }
}
