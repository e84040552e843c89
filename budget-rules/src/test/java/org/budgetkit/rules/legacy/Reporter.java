package org.budgetkit.rules.legacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.MalformedFigureException;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Rule;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;

/**
 * Turns generated checks into findings: evaluates them (exact checks on the fast path and, by
 * default, without a finding), words each outcome in English and Chinese, tells
 * reclassifications (a code one table omits, balanced under the common parent by another code
 * the other table omits) from missing figures, and adds the findings no check gives (figures
 * that could not be placed, units without rows). Stateless.
 */
public final class Reporter {
    private Reporter() {
    }

    /**
     * The findings of a document.
     *
     * @param document the document, not null
     * @param generated its checks, not null
     * @param includeExact whether exactly consistent checks get a finding too
     * @return the findings in check order, never null
     */
    public static List<Finding> report(Document document, Generator.Result generated, boolean includeExact) {
        Numbers numbers = new Numbers(document.facts().asList(), document.convention());
        Evaluator evaluator = new Evaluator(numbers);
        Map<Check, Generator.Absent> absents = new IdentityHashMap<>();
        for (Generator.Absent a : generated.absents()) {
            absents.put(a.check(), a);
        }
        List<Finding> out = new ArrayList<>();
        Map<String, List<Generator.Absent>> reclassified = new LinkedHashMap<>();
        Map<Generator.Absent, Outcome> absentOutcomes = new IdentityHashMap<>();
        for (Check check : generated.checks()) {
            if (!includeExact && evaluator.isExact(check)) {
                continue;
            }
            Outcome o = evaluator.evaluate(check);
            Generator.Absent absent = absents.get(check);
            if (absent != null && o.verdict() == Verdict.INCONSISTENT && absent.presentParent() != null
                    && absent.absentParent() != null
                    && evaluator.meet(absent.presentParent(), absent.absentParent())) {
                String key = absent.dimension().id() + "/" + absent.parentCode().map(Object::toString).orElse("");
                reclassified.computeIfAbsent(key, k -> new ArrayList<>()).add(absent);
                absentOutcomes.put(absent, o);
                continue;
            }
            if (o.verdict() == Verdict.EXACT && !includeExact) {
                continue;
            }
            out.add(finding(o));
        }
        for (List<Generator.Absent> group : reclassified.values()) {
            out.add(reclassification(document, group, absentOutcomes));
        }
        out.addAll(unplaced(document));
        out.addAll(unreported(document));
        return out;
    }

    private static Severity severity(Rule rule, Verdict v) {
        if (v != Verdict.INCONSISTENT) {
            return Severity.INFO;
        }
        return rule == Rule.THREE_PUBLIC_ECONOMIC || rule == Rule.OPERATION_PUBLIC_USE ? Severity.WARNING
                : Severity.ERROR;
    }

    private static BigDecimal in(BigDecimal yuan, AmountUnit unit) {
        BigDecimal v = yuan.movePointLeft(unit.exponent()).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static Finding finding(Outcome o) {
        Check c = o.check();
        Term loc = c.terms().get(o.locTerm());
        Term ref = c.terms().get(o.refTerm());
        Fact location = c.kind() == Check.Kind.AGREE && loc.kind() == Term.Kind.REPORTED ? loc.plus().get(0)
                : c.location();
        AmountUnit unit = location.amount().unit();
        BigDecimal actual = in(o.actual(), unit);
        BigDecimal expected = in(o.expected(), unit);
        BigDecimal tolerance = in(o.tolerance(), unit);
        Finding.Builder b = Finding.builder(c.rule().id(), severity(c.rule(), o.verdict()), o.verdict())
                .location(location.provenance()).code(c.code())
                .values(expected, actual, tolerance, unit.symbol());
        for (Fact f : Evaluator.participants(c)) {
            b.participant(f.provenance());
        }
        String u = unit.symbol();
        String subjectText = Text.subject(c.subject());
        String subject = subjectText.isEmpty() ? "" : "[" + subjectText + "] ";
        String en;
        String zh;
        switch (c.kind()) {
            case EQUAL -> {
                en = subject + describe(loc, false) + " against " + describe(ref, false);
                zh = subject + describe(loc, true) + " 对 " + describe(ref, true);
            }
            case AT_MOST -> {
                en = subject + describe(c.terms().get(0), false) + " should not exceed "
                        + describe(c.terms().get(1), false);
                zh = subject + describe(c.terms().get(0), true) + " 不应超过 " + describe(c.terms().get(1), true);
            }
            default -> {
                en = subject + describe(loc, false) + " and " + describe(ref, false) + " are the same figure";
                zh = subject + describe(loc, true) + " 与 " + describe(ref, true) + " 应为同一数";
            }
        }
        BigDecimal gap = actual.subtract(expected).abs();
        switch (o.verdict()) {
            case EXACT -> {
                en += ": exactly consistent.";
                zh += "：完全一致。";
            }
            case WITHIN_ROUNDING -> {
                en += ": consistent within rounding (they differ by " + Text.number(gap) + " " + u
                        + ", rounding allows " + Text.number(tolerance) + ").";
                zh += "：舍入误差内一致（相差 " + Text.number(gap) + " " + u + "，舍入允许 " + Text.number(tolerance) + "）。";
            }
            default -> {
                en += ": inconsistent (" + Text.number(actual) + " against " + Text.number(expected) + " " + u
                        + ", a difference of " + Text.number(gap) + " where rounding allows " + Text.number(tolerance)
                        + ")";
                zh += "：不一致（" + Text.number(actual) + " 对 " + Text.number(expected) + " " + u + "，相差 "
                        + Text.number(gap) + "，舍入仅允许 " + Text.number(tolerance) + "）";
                if (o.fixFact() != null) {
                    Fact f = o.fixFact();
                    BigDecimal now = f.amount().value();
                    BigDecimal then = now.add(o.fixDelta());
                    String fu = f.amount().unit().symbol();
                    en += "; the smallest change of one figure that restores it: " + Text.where(f) + " from "
                            + Text.number(now) + " to " + Text.number(then) + " " + fu + " ("
                            + Text.signed(o.fixDelta()) + ").";
                    zh += "；改动一个数字即可恢复一致的最小修正：将 " + Text.where(f) + " 由 " + Text.number(now) + " 改为 "
                            + Text.number(then) + " " + fu + "（" + Text.signed(o.fixDelta()) + "）。";
                } else {
                    en += ".";
                    zh += "。";
                }
            }
        }
        return b.message(en, zh).build();
    }

    private static String values(List<Fact> facts, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < facts.size() && i < max; i++) {
            if (i > 0) {
                out.append(" + ");
            }
            out.append(Text.number(facts.get(i).amount().value()));
        }
        if (facts.size() > max) {
            out.append(" + …");
        }
        return out.toString();
    }

    private static BigDecimal sum(Term t, AmountUnit unit) {
        BigDecimal s = BigDecimal.ZERO;
        for (Fact f : t.plus()) {
            s = s.add(Numbers.yuan(f));
        }
        for (Fact f : t.minus()) {
            s = s.subtract(Numbers.yuan(f));
        }
        return in(s, unit);
    }

    private static String describe(Term t, boolean chinese) {
        AmountUnit unit = t.plus().isEmpty() ? AmountUnit.TEN_THOUSAND_YUAN : t.plus().get(0).amount().unit();
        String allowance = "";
        if (!t.allowances().isEmpty()) {
            allowance = chinese ? "（另加未单列部分的余量）" : " (plus an allowance for what is not printed)";
        }
        switch (t.kind()) {
            case REPORTED:
                return Text.figure(t.plus().get(0)) + allowance;
            case ABSENT:
                return chinese ? t.label() + "（细分同一金额但未列此项，即为 0）"
                        : "0 in " + t.label() + " (it breaks the same amount down without this code)";
            case DERIVED:
                return chinese ? t.label() + "中 " + t.plus().size() + " 项明细之和（" + values(t.plus(), 8) + " = "
                        + Text.number(sum(t, unit)) + "）" + allowance
                        : "the sum of " + t.plus().size() + " rows of " + t.label() + " (" + values(t.plus(), 8) + " = "
                                + Text.number(sum(t, unit)) + ")" + allowance;
            case LIFTED:
                return chinese ? t.label() + "中各单位行之和 " + Text.number(sum(t, unit)) + allowance
                        : "the units' rows of " + t.label() + " (" + Text.number(sum(t, unit)) + ")" + allowance;
            default:
                if (!t.minus().isEmpty()) {
                    return chinese ? "本年数 " + values(t.plus(), 8) + " 减上年数 " + values(t.minus(), 8) + " = "
                            + Text.number(sum(t, unit))
                            : "this year's " + values(t.plus(), 8) + " less last year's " + values(t.minus(), 8)
                                    + " = " + Text.number(sum(t, unit));
                }
                if (t.plus().size() == 1) {
                    return Text.figure(t.plus().get(0)) + allowance;
                }
                return chinese ? "各组成部分之和（" + values(t.plus(), 8) + " = " + Text.number(sum(t, unit)) + "）"
                        + allowance
                        : "the sum of its parts (" + values(t.plus(), 8) + " = " + Text.number(sum(t, unit)) + ")"
                                + allowance;
        }
    }

    private static String codeName(Dimension<?> d, Object code, int year) {
        if (code instanceof FunctionCode f) {
            return Text.describe(f, year);
        }
        if (code instanceof EconomicCode e) {
            return Text.describe(e, year);
        }
        return String.valueOf(code);
    }

    private static Finding reclassification(Document document, List<Generator.Absent> group,
            Map<Generator.Absent, Outcome> outcomes) {
        Generator.Absent first = group.get(0);
        Outcome o = outcomes.get(first);
        int year = document.year().value();
        Rule rule = first.dimension() == Dimension.FUNCTION ? Rule.RECLASSIFIED_FUNCTION : Rule.RECLASSIFIED_ECONOMIC;
        // For each code: the amount, the tables that print it and those that leave it out.
        Map<Object, Set<String>> present = new LinkedHashMap<>();
        Map<Object, Set<String>> missing = new LinkedHashMap<>();
        Map<Object, Fact> figure = new LinkedHashMap<>();
        Set<Fact> participants = new LinkedHashSet<>();
        for (Generator.Absent a : group) {
            present.computeIfAbsent(a.code(), k -> new LinkedHashSet<>()).add(a.present());
            missing.computeIfAbsent(a.code(), k -> new LinkedHashSet<>()).add(a.absentFrom());
            figure.putIfAbsent(a.code(), a.check().terms().get(0).plus().get(0));
            participants.addAll(a.check().terms().get(0).participants());
            participants.addAll(a.presentParent().participants());
            participants.addAll(a.absentParent().participants());
        }
        List<String> tableOrder = document.facts().tables();
        java.util.Comparator<String> byTable = java.util.Comparator.comparingInt(tableOrder::indexOf);
        for (Map.Entry<Object, Set<String>> e : present.entrySet()) {
            missing.get(e.getKey()).removeAll(e.getValue());
            List<String> p = new ArrayList<>(e.getValue());
            p.sort(byTable);
            e.setValue(new LinkedHashSet<>(p));
            List<String> m = new ArrayList<>(missing.get(e.getKey()));
            m.sort(byTable);
            missing.put(e.getKey(), new LinkedHashSet<>(m));
        }
        String parent = first.parentCode().map(p -> codeName(first.dimension(), p, year)).orElse("the total");
        String parentZh = first.parentCode().map(p -> codeName(first.dimension(), p, year)).orElse("合计");
        StringBuilder en = new StringBuilder("Filed under different codes: ");
        StringBuilder zh = new StringBuilder("科目归类不一致：");
        int i = 0;
        for (Object code : present.keySet()) {
            Fact f = figure.get(code);
            String amount = Text.number(f.amount().value()) + " " + f.amount().unit().symbol();
            String name = codeName(first.dimension(), code, year);
            en.append(i > 0 ? "; " : "").append(name).append(" has ").append(amount).append(" in ")
                    .append(String.join(", ", present.get(code))).append(" but is not listed in ")
                    .append(String.join(", ", missing.get(code)));
            zh.append(i > 0 ? "；" : "").append(name).append(" 在").append(String.join("、", present.get(code)))
                    .append("中为 ").append(amount).append("，").append(String.join("、", missing.get(code)))
                    .append("未列示");
            i++;
        }
        en.append(". Under ").append(parent).append(" the tables agree, so the same money is classified differently")
                .append(" in different tables: a classification inconsistency, not an arithmetic one.");
        zh.append("。在 ").append(parentZh).append(" 下各表合计一致，说明同一笔资金在不同表中归入了不同科目，属归类不一致而非计算错误。");
        Fact location = first.check().location();
        AmountUnit unit = location.amount().unit();
        Finding.Builder b = Finding.builder(rule.id(), Severity.WARNING, Verdict.INCONSISTENT)
                .location(location.provenance()).code(first.check().code())
                .values(in(o.expected(), unit), in(o.actual(), unit), in(o.tolerance(), unit), unit.symbol())
                .message(en.toString(), zh.toString());
        for (Fact f : participants) {
            b.participant(f.provenance());
        }
        return b.build();
    }

    /** Above this many unplaced figures a table gets one summary warning instead of one per figure. */
    private static final int UNPLACED_ONE_BY_ONE = 3;

    private static List<Finding> unplaced(Document document) {
        List<Finding> out = new ArrayList<>();
        for (Table t : document.tables()) {
            if (t.unplaced().size() > UNPLACED_ONE_BY_ONE) {
                out.add(unplacedSummary(document, t));
                continue;
            }
            for (Table.RawFigure raw : t.unplaced()) {
                out.add(unplaced(document, t, raw));
            }
        }
        return out;
    }

    private static org.budgetkit.model.fact.Provenance where(Document document, Table t, Table.RawFigure raw) {
        return new org.budgetkit.model.fact.Provenance(document.source(), t.number(), raw.row(), raw.column(),
                raw.line(), raw.page());
    }

    private static Amount figure(Table t, Table.RawFigure raw) {
        try {
            return Amount.parseFigure(raw.text(), t.unit());
        } catch (MalformedFigureException e) {
            return null;
        }
    }

    private static Finding unplaced(Document document, Table t, Table.RawFigure raw) {
        org.budgetkit.model.fact.Provenance where = where(document, t, raw);
        Amount amount = figure(t, raw);
        List<Fact> same = new ArrayList<>();
        if (amount != null) {
            for (Fact f : document.facts().inTable(t.number())) {
                if (f.provenance().column().equals(raw.column()) && !f.amount().isNil()
                        && f.amount().interval().intersects(amount.interval())
                        && f.amount().unit() == amount.unit()) {
                    same.add(f);
                }
            }
        }
        boolean labelled = !raw.row().isBlank();
        StringBuilder en = new StringBuilder(t.number() + " prints " + raw.text() + " " + t.unit().symbol()
                + " in column “" + raw.column() + "”" + (raw.line() > 0 ? " on line " + raw.line() : "")
                + (labelled ? " in row “" + raw.row() + "”, which names nothing budgetkit can place"
                        : " without a row label")
                + ": it could not be placed and takes part in no check.");
        StringBuilder zh = new StringBuilder(t.number() + " 第 " + raw.line() + " 行“" + raw.column() + "”列列示了 "
                + raw.text() + " " + t.unit().symbol()
                + (labelled ? "，其行“" + raw.row() + "”无法对应到任何科目或口径" : "，但没有行标签")
                + "，无法确定其含义，未参与任何校验。");
        if (!same.isEmpty()) {
            List<String> rows = new ArrayList<>();
            for (Fact f : same) {
                rows.add("“" + f.provenance().row() + "”");
            }
            en.append(" It equals ").append(String.join(", ", rows)).append(" of the same column,")
                    .append(" so it is probably a repeated or mislaid label (check the source).");
            zh.append("该数与同列 ").append(String.join("、", rows)).append(" 相同，可能是重复或错位的行（请核对原文）。");
        } else if (amount != null) {
            en.append(" No figure of the same column has this value.");
            zh.append("同列没有相同的数。");
        } else {
            en.append(" It is not a readable figure.");
            zh.append("该内容不是可识别的数字。");
        }
        Finding.Builder b = Finding.builder(Rule.UNPLACED_FIGURE.id(), Severity.WARNING, Verdict.INCONSISTENT)
                .location(where).message(en.toString(), zh.toString());
        if (amount != null) {
            b.values(null, amount.value(), amount.precision().resolution().divide(BigDecimal.valueOf(2)),
                    amount.unit().symbol());
        }
        b.participant(where);
        for (Fact f : same) {
            b.participant(f.provenance());
        }
        return b.build();
    }

    /** One warning for a table with many unplaced figures (a list of purchases, say), naming them all. */
    private static Finding unplacedSummary(Document document, Table t) {
        List<Table.RawFigure> raws = t.unplaced();
        List<String> rows = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Table.RawFigure raw : raws) {
            if (!raw.row().isBlank() && !rows.contains(raw.row()) && rows.size() < 5) {
                rows.add(raw.row());
            }
            if (raw.line() > 0) {
                first = Math.min(first, raw.line());
                last = Math.max(last, raw.line());
            }
        }
        String lines = last == 0 ? "" : first == last ? " (line " + first + ")" : " (lines " + first + "–" + last + ")";
        String linesZh = last == 0 ? "" : first == last ? "（第 " + first + " 行）" : "（第 " + first + "–" + last + " 行）";
        String examples = rows.isEmpty() ? "" : ", in rows such as “" + String.join("”, “", rows) + "”";
        String examplesZh = rows.isEmpty() ? "" : "，如“" + String.join("”、“", rows) + "”等行";
        String en = t.number() + " " + t.title() + " prints " + raws.size() + " figures" + lines + examples
                + " that could not be placed on budget coordinates: they are kept as printed and take part in no check.";
        String zh = t.number() + " " + t.title() + linesZh + "有 " + raws.size() + " 个数" + examplesZh
                + "无法对应到预算口径，已按原样保留，未参与任何校验。";
        Table.RawFigure firstRaw = raws.get(0);
        Finding.Builder b = Finding.builder(Rule.UNPLACED_FIGURE.id(), Severity.WARNING, Verdict.INCONSISTENT)
                .location(where(document, t, firstRaw)).message(en, zh);
        for (Table.RawFigure raw : raws) {
            b.participant(where(document, t, raw));
        }
        return b.build();
    }

    private static List<Finding> unreported(Document document) {
        List<Finding> out = new ArrayList<>();
        Set<Object> seen = new LinkedHashSet<>(document.facts().values(Dimension.UNIT));
        for (var u : document.units()) {
            if (seen.contains(u)) {
                continue;
            }
            String en = u.name() + " is one of the department's units but prints no figure of its own in any table;"
                    + " a department figure derived from the other units' rows allows for it, up to what the"
                    + " department total leaves over, and the units' rows are checked not to exceed the department's.";
            String zh = u.name() + " 为部门所属单位，但各表均未单独列示其数据；由其他单位行推算部门数时为其留出余量（不超过部门合计与各单位合计之差），"
                    + "并校验各单位行之和不超过部门数。";
            out.add(Finding.builder(Rule.UNIT_UNREPORTED.id(), Severity.INFO, Verdict.EXACT)
                    .message(en, zh).build());
        }
        return out;
    }
}
