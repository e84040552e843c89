package org.budgetkit.rules.change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Claim.Kind;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;

/**
 * Checks every claim of a document's narrative against the document's tables and against itself,
 * with interval (rounding) semantics ({@link Judgement}).
 *
 * <p>{@code ClaimChecker.check(PingshanPetitionBureau2023.document())} gives one {@link ClaimCheck}
 * per claim of {@link Document#allClaims()}, in that order. The checks and their stable rule ids:
 * <ul>
 * <li>{@value #AMOUNT}: a stated amount against every table figure at its coordinates and year
 *     (the narrative's 6.1 against 表9's 6.10), in any unit and precision (intervals); an item the
 *     claim names without its fund (or with a fund containing it) against the item's figure when
 *     the document prints it under one fund only ({@code “三公”经费预算数} against 表9's 财政拨款
 *     column); 人员经费 (nature PERSONNEL) with no figure of its own against 301 工资福利支出 + 303
 *     对个人和家庭的补助; 机关运行经费 with no figure of its own against the 公用经费 (基本支出,
 *     economic 302) it consists of, as a warning when they differ.
 * <li>{@value #CHANGE}: current − change = prior against the prior year's table figure (表9's 2022
 *     row), and the change against a table's 增减变化金额 row. A comparison year that is not before
 *     the claim's year ({@code 2026年…比2026年预算增加}) is the document's error, reported, and the
 *     previous year is used.
 * <li>{@value #PERCENT}: the percent against the ratio the figures give (change and prior, current
 *     and prior, or current and change), a percent on a zero base (新增) being inconsistent: an
 *     error, a warning for the customary 增长100%.
 * <li>{@value #SHARE}: a share {@code 占71.73%} against part / whole.
 * <li>{@value #BREAKDOWN}: a whole against the sum of its parts ({@code 包括…}, {@code 其中…}); parts
 *     that are "of which" items (面向中小企业) are not summed, and parts that do not make up their
 *     whole (another flow, the whole restated, or one part of other coordinates: an "of which")
 *     are not a breakdown.
 * <li>{@value #COUNT}: a department's head count against the sum over its units (行政编制, 事业编制
 *     and their 实有人数, 离休, 退休 …), and 基层单位 against the document's units.
 * </ul>
 * A claim is compared with a figure only when its coordinates denote that figure: an unbound
 * claim (empty coordinates) is checked only against itself and its sentence (its parts, its
 * percent). A claim the document offers nothing to check against is reported as not checkable,
 * never dropped. Severity: inconsistent is an error (a warning for the 公用经费 comparison, which
 * is a proxy, and for 增长100% from nothing), exact and within rounding are info.
 *
 * <p>Immutable and thread-safe (stateless).
 */
public final class ClaimChecker {
    /** Rule id: a stated amount against the table figure it restates. */
    public static final String AMOUNT = "claim.amount";
    /** Rule id: a change against the prior year and the table's change row. */
    public static final String CHANGE = "claim.change";
    /** Rule id: a percent change against the figures. */
    public static final String PERCENT = "claim.percent";
    /** Rule id: a share against part / whole. */
    public static final String SHARE = "claim.share";
    /** Rule id: a whole against the sum of its parts. */
    public static final String BREAKDOWN = "claim.breakdown";
    /** Rule id: a count against the counts it consolidates. */
    public static final String COUNT = "claim.count";

    private ClaimChecker() {
    }

    /**
     * Checks every claim of the document.
     *
     * @param document the document, not null
     * @return one check per claim of {@link Document#allClaims()}, in that order, never null
     */
    public static List<ClaimCheck> check(Document document) {
        Objects.requireNonNull(document, "document");
        return new Run(document).run();
    }

    /**
     * Every distinct finding of {@link #check(Document)}, in order.
     *
     * @param document the document, not null
     * @return the findings, never null
     */
    public static List<Finding> findings(Document document) {
        LinkedHashSet<Finding> out = new LinkedHashSet<>();
        for (ClaimCheck c : check(document)) {
            out.addAll(c.findings());
        }
        return List.copyOf(out);
    }

    /** One checking pass over a document. */
    private static final class Run {
        private final Document doc;
        private final Map<Claim, List<Finding>> found = new IdentityHashMap<>();
        private final Map<Claim, String[]> reasons = new IdentityHashMap<>();
        private final List<Claim> all = new ArrayList<>();

        Run(Document doc) {
            this.doc = doc;
        }

        List<ClaimCheck> run() {
            for (Claim c : doc.claims()) {
                walk(c, null);
            }
            counts();
            List<ClaimCheck> out = new ArrayList<>(all.size());
            for (Claim c : all) {
                List<Finding> fs = found.getOrDefault(c, List.of());
                String[] why = reasons.get(c);
                if (fs.isEmpty()) {
                    if (why == null) {
                        why = new String[] {"nothing in the document to check it against",
                                "文件中没有可供核对的数据"};
                    }
                    out.add(new ClaimCheck(c, fs, "not checkable: " + why[0], "无法核对：" + why[1]));
                } else {
                    Verdict v = new ClaimCheck(c, fs, "", "").verdict().orElseThrow();
                    out.add(new ClaimCheck(c, fs, fs.size() + " check(s), " + v.id(),
                            fs.size() + " 项核对，" + v.displayName(java.util.Locale.CHINESE)));
                }
            }
            return out;
        }

        private void walk(Claim c, Claim parent) {
            all.add(c);
            if (c.kind() != Kind.COUNT) {
                amount(c);
                if (c.kind() == Kind.CHANGE) {
                    change(c);
                }
                if (c.kind() == Kind.SHARE) {
                    share(c, parent);
                }
                breakdown(c);
            }
            for (Claim p : c.parts()) {
                walk(p, c);
            }
        }

        // ------------------------------------------------------------ amounts

        private void amount(Claim c) {
            if (c.amount().isEmpty() || c.coordinates().isEmpty()) {
                return;
            }
            Amount stated = c.amount().get();
            List<Fact> facts = facts(c.coordinates(), c.year());
            String note = "";
            String noteZh = "";
            if (facts.isEmpty()) {
                Optional<Fact> only = onlyFundOf(c.coordinates(), c.year());
                if (only.isPresent()) {
                    facts = List.of(only.get());
                    FundSource fund = only.get().coordinates().get(Dimension.FUND_SOURCE).orElseThrow();
                    note = " (the only " + c.coordinates().get(Dimension.ITEM).orElseThrow().chineseName()
                            + " figure the document prints, for " + fund.chineseName() + ")";
                    noteZh = "（文件仅列" + fund.chineseName() + "口径）";
                }
            }
            if (facts.isEmpty() && c.coordinates().get(Dimension.NATURE).orElse(null) == Nature.PERSONNEL) {
                personnel(c, stated);
            }
            for (Fact f : facts) {
                Judgement j = Judgement.amount(stated, f.amount());
                add(c, finding(AMOUNT, j, c, stated.interval(), false, List.of(f.provenance()),
                        "states " + stated.toShortString() + "; " + f.provenance().describe() + " prints "
                                + f.amount().toShortString() + note,
                        "称 " + stated.toShortString() + "；" + f.provenance().describe() + " 为 "
                                + f.amount().toShortString() + noteZh));
            }
            if (facts.isEmpty() && c.coordinates().get(Dimension.ITEM).orElse(null)
                    == SpecialItem.ADMINISTRATIVE_OPERATION) {
                publicUse(c, stated);
            }
        }

        /**
         * An item's figure printed under one fund source only, for a claim that names the item
         * without its fund ({@code “三公”经费预算数} against 表9's 财政拨款 column) or with a fund that
         * contains it ({@code 财政拨款的机关运行经费} against the 一般公共预算 column): the item has no
         * other figure in the document. Empty if the claim names no item, or the document prints
         * the item under several funds or under none within the claim's.
         */
        private Optional<Fact> onlyFundOf(Coordinates at, FiscalYear year) {
            if (at.get(Dimension.ITEM).isEmpty()) {
                return Optional.empty();
            }
            FundSource claimed = at.get(Dimension.FUND_SOURCE).orElse(null);
            Coordinates base = at.without(Dimension.FUND_SOURCE).with(Dimension.YEAR, year);
            List<Fact> found = new ArrayList<>();
            for (Fact f : doc.facts().select(FactQuery.matching(base))) {
                Optional<FundSource> fund = f.coordinates().get(Dimension.FUND_SOURCE);
                if (fund.isPresent() && f.coordinates().without(Dimension.FUND_SOURCE).equals(base)) {
                    found.add(f);
                }
            }
            if (found.isEmpty() || found.stream().map(f -> f.coordinates().get(Dimension.FUND_SOURCE)).distinct()
                    .count() != 1) {
                return Optional.empty();
            }
            FundSource fund = found.get(0).coordinates().get(Dimension.FUND_SOURCE).orElseThrow();
            return claimed == null || within(fund, claimed) ? Optional.of(found.get(0)) : Optional.empty();
        }

        private static boolean within(FundSource fund, FundSource ancestor) {
            for (FundSource f = fund; f != null; f = f.parent().orElse(null)) {
                if (f == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 人员经费 (nature PERSONNEL) with no figure of its own against what it is made of: the
         * 基本支出 of economic classes 301 工资福利支出 and 303 对个人和家庭的补助 (Jiangsu's 18,387.95 =
         * 16,324.07 + 2,063.88). Nothing when the tables print no 301.
         */
        private void personnel(Claim c, Amount stated) {
            Coordinates base = c.coordinates().with(Dimension.NATURE, Nature.BASIC);
            List<Fact> wages = facts(base.with(Dimension.ECONOMIC, EconomicCode.parse("301")), c.year());
            if (wages.isEmpty()) {
                return;
            }
            List<Fact> used = new ArrayList<>(List.of(wages.get(0)));
            List<Fact> households = facts(base.with(Dimension.ECONOMIC, EconomicCode.parse("303")), c.year());
            if (!households.isEmpty()) {
                used.add(households.get(0));
            }
            List<Amount> terms = amounts(used);
            add(c, finding(AMOUNT, Judgement.sum(stated, terms), c, stated.interval(), false, provenances(used),
                    "人员经费 " + stated.toShortString() + " against 工资福利支出 (301) + 对个人和家庭的补助 (303) of the "
                            + "tables, " + sumText(terms),
                    "人员经费 " + stated.toShortString() + " 与表中工资福利支出（301）加对个人和家庭的补助（303）"
                            + sumText(terms) + " 比较"));
        }

        private static List<Amount> amounts(List<Fact> facts) {
            List<Amount> out = new ArrayList<>(facts.size());
            facts.forEach(f -> out.add(f.amount()));
            return out;
        }

        private static List<Provenance> provenances(List<Fact> facts) {
            List<Provenance> out = new ArrayList<>(facts.size());
            facts.forEach(f -> out.add(f.provenance()));
            return out;
        }

        /** 机关运行经费 against the 公用经费 (基本支出 302) of the unit, or summed over its units. */
        private void publicUse(Claim c, Amount stated) {
            Coordinates base = c.coordinates().without(Dimension.ITEM).with(Dimension.NATURE, Nature.BASIC)
                    .with(Dimension.ECONOMIC, EconomicCode.parse("302"));
            List<Fact> used = new ArrayList<>();
            List<Fact> own = facts(base, c.year());
            if (!own.isEmpty()) {
                used.add(own.get(0));
            } else {
                BudgetUnit unit = c.coordinates().get(Dimension.UNIT).orElse(null);
                for (BudgetUnit u : doc.units()) {
                    if (unit != null && u.parent().map(unit::equals).orElse(false)) {
                        List<Fact> fs = facts(base.with(Dimension.UNIT, u), c.year());
                        if (!fs.isEmpty()) {
                            used.add(fs.get(0));
                        }
                    }
                }
            }
            if (used.isEmpty()) {
                return;
            }
            List<Amount> terms = amounts(used);
            add(c, finding(AMOUNT, Judgement.sum(stated, terms), c, stated.interval(), true, provenances(used),
                    "机关运行经费 " + stated.toShortString() + " against the 公用经费 (基本支出, economic 302) "
                            + "of the tables, " + sumText(terms) + " (a proxy: 机关运行经费 is the 公用经费 of "
                            + "administrative units)",
                    "机关运行经费 " + stated.toShortString() + " 与表中公用经费（基本支出 302）" + sumText(terms) + " 比较"));
        }

        // ------------------------------------------------------------ changes

        private void change(Claim c) {
            FiscalYear from = c.comparisonYear().orElseThrow();
            if (from.compareTo(c.year()) >= 0) {
                // 2026年…比2026年预算增加793.14万元: a change is from an earlier year; the printed
                // year is a slip for the previous one, which the checks below use.
                FiscalYear meant = c.year().previous();
                add(c, Finding.builder(CHANGE, Severity.ERROR, Verdict.INCONSISTENT).location(location(c))
                        .code(code(c)).values(BigDecimal.valueOf(meant.value()), BigDecimal.valueOf(from.value()),
                                BigDecimal.ZERO, "年")
                        .message("“" + c.subject() + "” of " + c.year() + " is compared with " + from
                                + ": a change is from an earlier year; read as " + meant,
                                "“" + c.subject() + "”为 " + c.year() + " 年数，却与 " + from + " 年比较：比较年度应早于本年，按 "
                                        + meant + " 年核对")
                        .build());
                from = meant;
            }
            Direction way = c.direction().orElseThrow();
            Optional<Amount> signed = c.signedChange();
            Optional<Amount> amount = c.amount();
            Prior prior = prior(c, from);
            if (prior != null && amount.isPresent() && (signed.isPresent() || way == Direction.FLAT)) {
                List<Amount> terms = new ArrayList<>();
                terms.add(amount.get());
                signed.ifPresent(s -> terms.add(s.negated()));
                Amount stated = prior.amount.to(amount.get().unit());
                Judgement j = Judgement.sum(stated, terms);
                add(c, finding(CHANGE, j, c, stated.interval(), false, prior.where,
                        from + " figure " + prior.amount.toShortString() + " (" + prior.source()
                                + ") against current − change = " + chainText(amount.get(), signed),
                        from + " 年数 " + prior.amount.toShortString() + "（" + prior.sourceZh() + "）与本年数减变化额 "
                                + chainText(amount.get(), signed) + " 比较"));
            }
            if (!c.coordinates().isEmpty() && (signed.isPresent() || way == Direction.FLAT)) {
                Amount stated = signed.orElseGet(() -> Amount.of(BigDecimal.ZERO,
                        amount.map(Amount::unit).orElse(doc.unit()), Precision.exact()));
                for (Fact f : doc.facts().at(c.coordinates().with(Dimension.YEAR, c.year())
                        .with(Dimension.MEASURE, Measure.CHANGE))) {
                    Judgement j = Judgement.amount(stated, f.amount());
                    add(c, finding(CHANGE, j, c, stated.interval(), false, List.of(f.provenance()),
                            "change " + stated.toShortString() + " against " + f.provenance().describe() + " "
                                    + f.amount().toShortString(),
                            "变化额 " + stated.toShortString() + " 与 " + f.provenance().describe() + " "
                                    + f.amount().toShortString() + " 比较"));
                }
            }
            if (c.percent().isPresent()) {
                percent(c, way, signed, amount, prior);
            } else if (prior == null && signed.isPresent() && amount.isEmpty()) {
                List<Fact> current = facts(c.coordinates(), c.year());
                if (!current.isEmpty()) {
                    Amount now = current.get(0).amount();
                    BigDecimal implied = now.value().subtract(signed.get().to(now.unit()).value());
                    String priorText = implied.toPlainString() + " " + now.unit().symbol();
                    String where = current.get(0).provenance().describe() + " " + now.toShortString();
                    reasons.put(c, new String[] {
                        "no " + from + " figure in the document to compare; " + where + " implies " + from + " = "
                                + priorText + (implied.signum() == 0 ? " (新增: a change from nothing)" : ""),
                        "文件无 " + from + " 年数可供核对；" + where + " 推得 " + from + " 年为 " + priorText
                                + (implied.signum() == 0 ? "（新增）" : "")});
                }
            }
        }

        private void percent(Claim c, Direction way, Optional<Amount> signed, Optional<Amount> amount, Prior prior) {
            Percentage printed = c.percent().get();
            Percentage claimed = way == Direction.DECREASE
                    ? Percentage.of(printed.value().negate(), printed.decimals()) : printed;
            Judgement j;
            List<Provenance> where = new ArrayList<>();
            String inputs;
            try {
                if (prior != null && signed.isPresent()) {
                    j = Judgement.changePercentOfChange(claimed, signed.get(), prior.amount);
                    inputs = "change " + signed.get().toShortString() + " over " + prior.amount.toShortString();
                    where.addAll(prior.where);
                } else if (prior != null && amount.isPresent()) {
                    j = Judgement.changePercent(claimed, amount.get(), prior.amount);
                    inputs = amount.get().toShortString() + " over " + prior.amount.toShortString();
                    where.addAll(prior.where);
                } else if (signed.isPresent() && amount.isPresent()) {
                    j = Judgement.changePercentOfCurrent(claimed, amount.get(), signed.get());
                    inputs = "change " + signed.get().toShortString() + " over the prior it implies, "
                            + implied(amount.get(), signed.get());
                } else {
                    List<Fact> current = facts(c.coordinates(), c.year());
                    if (signed.isEmpty() || current.isEmpty()) {
                        reasons.put(c, new String[] {"the percent rests on figures the document does not give",
                            "百分比所依据的数字文件未列出"});
                        return;
                    }
                    j = Judgement.changePercentOfCurrent(claimed, current.get(0).amount(), signed.get());
                    inputs = "change " + signed.get().toShortString() + " over the prior it implies, "
                            + implied(current.get(0).amount(), signed.get());
                    where.add(current.get(0).provenance());
                }
            } catch (ArithmeticException e) {
                // 增长100.00% for a unit set up this year (单位于2024年成立) is how documents word a
                // change from nothing: a convention, warned about; any other percent is an error.
                boolean convention = way == Direction.INCREASE
                        && printed.value().compareTo(BigDecimal.valueOf(100)) == 0;
                add(c, Finding.builder(PERCENT, convention ? Severity.WARNING : Severity.ERROR, Verdict.INCONSISTENT)
                        .location(location(c)).code(code(c)).values(null, printed.value(), null, "%")
                        .message("“" + c.subject() + "” claims " + way.chineseName() + " " + printed
                                + " on a zero base (新增): a change from nothing has no percent"
                                + (convention ? " (100% is the usual wording for it)" : ""),
                                "“" + c.subject() + "”上年为零（新增），不应有增长百分比 " + printed
                                        + (convention ? "（100% 为新增的习惯写法）" : ""))
                        .build());
                return;
            }
            Interval claimInterval = claimed.interval();
            add(c, finding(PERCENT, j, c, claimInterval, false, where, way.chineseName() + " " + printed + " from "
                    + inputs, way.chineseName() + " " + printed + "，依据 " + inputs));
        }

        /**
         * The prior-year amount: a table figure, or a claim of the same sentence for that year
         * (bound to the same coordinates, or, unbound, of the same subject).
         */
        private Prior prior(Claim c, FiscalYear from) {
            if (!c.coordinates().isEmpty()) {
                List<Fact> fs = facts(c.coordinates(), from);
                if (!fs.isEmpty()) {
                    return new Prior(fs.get(0).amount(), List.of(fs.get(0).provenance()), true);
                }
            }
            for (Claim other : doc.allClaims()) {
                if (other != c && other.year().equals(from) && other.amount().isPresent()
                        && other.kind() == Kind.AMOUNT && !c.sentence().isEmpty()
                        && other.sentence().equals(c.sentence())
                        && other.coordinates().equals(c.coordinates())
                        && (!c.coordinates().isEmpty() || other.subject().equals(c.subject()))) {
                    return new Prior(other.amount().get(), List.of(location(other)), false);
                }
            }
            return null;
        }

        private record Prior(Amount amount, List<Provenance> where, boolean table) {
            String source() {
                return table ? where.get(0).describe() : "stated in the same sentence";
            }

            String sourceZh() {
                return table ? where.get(0).describe() : "同句所述";
            }
        }

        // ------------------------------------------------------------ shares and breakdowns

        private void share(Claim c, Claim parent) {
            Percentage printed = c.percent().orElseThrow();
            Coordinates wholeAt = c.whole().orElseThrow();
            Amount part = c.amount().orElse(null);
            List<Provenance> where = new ArrayList<>();
            if (part == null) {
                List<Fact> fs = facts(c.coordinates(), c.year());
                if (!fs.isEmpty()) {
                    part = fs.get(0).amount();
                    where.add(fs.get(0).provenance());
                }
            }
            Amount whole = null;
            if (parent != null && parent.amount().isPresent() && parent.coordinates().equals(wholeAt)) {
                whole = parent.amount().get();
                where.add(location(parent));
            } else {
                List<Fact> fs = facts(wholeAt, c.year());
                if (!fs.isEmpty()) {
                    whole = fs.get(0).amount();
                    where.add(fs.get(0).provenance());
                }
            }
            if (part == null || whole == null) {
                reasons.put(c, new String[] {"the part or the whole of the share is not in the document",
                    "占比的部分或整体文件未列出"});
                return;
            }
            try {
                Judgement j = Judgement.share(printed, part, whole);
                add(c, finding(SHARE, j, c, printed.interval(), false, where, "share " + printed + " of "
                        + part.toShortString() + " in " + whole.toShortString(), "占比 " + printed + "，即 "
                        + part.toShortString() + " / " + whole.toShortString()));
            } catch (ArithmeticException e) {
                add(c, Finding.builder(SHARE, Severity.ERROR, Verdict.INCONSISTENT).location(location(c))
                        .values(null, printed.value(), null, "%")
                        .message("share " + printed + " of a whole of zero", "整体为零，不应有占比 " + printed).build());
            }
        }

        private void breakdown(Claim c) {
            if (c.parts().isEmpty() || c.amount().isEmpty()) {
                return;
            }
            List<Amount> terms = new ArrayList<>();
            List<Claim> summed = new ArrayList<>();
            for (Claim p : c.parts()) {
                boolean ofWhich = p.coordinates().get(Dimension.ITEM).map(i -> i.relation() == Relation.OF_WHICH
                        && !c.coordinates().get(Dimension.ITEM).equals(Optional.of(i))
                        && i.parent().isPresent()).orElse(false);
                if (ofWhich || p.kind() == Kind.COUNT) {
                    continue;
                }
                if (p.amount().isEmpty()) {
                    return;
                }
                terms.add(p.amount().get());
                summed.add(p);
            }
            if (terms.isEmpty() || !partsOf(c, summed)) {
                return;
            }
            Amount whole = c.amount().get();
            Judgement j = Judgement.sum(whole, terms);
            List<Provenance> where = new ArrayList<>();
            for (Claim p : summed) {
                where.add(location(p));
            }
            Finding f = finding(BREAKDOWN, j, c, whole.interval(), false, where,
                    whole.toShortString() + " against its parts " + sumText(terms),
                    whole.toShortString() + " 与分项之和 " + sumText(terms) + " 比较");
            add(c, f);
            for (Claim p : summed) {
                add(p, f);
            }
        }

        /**
         * Whether the parts make up the whole: each lies inside it (same flow), none restates it
         * (its coordinates) unless it is the only one, and a single part is the whole's own
         * (支出预算 9,628.22 万元，其中：财政拨款支出预算 9,628.22 万元 names one source of several, an
         * "of which", not a breakdown).
         */
        private static boolean partsOf(Claim whole, List<Claim> parts) {
            Coordinates at = whole.coordinates();
            for (Claim p : parts) {
                Coordinates own = p.coordinates();
                if (!own.isEmpty() && !at.isEmpty() && !own.get(Dimension.FLOW).equals(at.get(Dimension.FLOW))) {
                    return false;
                }
                if (parts.size() > 1 && !at.isEmpty() && own.equals(at)) {
                    return false;
                }
            }
            return parts.size() > 1 || parts.get(0).coordinates().equals(at);
        }

        // ------------------------------------------------------------ counts

        private void counts() {
            Map<Claim, String> keys = new IdentityHashMap<>();
            String previous = null;
            String sentence = null;
            for (Claim c : all) {
                if (c.kind() != Kind.COUNT) {
                    continue;
                }
                if (!c.sentence().equals(sentence)) {
                    previous = null;
                    sentence = c.sentence();
                }
                String s = c.subject();
                String key;
                if (s.contains("事业编制")) {
                    key = "事业编制";
                } else if (s.contains("行政编制")) {
                    key = "行政编制";
                } else if (s.contains("实有人数") && previous != null) {
                    key = previous + "/实有人数";
                } else {
                    key = s;
                }
                if (!key.contains("/")) {
                    previous = key;
                }
                keys.put(c, key + "|" + c.countUnit());
            }
            BudgetUnit dept = doc.department();
            List<BudgetUnit> units = doc.units();
            for (Claim c : all) {
                if (c.kind() != Kind.COUNT || !c.coordinates().get(Dimension.UNIT).map(dept::equals).orElse(false)) {
                    continue;
                }
                if (c.subject().contains("基层单位") && !units.isEmpty()) {
                    BigDecimal n = BigDecimal.valueOf(units.size());
                    add(c, countFinding(c, n, List.of(), "the document's " + units.size() + " budget units",
                            "文件所列 " + units.size() + " 个预算单位"));
                    continue;
                }
                String key = keys.get(c);
                Map<BudgetUnit, Claim> byUnit = new LinkedHashMap<>();
                for (Claim o : all) {
                    BudgetUnit u = o.coordinates().get(Dimension.UNIT).orElse(null);
                    if (o.kind() == Kind.COUNT && u != null && units.contains(u) && key.equals(keys.get(o))) {
                        byUnit.putIfAbsent(u, o);
                    }
                }
                if (units.isEmpty() || byUnit.size() != units.size()) {
                    if (!byUnit.isEmpty()) {
                        reasons.put(c, new String[] {"not every unit states “" + c.subject() + "”",
                            "并非每个单位都列出“" + c.subject() + "”"});
                        for (Claim o : byUnit.values()) {
                            reasons.putIfAbsent(o, reasons.get(c));
                        }
                    }
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                List<Provenance> where = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (Claim o : byUnit.values()) {
                    sum = sum.add(o.count().orElseThrow());
                    where.add(location(o));
                    text.append(text.length() == 0 ? "" : " + ").append(o.count().orElseThrow().toPlainString());
                }
                Finding f = countFinding(c, sum, where, "the units' " + text + " = " + sum.toPlainString(),
                        "各单位 " + text + " = " + sum.toPlainString());
                add(c, f);
                for (Claim o : byUnit.values()) {
                    add(o, f);
                }
            }
        }

        private Finding countFinding(Claim c, BigDecimal expected, List<Provenance> where, String english,
                String chinese) {
            BigDecimal stated = c.count().orElseThrow();
            boolean same = stated.compareTo(expected) == 0;
            Verdict v = same ? Verdict.EXACT : Verdict.INCONSISTENT;
            Finding.Builder b = Finding.builder(COUNT, same ? Severity.INFO : Severity.ERROR, v).location(location(c))
                    .values(expected, stated, BigDecimal.ZERO, c.countUnit());
            where.forEach(b::participant);
            String s = stated.toPlainString() + " " + c.countUnit();
            return b.message("“" + c.subject() + "” " + s + " against " + english + ": " + v.id(),
                    "“" + c.subject() + "” " + s + " 与" + chinese + " 比较：" + v.displayName(java.util.Locale.CHINESE))
                    .build();
        }

        // ------------------------------------------------------------ helpers

        private List<Fact> facts(Coordinates at, FiscalYear year) {
            if (at.isEmpty()) {
                return List.of();
            }
            return doc.facts().select(FactQuery.matching(at.with(Dimension.YEAR, year))).stream()
                    .filter(f -> f.coordinates().equals(at.with(Dimension.YEAR, year))).toList();
        }

        private void add(Claim c, Finding f) {
            List<Finding> fs = found.computeIfAbsent(c, k -> new ArrayList<>());
            if (!fs.contains(f)) {
                fs.add(f);
            }
        }

        private Finding finding(String rule, Judgement j, Claim c, Interval claimInterval, boolean proxy,
                List<Provenance> where, String english, String chinese) {
            Verdict v = j.verdict();
            Severity s = v != Verdict.INCONSISTENT ? Severity.INFO : proxy ? Severity.WARNING : Severity.ERROR;
            BigDecimal tolerance = null;
            if (j.interval().isPresent()) {
                Interval range = j.interval().get();
                BigDecimal spread = j.estimate().subtract(range.lower()).max(range.upper().subtract(j.estimate()));
                tolerance = spread.add(claimInterval.width().divide(BigDecimal.valueOf(2))).stripTrailingZeros();
                if (tolerance.scale() < 0) {
                    tolerance = tolerance.setScale(0);
                }
            }
            Finding.Builder b = Finding.builder(rule, s, v).location(location(c)).code(code(c))
                    .values(j.estimate(), j.claimed(), tolerance, j.unit());
            where.forEach(b::participant);
            return b.message("“" + c.subject() + "” " + english + ": " + j.message(java.util.Locale.ENGLISH),
                    "“" + c.subject() + "” " + chinese + "：" + j.message(java.util.Locale.CHINESE)).build();
        }

        private Provenance location(Claim c) {
            return new Provenance(doc.source(), "", c.subject(), "", c.line(), 0);
        }

        private static String code(Claim c) {
            return c.coordinates().get(Dimension.FUNCTION).map(Object::toString)
                    .or(() -> c.coordinates().get(Dimension.ECONOMIC).map(Object::toString)).orElse("");
        }

        private static String sumText(List<Amount> terms) {
            StringBuilder out = new StringBuilder();
            for (Amount a : terms) {
                if (out.length() > 0) {
                    out.append(a.isNegative() ? " − " : " + ");
                    out.append(a.isNegative() ? a.negated().toPlainString() : a.toPlainString());
                } else {
                    out.append(a.toPlainString());
                }
            }
            return out.append(' ').append(terms.get(0).unit().symbol()).toString();
        }

        private static String implied(Amount current, Amount signed) {
            return current.value().subtract(signed.to(current.unit()).value()).toPlainString() + " "
                    + current.unit().symbol();
        }

        private static String chainText(Amount current, Optional<Amount> signed) {
            return current.toPlainString() + signed.map(s -> (s.isNegative() ? " + " : " − ")
                    + s.value().abs().toPlainString()).orElse("") + " " + current.unit().symbol();
        }
    }
}
