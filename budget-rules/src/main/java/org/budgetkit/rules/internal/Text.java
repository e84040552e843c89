package org.budgetkit.rules.internal;

import java.math.BigDecimal;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Project;
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
        int scale = v.scale();
        if ((long) v.precision() - Math.min(scale, 0) <= 18 && scale <= 18) {
            // Most figures: a long and a few decimals, formatted without the plain string.
            long unscaled = scale <= 0 ? v.longValueExact() : v.movePointRight(scale).longValueExact();
            return grouped(unscaled, Math.max(scale, 0));
        }
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

    /** {@code unscaled × 10^-scale} (|unscaled| below 10^18) without trailing zeros, grouped by thousands. */
    private static String grouped(long unscaled, int scale) {
        long u = unscaled;
        int sc = scale;
        while (sc > 0 && u % 10 == 0) {
            u /= 10;
            sc--;
        }
        boolean negative = u < 0;
        long m = Math.abs(u);
        char[] digits = new char[20];
        int n = 0;
        do {
            digits[n++] = (char) ('0' + m % 10);
            m /= 10;
        } while (m != 0);
        // Digits are in reverse; pad the fraction with leading zeros (0.05 has digits "5").
        while (n <= sc) {
            digits[n++] = '0';
        }
        int integerDigits = n - sc;
        char[] out = new char[(negative ? 1 : 0) + integerDigits + (integerDigits - 1) / 3 + (sc > 0 ? sc + 1 : 0)];
        int at = 0;
        if (negative) {
            out[at++] = '-';
        }
        for (int i = n - 1; i >= sc; i--) {
            out[at++] = digits[i];
            int left = i - sc;
            if (left > 0 && left % 3 == 0) {
                out[at++] = ',';
            }
        }
        if (sc > 0) {
            out[at++] = '.';
            for (int i = sc - 1; i >= 0; i--) {
                out[at++] = digits[i];
            }
        }
        return new String(out);
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
        FiscalYear y = value(c, Dimension.YEAR);
        int year = y == null ? 2023 : y.value();
        BudgetUnit u = value(c, Dimension.UNIT);
        if (u != null && u.kind() == BudgetUnit.Kind.UNIT) {
            append(out, "单位 " + u.name());
        }
        Flow flow = value(c, Dimension.FLOW);
        if (flow != null && flow != Flow.EXPENDITURE) {
            append(out, flow.chineseName());
        }
        FunctionCode f = value(c, Dimension.FUNCTION);
        if (f != null) {
            append(out, describe(f, year));
        }
        EconomicCode e = value(c, Dimension.ECONOMIC);
        if (e != null) {
            append(out, describe(e, year));
        }
        FundSource s = value(c, Dimension.FUND_SOURCE);
        if (s != null) {
            append(out, s.chineseName());
        }
        Nature n = value(c, Dimension.NATURE);
        if (n != null) {
            append(out, n.chineseName());
        }
        SpecialItem i = value(c, Dimension.ITEM);
        if (i != null) {
            append(out, i.chineseName());
        }
        Project p = value(c, Dimension.PROJECT);
        if (p != null) {
            append(out, p.name());
        }
        if (value(c, Dimension.MEASURE) == Measure.CHANGE) {
            append(out, Measure.CHANGE.chineseName());
        }
        if (y != null && out.length() == 0) {
            out.append(flow == Flow.EXPENDITURE ? "本年支出合计" : "合计");
        }
        return out.toString();
    }

    /** The value set on a dimension, or null (no default, no Optional). */
    private static <V> V value(Coordinates c, Dimension<V> d) {
        return c.has(d) ? c.getOrDefault(d) : null;
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
