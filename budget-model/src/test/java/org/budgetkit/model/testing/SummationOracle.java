package org.budgetkit.model.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.RoundingConvention;

/**
 * A plain oracle of the relations among a document's figures, for the generators' own tests
 * (not a reconciler): within each table, along each hierarchical dimension, a figure and its
 * printed children ({@code SUM}); a "其中" part and its whole ({@code AT_MOST}); 收入总计 and
 * 支出总计, and a figure printed in two tables ({@code EQUAL}); 增减变化金额 with the two years
 * ({@code SUM}: this year = last year + change).
 */
final class SummationOracle {
    enum Kind {
        SUM, AT_MOST, EQUAL
    }

    /** {@code SUM}: whole = Σ items; {@code AT_MOST}: the one item ≤ whole; {@code EQUAL}: item = whole. */
    record Link(Kind kind, String table, Fact whole, List<Fact> items) {
        boolean involves(Fact f) {
            return whole.equals(f) || items.contains(f);
        }
    }

    private static final List<Dimension<?>> HIERARCHIES = List.of(Dimension.UNIT, Dimension.FLOW,
            Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.NATURE, Dimension.ITEM);
    private static final Set<FundSource> ALL_SOURCES = all();

    private SummationOracle() {
    }

    private static Set<FundSource> all() {
        Set<FundSource> out = EnumSet.noneOf(FundSource.class);
        out.addAll(FundSource.CURRENT_YEAR.leaves());
        out.addAll(FundSource.PRIOR_YEAR_BALANCE.leaves());
        return out;
    }

    static List<Link> links(Document doc) {
        List<Link> out = new ArrayList<>();
        for (Table t : doc.tables()) {
            List<Fact> facts = doc.facts().inTable(t.number()).asList();
            for (Dimension<?> d : HIERARCHIES) {
                for (List<Fact> group : groups(facts, d).values()) {
                    hierarchy(t.number(), d, group, out);
                }
            }
            for (List<Fact> group : groups(facts, Dimension.FUND_SOURCE).values()) {
                sources(t.number(), group, out);
            }
            identities(t.number(), facts, out);
        }
        Map<Coordinates, Fact> first = new LinkedHashMap<>();
        for (Fact f : doc.facts()) {
            Fact seen = first.putIfAbsent(f.coordinates(), f);
            if (seen != null && !seen.provenance().table().equals(f.provenance().table())) {
                out.add(new Link(Kind.EQUAL, f.provenance().table(), seen, List.of(f)));
            }
        }
        return out;
    }

    private static Map<Coordinates, List<Fact>> groups(List<Fact> facts, Dimension<?> d) {
        Map<Coordinates, List<Fact>> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            out.computeIfAbsent(f.coordinates().without(d), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static <V> void hierarchy(String table, Dimension<V> d, List<Fact> group, List<Link> out) {
        for (Fact whole : group) {
            Optional<V> value = whole.coordinates().get(d);
            List<Fact> components = new ArrayList<>();
            for (Fact f : group) {
                Optional<V> v = f.coordinates().get(d);
                if (v.isEmpty() || !d.parent(v.get()).equals(value)) {
                    continue;
                }
                if (d.relation(v.get()) == Relation.COMPONENT) {
                    components.add(f);
                } else if (d.relation(v.get()) == Relation.OF_WHICH) {
                    out.add(new Link(Kind.AT_MOST, table, whole, List.of(f)));
                }
            }
            if (!components.isEmpty()) {
                out.add(new Link(Kind.SUM, table, whole, components));
            }
        }
    }

    /**
     * Fund sources: a figure equals the sum of the largest printed sources inside it when they
     * cover its leaves without overlap (表2's 收入总计 = 一般公共预算拨款小计 + … + 上年结余、结转).
     */
    private static void sources(String table, List<Fact> group, List<Link> out) {
        for (Fact whole : group) {
            Optional<FundSource> s = whole.coordinates().get(Dimension.FUND_SOURCE);
            if (s.isPresent() && s.get().relation() == Relation.GROUPING) {
                continue;
            }
            Set<FundSource> leaves = s.map(FundSource::leaves).orElse(ALL_SOURCES);
            List<Fact> inside = new ArrayList<>();
            for (Fact f : group) {
                Optional<FundSource> v = f.coordinates().get(Dimension.FUND_SOURCE);
                if (v.isPresent() && !v.equals(s) && v.get().relation() != Relation.GROUPING
                        && leaves.containsAll(v.get().leaves())) {
                    inside.add(f);
                }
            }
            List<Fact> frontier = new ArrayList<>();
            for (Fact f : inside) {
                Set<FundSource> mine = source(f).leaves();
                boolean covered = inside.stream().anyMatch(g -> g != f && !source(g).equals(source(f))
                        && source(g).leaves().containsAll(mine));
                if (!covered) {
                    frontier.add(f);
                }
            }
            Set<FundSource> union = EnumSet.noneOf(FundSource.class);
            int count = 0;
            for (Fact f : frontier) {
                union.addAll(source(f).leaves());
                count += source(f).leaves().size();
            }
            if (!frontier.isEmpty() && union.equals(leaves) && count == leaves.size()) {
                out.add(new Link(Kind.SUM, table, whole, frontier));
            }
        }
    }

    private static FundSource source(Fact f) {
        return f.coordinates().get(Dimension.FUND_SOURCE).orElseThrow();
    }

    /** 收入总计 = 支出总计; this year = last year + 增减变化金额. */
    private static void identities(String table, List<Fact> facts, List<Link> out) {
        Map<Coordinates, Fact> byCoordinates = new LinkedHashMap<>();
        facts.forEach(f -> byCoordinates.putIfAbsent(f.coordinates(), f));
        for (Fact f : facts) {
            Coordinates c = f.coordinates();
            if (c.get(Dimension.FLOW).orElseThrow() == Flow.REVENUE && !c.has(Dimension.FUND_SOURCE)) {
                Fact uses = byCoordinates.get(c.with(Dimension.FLOW, Flow.USES));
                if (uses != null) {
                    out.add(new Link(Kind.EQUAL, table, uses, List.of(f)));
                }
            }
            if (c.get(Dimension.MEASURE).orElse(Measure.AMOUNT) == Measure.CHANGE) {
                Coordinates now = c.without(Dimension.MEASURE);
                Fact current = byCoordinates.get(now);
                Fact previous = byCoordinates.get(now.with(Dimension.YEAR,
                        now.get(Dimension.YEAR).orElseThrow().previous()));
                if (current != null && previous != null) {
                    out.add(new Link(Kind.SUM, table, current, List.of(previous, f)));
                }
            }
        }
    }

    static boolean holdsExactly(Link l) {
        BigDecimal whole = l.whole().amount().value();
        return switch (l.kind()) {
            case SUM -> l.items().stream().map(f -> f.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .compareTo(whole) == 0;
            case AT_MOST -> l.items().get(0).amount().value().compareTo(whole) <= 0;
            case EQUAL -> l.items().get(0).amount().value().compareTo(whole) == 0;
        };
    }

    /** Whether the link can hold for true values inside the figures' intervals. */
    static boolean holdsWithin(Link l, RoundingConvention convention) {
        Interval whole = l.whole().amount().interval(convention);
        return switch (l.kind()) {
            case SUM -> l.items().stream().map(f -> f.amount().interval(convention)).reduce(Interval::plus)
                    .orElseThrow().intersects(whole);
            case AT_MOST -> l.items().get(0).amount().interval(convention).lower().compareTo(whole.upper()) <= 0;
            case EQUAL -> l.items().get(0).amount().interval(convention).intersects(whole);
        };
    }
}
