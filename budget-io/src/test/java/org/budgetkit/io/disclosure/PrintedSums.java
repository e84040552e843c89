package org.budgetkit.io.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;

/**
 * A plain arithmetic oracle over a document's printed figures, independent of the
 * reconciliation engine (budget-rules): within each table, a parent function or economic code
 * against the sum of its printed children, a total against basic + project (+ reserve), basic
 * against 人员经费 + 公用经费, and "三公"/政府采购 against their parts. A figure rounded to
 * {@code d} decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; a sum holds when the interval of the
 * total meets the sum of the intervals of the parts. Returns one line per sum that does not
 * hold, naming table, coordinates and both figures.
 */
final class PrintedSums {
    private PrintedSums() {
    }

    private static boolean roundingToo;

    /** The sums that do not hold, even within rounding. */
    static List<String> inconsistencies(Document doc) {
        return scan(doc, false);
    }

    /** The sums that hold only within rounding (the printed total differs from the exact sum). */
    static List<String> withinRounding(Document doc) {
        List<String> all = scan(doc, true);
        all.removeAll(scan(doc, false));
        return all;
    }

    private static synchronized List<String> scan(Document doc, boolean rounding) {
        roundingToo = rounding;
        List<String> out = new ArrayList<>();
        Map<String, List<Fact>> byTable = new LinkedHashMap<>();
        for (Fact f : doc.facts()) {
            byTable.computeIfAbsent(f.provenance().table(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Fact>> e : byTable.entrySet()) {
            List<Fact> facts = e.getValue();
            hierarchy(e.getKey(), facts, Dimension.FUNCTION, c -> c.parent().map(Object.class::cast), out);
            hierarchy(e.getKey(), facts, Dimension.ECONOMIC, c -> c.parent().map(Object.class::cast), out);
            parts(e.getKey(), facts, Dimension.NATURE, null, List.of(Nature.BASIC, Nature.PROJECT, Nature.RESERVE), out);
            parts(e.getKey(), facts, Dimension.NATURE, Nature.BASIC, List.of(Nature.PERSONNEL, Nature.PUBLIC_USE), out);
            parts(e.getKey(), facts, Dimension.ITEM, SpecialItem.THREE_PUBLIC, List.of(SpecialItem.OVERSEAS_TRAVEL,
                    SpecialItem.OFFICIAL_RECEPTION, SpecialItem.OFFICIAL_VEHICLES), out);
            parts(e.getKey(), facts, Dimension.ITEM, SpecialItem.OFFICIAL_VEHICLES, List.of(SpecialItem.VEHICLE_PURCHASE,
                    SpecialItem.VEHICLE_OPERATION), out);
            parts(e.getKey(), facts, Dimension.ITEM, SpecialItem.GOVERNMENT_PROCUREMENT, List.of(
                    SpecialItem.PROCUREMENT_GOODS, SpecialItem.PROCUREMENT_WORKS, SpecialItem.PROCUREMENT_SERVICES), out);
        }
        duplicates(doc, out);
        return out;
    }

    /** The same coordinates printed twice (in two tables, or twice in one) must agree within rounding. */
    private static void duplicates(Document doc, List<String> out) {
        Map<Coordinates, List<Fact>> at = new LinkedHashMap<>();
        for (Fact f : doc.facts()) {
            at.computeIfAbsent(f.coordinates(), k -> new ArrayList<>()).add(f);
        }
        for (List<Fact> same : at.values()) {
            Fact first = same.get(0);
            for (Fact other : same.subList(1, same.size())) {
                BigDecimal a = yuan(first, first.amount().value());
                BigDecimal b = yuan(other, other.amount().value());
                BigDecimal ha = yuan(first, half(first));
                BigDecimal hb = yuan(other, half(other));
                boolean inconsistent = a.add(ha).compareTo(b.subtract(hb)) < 0 || b.add(hb).compareTo(a.subtract(ha)) < 0;
                if (inconsistent || (roundingToo && a.compareTo(b) != 0)) {
                    out.add((inconsistent ? "" : "within rounding: ") + "same coordinates, " + first.provenance().table()
                            + " line " + first.provenance().line() + " prints " + first.amount().toPlainString() + " "
                            + first.amount().unit().symbol() + ", " + other.provenance().table() + " line "
                            + other.provenance().line() + " prints " + other.amount().toPlainString() + " "
                            + other.amount().unit().symbol() + " (" + first.coordinates() + ")");
                }
            }
        }
    }

    private static BigDecimal yuan(Fact f, BigDecimal v) {
        return v.multiply(f.amount().unit().factor());
    }

    /** Each printed parent (or the printed total, for the top level) against its printed children. */
    private static <V> void hierarchy(String table, List<Fact> facts, Dimension<V> d, Function<V, Optional<Object>> parent,
            List<String> out) {
        Map<Coordinates, Fact> at = new LinkedHashMap<>();
        for (Fact f : facts) {
            at.putIfAbsent(f.coordinates(), f);
        }
        Map<Coordinates, List<Fact>> children = new LinkedHashMap<>();
        for (Fact f : facts) {
            Optional<V> v = f.coordinates().get(d);
            if (v.isEmpty()) {
                continue;
            }
            Coordinates up = parent.apply(v.get()).map(p -> f.coordinates().with(d, d.cast(p)))
                    .orElse(f.coordinates().without(d));
            children.computeIfAbsent(up, k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Coordinates, List<Fact>> e : children.entrySet()) {
            Fact total = at.get(e.getKey());
            if (total != null) {
                check(table, total, e.getValue(), out);
            }
        }
    }

    private static <V> void parts(String table, List<Fact> facts, Dimension<V> d, V whole, List<V> components,
            List<String> out) {
        Map<Coordinates, Fact> at = new LinkedHashMap<>();
        for (Fact f : facts) {
            at.putIfAbsent(f.coordinates(), f);
        }
        for (Fact f : facts) {
            boolean isWhole = whole == null ? f.coordinates().get(d).isEmpty()
                    : f.coordinates().get(d).map(whole::equals).orElse(false);
            if (!isWhole) {
                continue;
            }
            List<Fact> found = new ArrayList<>();
            for (V c : components) {
                Fact part = at.get(f.coordinates().with(d, c));
                if (part != null) {
                    found.add(part);
                }
            }
            if (found.size() >= 2 || (found.size() == 1 && components.size() == 2 && whole != null)) {
                check(table, f, found, out);
            }
        }
    }

    private static void check(String table, Fact total, List<Fact> items, List<String> out) {
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Fact f : items) {
            BigDecimal v = f.amount().value();
            BigDecimal h = half(f);
            lo = lo.add(v.subtract(h));
            hi = hi.add(v.add(h));
            sum = sum.add(v);
        }
        BigDecimal t = total.amount().value();
        BigDecimal h = half(total);
        boolean inconsistent = t.add(h).compareTo(lo) < 0 || t.subtract(h).compareTo(hi) > 0;
        if (inconsistent || (roundingToo && t.compareTo(sum) != 0)) {
            out.add((inconsistent ? "" : "within rounding: ") + table + " " + total.provenance().row() + " (line "
                    + total.provenance().line() + ", " + total.provenance().column() + "): printed " + t.toPlainString()
                    + ", parts sum to " + sum.toPlainString());
        }
    }

    private static BigDecimal half(Fact f) {
        return BigDecimal.ONE.movePointLeft(f.amount().value().scale()).divide(BigDecimal.valueOf(2));
    }
}
