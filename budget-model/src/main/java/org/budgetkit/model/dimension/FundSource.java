package org.budgetkit.model.dimension;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where money comes from (资金来源): the columns of 收入总表, 基本支出总表 and 项目支出总表. Coordinates
 * without a fund source mean all sources (收入总计, 总计).
 *
 * <pre>
 * 本年收入 CURRENT_YEAR
 *   政府预算拨款 GOVERNMENT_BUDGET (财政拨款)
 *     一般公共预算拨款 GENERAL_PUBLIC_BUDGET
 *       基本支出拨款, 履职类项目拨款, 财政专项资金拨款, 政府投资项目拨款 (Shenzhen)
 *     政府性基金预算拨款 GOVERNMENT_FUND_BUDGET
 *     国有资本经营预算拨款 STATE_CAPITAL_BUDGET
 *   财政专户管理资金 FISCAL_SPECIAL_ACCOUNT
 *   单位资金 UNIT_FUNDS
 *     事业收入, 事业单位经营收入, 上级补助收入, 附属单位上缴收入, 其他收入
 * 上年结余、结转 PRIOR_YEAR_BALANCE
 *   上年财政拨款结转 PRIOR_YEAR_APPROPRIATIONS
 *     一般公共预算, 政府性基金预算, 国有资本经营预算 (上年结转)
 *   上年其他资金结转 PRIOR_YEAR_OTHER
 * 财政拨款合计 APPROPRIATIONS_TOTAL: 政府预算拨款 + 上年财政拨款结转 (an alternative grouping)
 * 其他资金 OTHER_FUNDS: everything but 政府预算拨款 (an alternative grouping)
 * </pre>
 *
 * <p>{@code FundSource.parse("一般公共预算拨款").parent()} is {@link #GOVERNMENT_BUDGET}. Every
 * source is a {@link Relation#COMPONENT} of its parent; {@link #leaves()} says which
 * elementary sources a source covers, so that the alternative groupings
 * ({@code total = 政府预算拨款 + 其他资金}; a 财政拨款收支总表's 收入总计 = 本年 + 上年结转 of
 * appropriations) can be checked too. Immutable and thread-safe.
 */
public enum FundSource {
    /** 本年收入: this year's money, everything but the prior-year balance. */
    CURRENT_YEAR("本年收入", null, "本年收入合计", "本年收入小计"),
    /** 政府预算拨款 (财政拨款): appropriations of the government budgets. */
    GOVERNMENT_BUDGET("政府预算拨款", CURRENT_YEAR, "财政拨款", "财政拨款收入", "政府预算拨款收入", "财政拨款小计"),
    /** 一般公共预算拨款. */
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款", GOVERNMENT_BUDGET, "一般公共预算拨款收入", "一般公共预算",
            "一般公共预算财政拨款", "一般公共预算资金"),
    /** 基本支出拨款 (Shenzhen). */
    BASIC_APPROPRIATION("基本支出拨款", GENERAL_PUBLIC_BUDGET),
    /** 履职类项目拨款 (Shenzhen). */
    DUTY_PROJECT_APPROPRIATION("履职类项目拨款", GENERAL_PUBLIC_BUDGET),
    /** 财政专项资金拨款 (Shenzhen). */
    SPECIAL_FUND_APPROPRIATION("财政专项资金拨款", GENERAL_PUBLIC_BUDGET),
    /** 政府投资项目拨款 (Shenzhen). */
    GOVERNMENT_INVESTMENT_APPROPRIATION("政府投资项目拨款", GENERAL_PUBLIC_BUDGET),
    /** 政府性基金预算拨款. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算拨款", GOVERNMENT_BUDGET, "政府性基金预算拨款收入", "政府性基金预算",
            "政府性基金拨款", "政府性基金预算资金"),
    /** 国有资本经营预算拨款. */
    STATE_CAPITAL_BUDGET("国有资本经营预算拨款", GOVERNMENT_BUDGET, "国有资本经营预算拨款收入", "国有资本经营预算",
            "国有资本经营预算资金"),
    /** 财政专户管理资金. */
    FISCAL_SPECIAL_ACCOUNT("财政专户管理资金", CURRENT_YEAR, "财政专户管理资金收入", "财政专户"),
    /** 单位资金: the unit's own money. */
    UNIT_FUNDS("单位资金", CURRENT_YEAR),
    /** 事业收入. */
    BUSINESS_INCOME("事业收入", UNIT_FUNDS),
    /** 事业单位经营收入. */
    OPERATING_INCOME("事业单位经营收入", UNIT_FUNDS, "经营收入"),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入", UNIT_FUNDS),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMITTANCE("附属单位上缴收入", UNIT_FUNDS),
    /** 其他收入. */
    OTHER_INCOME("其他收入", UNIT_FUNDS),
    /** 上年结余、结转: balances brought forward from the previous year. */
    PRIOR_YEAR_BALANCE("上年结余、结转", null, "上年结余结转", "上年结转", "上年结转结余", "上年结余", "上年结转和结余"),
    /** 上年财政拨款结转: appropriations brought forward. */
    PRIOR_YEAR_APPROPRIATIONS("上年财政拨款结转", PRIOR_YEAR_BALANCE, "上年财政拨款结转结余", "财政拨款结转"),
    /** 上年结转 of the general public budget. */
    PRIOR_YEAR_GENERAL_PUBLIC_BUDGET("上年结转一般公共预算拨款", PRIOR_YEAR_APPROPRIATIONS, "上年结转一般公共预算资金"),
    /** 上年结转 of the government fund budget. */
    PRIOR_YEAR_GOVERNMENT_FUND("上年结转政府性基金预算拨款", PRIOR_YEAR_APPROPRIATIONS, "上年结转政府性基金预算资金"),
    /** 上年结转 of the state capital operation budget. */
    PRIOR_YEAR_STATE_CAPITAL("上年结转国有资本经营预算拨款", PRIOR_YEAR_APPROPRIATIONS, "上年结转国有资本经营预算资金"),
    /** 上年其他资金结转: the unit's other money brought forward. */
    PRIOR_YEAR_OTHER("上年其他资金结转", PRIOR_YEAR_BALANCE, "上年单位资金结转"),
    /** 财政拨款合计: this year's appropriations and those brought forward (a 财政拨款收支总表's 收入总计). */
    APPROPRIATIONS_TOTAL("财政拨款合计", null, "财政拨款总计"),
    /** 其他资金: everything but 政府预算拨款 (the 其中：其他资金 column of a performance table). */
    OTHER_FUNDS("其他资金", null, "其他资金收入");

    private final String chineseName;
    private final FundSource parent;
    private final String[] names;

    FundSource(String chineseName, FundSource parent, String... aliases) {
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

    /** @return the source this one is a component of, or empty for a top-level source */
    public Optional<FundSource> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * How this source relates to its parent: {@link Relation#GROUPING} for 财政拨款合计 and
     * 其他资金, {@link Relation#COMPONENT} for every other.
     *
     * @return the relation, never null
     */
    public Relation relation() {
        return this == APPROPRIATIONS_TOTAL || this == OTHER_FUNDS ? Relation.GROUPING : Relation.COMPONENT;
    }

    /**
     * The elementary sources this one covers: itself if it has no components, otherwise the
     * leaves of its components; 其他资金 covers every leaf outside 政府预算拨款, 财政拨款合计 the
     * leaves of 政府预算拨款 and 上年财政拨款结转.
     *
     * @return the leaves, never null
     */
    public Set<FundSource> leaves() {
        EnumSet<FundSource> out = EnumSet.noneOf(FundSource.class);
        if (this == OTHER_FUNDS) {
            out.addAll(FISCAL_SPECIAL_ACCOUNT.leaves());
            out.addAll(UNIT_FUNDS.leaves());
            out.addAll(PRIOR_YEAR_BALANCE.leaves());
            return Collections.unmodifiableSet(out);
        }
        if (this == APPROPRIATIONS_TOTAL) {
            out.addAll(GOVERNMENT_BUDGET.leaves());
            out.addAll(PRIOR_YEAR_APPROPRIATIONS.leaves());
            return Collections.unmodifiableSet(out);
        }
        for (FundSource s : values()) {
            if (s.parent == this) {
                out.addAll(s.leaves());
            }
        }
        if (out.isEmpty()) {
            out.add(this);
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Reads a source by constant name, Chinese name or a printed variant ({@code 财政拨款},
     * {@code 上年结转}); white space, quotes and list markers ({@code 1.}) are ignored.
     *
     * @param text the text, not null
     * @return the source, never null
     * @throws IllegalArgumentException if the text names no source
     */
    public static FundSource parse(CharSequence text) {
        return Labels.parse(FundSource.class, text, s -> s.names);
    }

    /** @return the Chinese name */
    @Override
    public String toString() {
        return chineseName;
    }
}
