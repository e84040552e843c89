package org.budgetkit.rules.legacy;

import java.math.BigDecimal;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;

/** Formatting for messages: figures, coordinates and facts. Stateless. */
public final class Text {
    private Text() {
    }

    /**
     * A decimal with thousands separators and no exponent: {@code 1,876.57}, {@code -8}.
     *
     * @param v the value, not null
     * @return the text, never null
     */
    public static String number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        String plain = s.toPlainString();
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int intEnd = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + 8);
        out.append(plain, 0, sign);
        for (int i = sign; i < intEnd; i++) {
            if (i > sign && (intEnd - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        out.append(plain, intEnd, plain.length());
        return out.toString();
    }

    /**
     * A signed change: {@code +97}, {@code -0.36}.
     *
     * @param v the value, not null
     * @return the text, never null
     */
    public static String signed(BigDecimal v) {
        return (v.signum() >= 0 ? "+" : "") + number(v);
    }

    /**
     * Where a figure is: {@code 表1 “收入总计” (收入/预算数)}.
     *
     * @param f the fact, not null
     * @return the description, never null
     */
    public static String where(Fact f) {
        Provenance p = f.provenance();
        StringBuilder out = new StringBuilder();
        out.append(p.table().isEmpty() ? "?" : p.table());
        if (!p.row().isEmpty()) {
            out.append(" “").append(p.row()).append('”');
        }
        if (!p.column().isEmpty()) {
            out.append(" (").append(p.column()).append(')');
        }
        return out.toString();
    }

    /**
     * A figure and where it is: {@code 表1 “收入总计” (收入/预算数) 1,877}.
     *
     * @param f the fact, not null
     * @return the description, never null
     */
    public static String figure(Fact f) {
        return where(f) + " " + (f.amount().isNil() ? "—" : number(f.amount().value()));
    }

    /**
     * What coordinates stand for, in a few words: {@code 201 一般公共服务支出 · 项目支出}.
     *
     * @param c the coordinates, not null
     * @return the description (empty for a plain total), never null
     */
    public static String subject(Coordinates c) {
        StringBuilder out = new StringBuilder();
        int year = c.get(Dimension.YEAR).map(y -> y.value()).orElse(2023);
        c.get(Dimension.UNIT).filter(u -> u.kind() == BudgetUnit.Kind.UNIT)
                .ifPresent(u -> append(out, "单位 " + u.name()));
        Flow flow = c.get(Dimension.FLOW).orElse(null);
        if (flow != null && flow != Flow.EXPENDITURE) {
            append(out, flow.chineseName());
        }
        c.get(Dimension.FUNCTION).ifPresent(f -> append(out, describe(f, year)));
        c.get(Dimension.ECONOMIC).ifPresent(e -> append(out, describe(e, year)));
        c.get(Dimension.FUND_SOURCE).map(FundSource::chineseName).ifPresent(s -> append(out, s));
        c.get(Dimension.NATURE).map(Nature::chineseName).ifPresent(s -> append(out, s));
        c.get(Dimension.ITEM).map(SpecialItem::chineseName).ifPresent(s -> append(out, s));
        c.get(Dimension.PROJECT).ifPresent(p -> append(out, p.name()));
        c.get(Dimension.MEASURE).filter(m -> m == Measure.CHANGE).ifPresent(m -> append(out, m.chineseName()));
        if (c.get(Dimension.YEAR).isPresent() && out.length() == 0) {
            out.append(flow == Flow.EXPENDITURE ? "本年支出合计" : "合计");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String s) {
        if (out.length() > 0) {
            out.append(" · ");
        }
        out.append(s);
    }

    /**
     * A function code with its name: {@code 2010301 行政运行}.
     *
     * @param code the code, not null
     * @param year the fiscal year
     * @return the description, never null
     */
    public static String describe(FunctionCode code, int year) {
        try {
            return Classification.bundledFunctions().edition(year).describe(code);
        } catch (IllegalArgumentException e) {
            return code.toString();
        }
    }

    /**
     * An economic code with its name: {@code 30217 公务接待费}.
     *
     * @param code the code, not null
     * @param year the fiscal year
     * @return the description, never null
     */
    public static String describe(EconomicCode code, int year) {
        try {
            Classification<EconomicCode> c = Classification.bundledEconomic();
            String d = c.edition(year).describe(code);
            if (d.equals(code.toString()) && !c.entries(code).isEmpty()) {
                return code + " " + c.entries(code).get(0).name();
            }
            return d;
        } catch (IllegalArgumentException e) {
            return code.toString();
        }
    }
}
