package org.budgetkit.rules.legacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableKind;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.rules.Rule;

/**
 * Generates the checks of a document from its facts and their provenance alone (so documents
 * read from CSV, without table layouts, are checked the same way): what to compare, never how.
 *
 * <p>Facts are grouped by the table their provenance names. Within a table:
 * <ul>
 *   <li>along the <em>open</em> classifications (function, economic) a code's figure equals the
 *       sum of its maximal printed sub-codes: a row printed without sub-rows is a leaf of the
 *       table, and a code the table does not print counts as zero where its parent is broken
 *       down. The same roll-up gives <em>derived</em> values for codes and totals the table does
 *       not print (表12's 项目支出 total is the sum of its projects);
 *   <li>along the <em>closed</em> dimensions (fund source, nature, special item, flow) a value
 *       equals the sum of the printed values that cover its leaves without overlap (using
 *       {@link FundSource#leaves()}, so 其他资金 and 财政拨款合计 are compared through their
 *       leaves); where the printed values cover only part of it, the parts are checked to be at
 *       most the whole; an "of which" item (其中) is at most what it is part of;
 *   <li>a department's row equals the sum of its units' rows where every unit of the document
 *       reports in the table, and is at least that sum otherwise.
 * </ul>
 *
 * <p>Across tables, every set of coordinates printed in two places forms one agreement check
 * of all its figures, with, for tables that do not print those coordinates, their derived
 * value, or the value <em>lifted</em> from the table's unit rows to the department: the sum of
 * the units' figures, plus an allowance {@code [0, u]} for units that print no rows, where
 * {@code u} bounds the department total less the units' totals in that table (sound because
 * amounts are not negative; with every unit reporting there is no allowance). A derived or
 * lifted value is left out where another table of the check prints all its parts (its own
 * summation already implies it). Expenditure of some fund sources is compared with that of all
 * sources: at most, and short of it by at most the other sources' revenue. A code one table
 * prints and another, breaking down the same amount, omits, is compared with zero. Finally
 * the catalogue identities (balance, change, personnel, 机关运行经费, "三公").
 *
 * <p>Not thread-safe; one instance per document.
 */
public final class Generator {
    /** An absent-code check with what is needed to tell a reclassification from an error. */
    public record Absent(Check check, String present, String absentFrom, Dimension<?> dimension, Object code,
            Optional<Object> parentCode, Term presentParent, Term absentParent) {
    }

    /** The generated checks. */
    public record Result(List<Check> checks, List<Absent> absents) {
    }

    private static final List<Dimension<?>> OPEN = List.of(Dimension.FUNCTION, Dimension.ECONOMIC);
    private static final List<Dimension<?>> CLOSED = List.of(Dimension.FUND_SOURCE, Dimension.NATURE,
            Dimension.ITEM, Dimension.FLOW);
    private static final long ITEM_TOTAL = 1L << 62;

    private final Document document;
    private final BudgetUnit department;
    private final Set<BudgetUnit> documentUnits;
    /** The top-level natures the whole expenditure is made of, in this document (see totalMask). */
    private final long natureTotal;
    private final List<View> views = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Absent> absents = new ArrayList<>();
    /** Every coordinate any view can give a value for, with the views in order. */
    private final Map<Coordinates, List<View>> available;

    private Generator(Document document) {
        this.document = document;
        this.department = document.department();
        this.documentUnits = new LinkedHashSet<>(document.units());
        this.natureTotal = natureTotal(document);
        this.available = new HashMap<>(document.facts().size() * 4);
    }

    /**
     * Generates the checks of a document.
     *
     * @param document the document, not null
     * @return the checks, never null
     */
    public static Result generate(Document document) {
        Generator g = new Generator(document);
        g.run();
        return new Result(List.copyOf(g.checks), List.copyOf(g.absents));
    }

    // ------------------------------------------------------------------ views

    /** One table's figures: printed, derived along the open classifications, lifted to the department. */
    static final class View {
        final String name;
        final int order;
        final TableKind kind;
        final Map<Coordinates, List<Fact>> reported = new LinkedHashMap<>();
        final Map<Coordinates, Derived> derived = new LinkedHashMap<>();
        final Map<Coordinates, Term> lifted = new LinkedHashMap<>();
        final Set<Coordinates> liftedRedundant = new HashSet<>();
        final Map<Dimension<?>, Map<Coordinates, List<Fact>>> children = new HashMap<>();
        final Map<Dimension<?>, Set<Coordinates>> brokenDown = new HashMap<>();
        final Set<BudgetUnit> units = new LinkedHashSet<>();

        View(String name, int order, TableKind kind) {
            this.name = name;
            this.order = order;
            this.kind = kind;
        }

        boolean has(Coordinates c) {
            return reported.containsKey(c) || derived.containsKey(c) || lifted.containsKey(c);
        }

        /** The table's value at c, printed first, then derived, then lifted; null if none. */
        Term term(Coordinates c) {
            List<Fact> r = reported.get(c);
            if (r != null) {
                return Term.of(r.get(0));
            }
            Derived d = derived.get(c);
            if (d != null) {
                return Term.sum(d.terms, Term.Kind.DERIVED, name);
            }
            return lifted.get(c);
        }

        /** The printed (or derived) figures a value is made of, without allowances. */
        List<Fact> parts(Coordinates c) {
            List<Fact> r = reported.get(c);
            if (r != null) {
                return List.of(r.get(0));
            }
            Derived d = derived.get(c);
            return d == null ? null : d.terms;
        }
    }

    /** A value a table does not print, rolled up from its maximal printed sub-codes. */
    static final class Derived {
        final Dimension<?> dimension;
        final List<Fact> terms = new ArrayList<>(4);
        boolean redundant;

        Derived(Dimension<?> dimension) {
            this.dimension = dimension;
        }
    }

    private void run() {
        buildViews();
        for (View v : views) {
            for (Dimension<?> d : OPEN) {
                derive(v, d);
            }
        }
        for (View v : views) {
            openSums(v);
            for (Dimension<?> d : CLOSED) {
                closedSums(v, d);
            }
            unitSums(v);
            lift(v);
        }
        for (View v : views) {
            index(v);
        }
        agreements();
        for (Dimension<?> d : OPEN) {
            absentCodes(d);
        }
        balance();
        change();
        threePublic();
        personnel();
        operation();
        cover();
    }

    private void buildViews() {
        Map<String, View> byName = new LinkedHashMap<>();
        for (Fact f : document.facts()) {
            String table = f.provenance().table();
            View v = byName.get(table);
            if (v == null) {
                TableKind kind = document.table(table).map(Table::kind).orElse(null);
                v = new View(table, byName.size(), kind);
                byName.put(table, v);
            }
            v.reported.computeIfAbsent(f.coordinates(), c -> new ArrayList<>(1)).add(f);
            BudgetUnit u = f.coordinates().get(Dimension.UNIT).orElse(department);
            if (u.kind() == BudgetUnit.Kind.UNIT && u.department().equals(department.name())) {
                v.units.add(u);
            }
        }
        views.addAll(byName.values());
    }

    // ------------------------------------------------------------------ open classifications

    private <V> void derive(View v, Dimension<V> d) {
        Map<Coordinates, List<Fact>> kids = new LinkedHashMap<>();
        v.children.put(d, kids);
        for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
            Coordinates c = e.getKey();
            Optional<V> value = c.get(d);
            if (value.isEmpty()) {
                continue;
            }
            Fact f = e.getValue().get(0);
            Coordinates k = c.without(d);
            V cur = value.get();
            while (true) {
                Optional<V> parent = d.parent(cur);
                Coordinates pc = parent.isPresent() ? k.with(d, parent.get()) : k;
                if (v.reported.containsKey(pc)) {
                    kids.computeIfAbsent(pc, x -> new ArrayList<>(4)).add(f);
                    break;
                }
                Derived dv = v.derived.get(pc);
                if (dv == null) {
                    dv = new Derived(d);
                    v.derived.put(pc, dv);
                }
                if (dv.dimension == d) {
                    dv.terms.add(f);
                }
                if (parent.isEmpty()) {
                    break;
                }
                cur = parent.get();
            }
        }
        // A derived value with the same parts as the value above it repeats it: only the
        // topmost of such a chain is compared with other tables.
        for (Map.Entry<Coordinates, Derived> e : v.derived.entrySet()) {
            Derived dv = e.getValue();
            if (dv.dimension != d) {
                continue;
            }
            Coordinates above = above(e.getKey(), d);
            if (above != null) {
                Derived up = v.derived.get(above);
                if (up != null && up.dimension == d && up.terms.size() == dv.terms.size()) {
                    dv.redundant = true;
                }
            }
        }
        Set<Coordinates> broken = new HashSet<>();
        for (Coordinates c : v.reported.keySet()) {
            Coordinates a = above(c, d);
            if (a != null) {
                broken.add(a);
            }
        }
        for (Map.Entry<Coordinates, Derived> e : v.derived.entrySet()) {
            Coordinates a = above(e.getKey(), d);
            if (a != null && e.getValue().dimension == d) {
                broken.add(a);
            }
        }
        v.brokenDown.put(d, broken);
    }

    /** The coordinates one level up along d (the parent code, or the total), or null at the total. */
    private static <V> Coordinates above(Coordinates c, Dimension<V> d) {
        Optional<V> value = c.get(d);
        if (value.isEmpty()) {
            return null;
        }
        Optional<V> parent = d.parent(value.get());
        Coordinates k = c.without(d);
        return parent.isPresent() ? k.with(d, parent.get()) : k;
    }

    private void openSums(View v) {
        for (Dimension<?> d : OPEN) {
            Rule rule = d == Dimension.FUNCTION ? Rule.SUM_FUNCTION : Rule.SUM_ECONOMIC;
            for (Map.Entry<Coordinates, List<Fact>> e : v.children.get(d).entrySet()) {
                Fact total = v.reported.get(e.getKey()).get(0);
                checks.add(new Check(rule, Check.Kind.EQUAL,
                        List.of(Term.of(total), Term.sum(e.getValue(), Term.Kind.COMPOSITE, v.name)), total,
                        code(e.getKey(), d), e.getKey()));
            }
        }
    }

    private static String code(Coordinates c, Dimension<?> d) {
        return c.get(d).map(Object::toString).orElse("");
    }

    private static String code(Coordinates c) {
        Optional<?> f = c.get(Dimension.FUNCTION);
        if (f.isPresent()) {
            return f.get().toString();
        }
        return c.get(Dimension.ECONOMIC).map(Object::toString).orElse("");
    }

    // ------------------------------------------------------------------ closed dimensions

    private static final long[] FUND_MASKS = new long[FundSource.values().length];
    private static final long[] ITEM_MASKS = new long[SpecialItem.values().length];

    static {
        for (FundSource s : FundSource.values()) {
            long m = 0;
            for (FundSource leaf : s.leaves()) {
                m |= 1L << leaf.ordinal();
            }
            FUND_MASKS[s.ordinal()] = m;
        }
        for (SpecialItem i : SpecialItem.values()) {
            ITEM_MASKS[i.ordinal()] = itemMask(i);
        }
    }

    private static long itemMask(SpecialItem item) {
        long m = 0;
        for (SpecialItem s : SpecialItem.values()) {
            if (s.parent().orElse(null) == item && s.relation() == Relation.COMPONENT) {
                m |= itemMask(s);
            }
        }
        return m == 0 ? bit(item) : m;
    }

    private long mask(Dimension<?> d, Object value) {
        if (d == Dimension.FUND_SOURCE) {
            return FUND_MASKS[((FundSource) value).ordinal()];
        }
        if (d == Dimension.ITEM) {
            return ITEM_MASKS[((SpecialItem) value).ordinal()];
        }
        if (d == Dimension.NATURE) {
            Nature n = (Nature) value;
            return n == Nature.BASIC ? bit(Nature.PERSONNEL) | bit(Nature.PUBLIC_USE) : bit(n);
        }
        Flow f = (Flow) value;
        return f == Flow.USES ? bit(Flow.EXPENDITURE) | bit(Flow.CARRY_FORWARD) : bit(f);
    }

    private static long bit(Enum<?> e) {
        return 1L << e.ordinal();
    }

    private long totalMask(Dimension<?> d) {
        if (d == Dimension.FUND_SOURCE) {
            return mask(d, FundSource.CURRENT_YEAR) | mask(d, FundSource.PRIOR_YEAR_BALANCE);
        }
        if (d == Dimension.NATURE) {
            return natureTotal;
        }
        return ITEM_TOTAL;
    }

    /**
     * The natures the whole expenditure consists of: basic and project, the final account's
     * 上缴上级支出, 经营支出 and 对附属单位补助支出, and any other top-level nature the document prints
     * somewhere (Jiangsu's 单位预留机动经费). A table printing a total and only some of these parts
     * then gets a "parts ≤ whole" check instead of a sum that would wrongly leave the others out.
     */
    private static long natureTotal(Document document) {
        long m = bit(Nature.PERSONNEL) | bit(Nature.PUBLIC_USE) | bit(Nature.PROJECT);
        if (document.phase() == Phase.FINAL_ACCOUNT) {
            m |= bit(Nature.REMITTANCE_TO_SUPERIOR) | bit(Nature.OPERATING) | bit(Nature.SUBSIDY_TO_SUBORDINATE);
        }
        for (Nature n : document.facts().values(Dimension.NATURE)) {
            if (n.parent().isEmpty() && n != Nature.BASIC) {
                m |= bit(n);
            }
        }
        return m;
    }

    private record Member(Coordinates coordinates, Object value, long mask, boolean reported) {
    }

    private void closedSums(View v, Dimension<?> d) {
        // Nothing to sum along a dimension the table does not vary.
        Set<Object> values = new HashSet<>();
        for (Coordinates c : v.reported.keySet()) {
            values.add(c.get(d).orElse(null));
            if (values.size() > 1) {
                break;
            }
        }
        if (values.size() < 2) {
            return;
        }
        Map<Coordinates, List<Member>> groups = new LinkedHashMap<>();
        for (Coordinates c : allOf(v)) {
            if (c.get(Dimension.MEASURE).isPresent() && d == Dimension.FLOW) {
                continue;
            }
            Optional<?> value = c.get(d);
            if (value.isEmpty() && d == Dimension.FLOW) {
                continue;
            }
            long m = value.isPresent() ? mask(d, value.get()) : totalMask(d);
            groups.computeIfAbsent(c.without(d), k -> new ArrayList<>(4))
                    .add(new Member(c, value.orElse(null), m, v.reported.containsKey(c)));
        }
        Rule sum = switch (d.id()) {
            case "fund_source" -> Rule.SUM_FUND_SOURCE;
            case "nature" -> Rule.SUM_NATURE;
            case "item" -> Rule.SUM_ITEM;
            default -> Rule.SUM_FLOW;
        };
        Rule part = d == Dimension.FUND_SOURCE ? Rule.PART_FUND_SOURCE : Rule.PART_OF_WHICH;
        for (List<Member> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (Member p : group) {
                List<Member> candidates = new ArrayList<>();
                for (Member q : group) {
                    if (q != p && (q.mask & ~p.mask) == 0 && q.mask != p.mask) {
                        candidates.add(q);
                    }
                }
                List<Member> maximal = new ArrayList<>();
                for (Member q : candidates) {
                    boolean inside = false;
                    for (Member r : candidates) {
                        if (r != q && (q.mask & ~r.mask) == 0 && q.mask != r.mask) {
                            inside = true;
                            break;
                        }
                    }
                    if (!inside) {
                        maximal.add(q);
                    }
                }
                maximal.sort((a, b) -> Long.bitCount(b.mask) - Long.bitCount(a.mask));
                List<Member> chosen = new ArrayList<>();
                long union = 0;
                boolean anyReported = p.reported;
                for (Member q : maximal) {
                    if ((q.mask & union) == 0) {
                        chosen.add(q);
                        union |= q.mask;
                        anyReported |= q.reported;
                    }
                }
                if (chosen.isEmpty() || !anyReported) {
                    continue;
                }
                List<Fact> parts = new ArrayList<>();
                for (Member q : chosen) {
                    parts.addAll(v.parts(q.coordinates));
                }
                Term whole = v.term(p.coordinates);
                Term sumOfParts = Term.sum(parts, Term.Kind.COMPOSITE, v.name);
                Fact location = whole.plus().get(0);
                if (union == p.mask) {
                    checks.add(new Check(sum, Check.Kind.EQUAL, List.of(whole, sumOfParts), location,
                            code(p.coordinates), p.coordinates));
                } else if (isAmount(p.coordinates)) {
                    // A part is at most its whole only for amounts, never for changes.
                    checks.add(new Check(part, Check.Kind.AT_MOST, List.of(sumOfParts, whole), location,
                            code(p.coordinates), p.coordinates));
                }
            }
            if (d == Dimension.ITEM) {
                ofWhich(v, group);
            }
        }
    }

    private void ofWhich(View v, List<Member> group) {
        Map<Object, Member> byValue = new HashMap<>();
        Member total = null;
        for (Member m : group) {
            if (m.value == null) {
                total = m;
            } else {
                byValue.put(m.value, m);
            }
        }
        for (Member c : group) {
            if (c.value == null || ((SpecialItem) c.value).relation() != Relation.OF_WHICH
                    || !isAmount(c.coordinates)) {
                continue;
            }
            Member whole = null;
            for (SpecialItem a = ((SpecialItem) c.value).parent().orElse(null); a != null && whole == null;
                    a = a.parent().orElse(null)) {
                whole = byValue.get(a);
            }
            if (whole == null) {
                whole = total;
            }
            if (whole == null || !(c.reported || whole.reported)) {
                continue;
            }
            Term part = v.term(c.coordinates);
            checks.add(new Check(Rule.PART_OF_WHICH, Check.Kind.AT_MOST, List.of(part, v.term(whole.coordinates)),
                    part.plus().get(0), code(c.coordinates), c.coordinates));
        }
    }

    private static List<Coordinates> allOf(View v) {
        List<Coordinates> out = new ArrayList<>(v.reported.size() + v.derived.size());
        out.addAll(v.reported.keySet());
        for (Map.Entry<Coordinates, Derived> e : v.derived.entrySet()) {
            if (!e.getValue().terms.isEmpty()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ units

    private boolean everyUnitIn(View v) {
        return !documentUnits.isEmpty() && v.units.containsAll(documentUnits);
    }

    private static boolean isAmount(Coordinates c) {
        return c.get(Dimension.MEASURE).isEmpty();
    }

    private void unitSums(View v) {
        if (v.units.isEmpty()) {
            return;
        }
        boolean complete = everyUnitIn(v);
        for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
            Coordinates x = e.getKey();
            if (!x.get(Dimension.UNIT).map(department::equals).orElse(false)) {
                continue;
            }
            List<Fact> parts = new ArrayList<>();
            boolean all = true;
            boolean anyReported = false;
            for (BudgetUnit u : v.units) {
                Coordinates xu = x.with(Dimension.UNIT, u);
                List<Fact> p = v.parts(xu);
                if (p == null) {
                    all = false;
                } else {
                    parts.addAll(p);
                    anyReported |= v.reported.containsKey(xu);
                }
            }
            if (parts.isEmpty() || !anyReported && v.derived.containsKey(x)) {
                continue;
            }
            Fact dept = e.getValue().get(0);
            Term units = Term.sum(parts, Term.Kind.COMPOSITE, v.name);
            if (complete && all) {
                checks.add(new Check(Rule.SUM_UNIT, Check.Kind.EQUAL, List.of(Term.of(dept), units), dept, code(x),
                        x));
            } else if (isAmount(x)) {
                checks.add(new Check(Rule.PART_UNIT, Check.Kind.AT_MOST, List.of(units, Term.of(dept)), dept,
                        code(x), x));
            }
        }
    }

    private void lift(View v) {
        if (v.units.isEmpty()) {
            return;
        }
        boolean complete = everyUnitIn(v);
        BudgetUnit first = v.units.iterator().next();
        for (Coordinates cu : allOf(v)) {
            if (!cu.get(Dimension.UNIT).map(first::equals).orElse(false) || !isAmount(cu)) {
                continue;
            }
            Coordinates x = cu.with(Dimension.UNIT, department);
            if (v.reported.containsKey(x) || v.derived.containsKey(x)) {
                continue;
            }
            List<Fact> parts = new ArrayList<>();
            boolean redundant = false;
            boolean ok = true;
            for (BudgetUnit u : v.units) {
                Coordinates xu = x.with(Dimension.UNIT, u);
                List<Fact> p = v.parts(xu);
                if (p == null) {
                    ok = false;
                    break;
                }
                parts.addAll(p);
                Derived dv = v.derived.get(xu);
                redundant |= dv != null && dv.redundant;
            }
            if (!ok) {
                continue;
            }
            Term lifted = Term.sum(parts, Term.Kind.LIFTED, v.name);
            if (!complete) {
                // Units that print no rows hold at most what the department total leaves over.
                Coordinates top = x.without(Dimension.FUNCTION).without(Dimension.ECONOMIC);
                List<Fact> deptTop = v.reported.get(top);
                if (deptTop == null || top.equals(x)) {
                    continue;
                }
                List<Fact> unitTops = new ArrayList<>();
                for (BudgetUnit u : v.units) {
                    List<Fact> p = v.parts(top.with(Dimension.UNIT, u));
                    if (p == null) {
                        ok = false;
                        break;
                    }
                    unitTops.addAll(p);
                }
                if (!ok) {
                    continue;
                }
                lifted = lifted.with(new Allowance(List.of(deptTop.get(0)), unitTops, "units without rows"));
            }
            v.lifted.put(x, lifted);
            if (redundant) {
                v.liftedRedundant.add(x);
            }
        }
        for (Dimension<?> d : OPEN) {
            Set<Coordinates> broken = v.brokenDown.get(d);
            for (Coordinates x : v.lifted.keySet()) {
                Coordinates a = above(x, d);
                if (a != null) {
                    broken.add(a);
                }
            }
        }
    }

    // ------------------------------------------------------------------ across tables

    private void index(View v) {
        for (Coordinates c : v.reported.keySet()) {
            available.computeIfAbsent(c, k -> new ArrayList<>(2)).add(v);
        }
        for (Map.Entry<Coordinates, Derived> e : v.derived.entrySet()) {
            if (!e.getValue().terms.isEmpty()) {
                available.computeIfAbsent(e.getKey(), k -> new ArrayList<>(2)).add(v);
            }
        }
        for (Coordinates c : v.lifted.keySet()) {
            available.computeIfAbsent(c, k -> new ArrayList<>(2)).add(v);
        }
    }

    /** A candidate agreement: its coordinates, terms and the views they come from. */
    private record Pending(Coordinates x, List<Term> terms, List<View> owners, List<Object> keys, int reported) {
    }

    private static int depth(Coordinates x) {
        int d = 0;
        for (Dimension<?> dim : OPEN) {
            d += x.get(dim).map(v -> v.toString().length()).orElse(0);
        }
        return d;
    }

    private void agreements() {
        // Coordinates in the order of first printing, for stable output.
        Set<Coordinates> order = new LinkedHashSet<>();
        for (View v : views) {
            order.addAll(v.reported.keySet());
        }
        List<Pending> pending = new ArrayList<>();
        // A derived or lifted value repeats itself up a chain of single-child parents: it is
        // compared only at the shallowest coordinates where it meets a printed figure.
        Map<Object, Integer> shallowest = new HashMap<>();
        for (Coordinates x : order) {
            List<View> vs = available.get(x);
            List<Term> terms = new ArrayList<>();
            List<View> owners = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            int reportedCount = 0;
            for (View v : vs) {
                List<Fact> r = v.reported.get(x);
                if (r != null) {
                    for (Fact f : r) {
                        terms.add(Term.of(f));
                        owners.add(v);
                        keys.add(null);
                        reportedCount++;
                    }
                }
            }
            for (View v : vs) {
                if (v.reported.containsKey(x)) {
                    continue;
                }
                Term t = v.term(x);
                if (t == null || t.plus().isEmpty() || impliedElsewhere(t, v, owners)) {
                    continue;
                }
                terms.add(t);
                owners.add(v);
                keys.add(List.of(v.name, t.kind(), t.plus()));
            }
            if (terms.size() < 2 || reportedCount == 0
                    || (new HashSet<>(owners).size() < 2 && reportedCount < 2)) {
                continue;
            }
            int depth = depth(x);
            for (Object k : keys) {
                if (k != null) {
                    shallowest.merge(k, depth, Math::min);
                }
            }
            pending.add(new Pending(x, terms, owners, keys, reportedCount));
        }
        for (Pending p : pending) {
            int depth = depth(p.x);
            List<Term> terms = new ArrayList<>();
            List<View> owners = new ArrayList<>();
            boolean derivedUsed = false;
            for (int i = 0; i < p.terms.size(); i++) {
                Object k = p.keys.get(i);
                if (k != null && shallowest.get(k) < depth) {
                    continue;
                }
                terms.add(p.terms.get(i));
                owners.add(p.owners.get(i));
                derivedUsed |= k != null;
            }
            Set<View> distinct = new HashSet<>(owners);
            if (terms.size() < 2 || (distinct.size() < 2 && p.reported < 2)) {
                continue;
            }
            Rule rule = derivedUsed ? Rule.DUPLICATE_DERIVED : Rule.DUPLICATE;
            Set<TableKind> kinds = EnumSet.noneOf(TableKind.class);
            for (View v : distinct) {
                if (v.kind != null) {
                    kinds.add(v.kind);
                }
            }
            if (distinct.size() > 1 && kinds.contains(TableKind.PROJECT_EXPENDITURE)
                    && p.x.get(Dimension.FUNCTION).isPresent()
                    && (kinds.contains(TableKind.EXPENDITURE_SUMMARY)
                            || kinds.contains(TableKind.GENERAL_BUDGET_BY_FUNCTION))) {
                rule = Rule.PROJECT_FUNCTION;
            } else if (distinct.size() > 1 && kinds.contains(TableKind.BASIC_EXPENDITURE)
                    && kinds.contains(TableKind.GENERAL_BUDGET_BY_ECONOMIC)) {
                rule = Rule.BASIC_ECONOMIC;
            }
            checks.add(new Check(rule, Check.Kind.AGREE, terms, terms.get(0).plus().get(0), code(p.x), p.x));
        }
    }

    /** Whether another table of the check prints every part of a derived or lifted term. */
    private static boolean impliedElsewhere(Term t, View own, List<View> owners) {
        for (View o : owners) {
            if (o == own || o.reported.isEmpty()) {
                continue;
            }
            boolean all = true;
            for (Fact f : t.plus()) {
                if (!o.reported.containsKey(f.coordinates())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private <V> void absentCodes(Dimension<V> d) {
        Rule rule = d == Dimension.FUNCTION ? Rule.BREAKDOWN_FUNCTION : Rule.BREAKDOWN_ECONOMIC;
        for (View t1 : views) {
            List<Coordinates> mine = new ArrayList<>(t1.reported.keySet());
            mine.addAll(t1.lifted.keySet());
            for (Coordinates c : mine) {
                Optional<V> code = c.get(d);
                if (code.isEmpty() || !isAmount(c)) {
                    continue;
                }
                Coordinates pc = above(c, d);
                List<View> holders = available.get(pc);
                if (holders == null) {
                    continue;
                }
                boolean mineLifted = !t1.reported.containsKey(c);
                for (View t2 : holders) {
                    if (t2 == t1 || t2.has(c) || !t2.brokenDown.get(d).contains(pc)) {
                        continue;
                    }
                    boolean theirsLifted = !t2.reported.containsKey(pc) && !t2.derived.containsKey(pc);
                    if (mineLifted && theirsLifted) {
                        continue;
                    }
                    Term present = t1.term(c);
                    Check check = new Check(rule, Check.Kind.AGREE, List.of(present, Term.absent(t2.name)),
                            present.plus().get(0), code.get().toString(), c);
                    checks.add(check);
                    Optional<Object> parentCode = pc.get(d).map(o -> (Object) o);
                    absents.add(new Absent(check, t1.name, t2.name, d, code.get(), parentCode, t1.term(pc),
                            t2.term(pc)));
                }
            }
        }
    }

    /** The first value any table gives for c, printed values first; null if none. */
    private Term first(Coordinates c) {
        List<View> vs = available.get(c);
        if (vs == null) {
            return null;
        }
        for (View v : vs) {
            if (v.reported.containsKey(c)) {
                return v.term(c);
            }
        }
        return vs.get(0).term(c);
    }

    private View firstView(Coordinates c) {
        List<View> vs = available.get(c);
        return vs == null ? null : vs.get(0);
    }

    // ------------------------------------------------------------------ catalogue identities

    private void balance() {
        for (View v : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
                Coordinates x = e.getKey();
                if (x.get(Dimension.FLOW).orElse(null) != Flow.REVENUE || !isAmount(x)
                        || x.get(Dimension.FUNCTION).isPresent() || x.get(Dimension.ECONOMIC).isPresent()
                        || x.get(Dimension.NATURE).isPresent() || x.get(Dimension.ITEM).isPresent()
                        || x.get(Dimension.PROJECT).isPresent()) {
                    continue;
                }
                FundSource s = x.get(Dimension.FUND_SOURCE).orElse(null);
                if (s != null && s != FundSource.APPROPRIATIONS_TOTAL) {
                    continue;
                }
                Coordinates y = x.with(Dimension.FLOW, Flow.USES);
                Term uses = v.has(y) ? v.term(y) : null;
                if (uses == null) {
                    // Only once per coordinates across tables: from the first table printing the revenue.
                    if (firstView(x) != v) {
                        continue;
                    }
                    uses = first(y);
                }
                if (uses == null) {
                    continue;
                }
                Fact f = e.getValue().get(0);
                checks.add(new Check(Rule.BALANCE, Check.Kind.EQUAL, List.of(Term.of(f), uses), f, "",
                        x));
            }
        }
    }

    private void change() {
        for (View v : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
                Coordinates x = e.getKey();
                if (x.get(Dimension.MEASURE).orElse(null) != Measure.CHANGE) {
                    continue;
                }
                Coordinates now = x.without(Dimension.MEASURE);
                Coordinates before = now.with(Dimension.YEAR, now.get(Dimension.YEAR).orElseThrow().previous());
                List<Fact> a = v.has(now) ? v.parts(now) : partsAnywhere(now);
                List<Fact> b = v.has(before) ? v.parts(before) : partsAnywhere(before);
                if (a == null || b == null) {
                    continue;
                }
                Fact f = e.getValue().get(0);
                Term difference = new Term(a, b, List.of(), Term.Kind.COMPOSITE, v.name);
                checks.add(new Check(Rule.CHANGE, Check.Kind.EQUAL, List.of(Term.of(f), difference), f, code(x),
                        x));
            }
        }
    }

    private List<Fact> partsAnywhere(Coordinates c) {
        List<View> vs = available.get(c);
        if (vs == null) {
            return null;
        }
        for (View v : vs) {
            List<Fact> p = v.parts(c);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static final Map<SpecialItem, String> THREE_PUBLIC_CODES = Map.of(
            SpecialItem.OVERSEAS_TRAVEL, "30212", SpecialItem.OFFICIAL_RECEPTION, "30217",
            SpecialItem.VEHICLE_OPERATION, "30231", SpecialItem.VEHICLE_PURCHASE, "31013");

    private void threePublic() {
        for (View v : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
                Coordinates x = e.getKey();
                SpecialItem item = x.get(Dimension.ITEM).orElse(null);
                String code = item == null ? null : THREE_PUBLIC_CODES.get(item);
                if (code == null || !isAmount(x) || x.get(Dimension.ECONOMIC).isPresent()) {
                    continue;
                }
                Coordinates y = x.without(Dimension.ITEM).with(Dimension.ECONOMIC, EconomicCode.parse(code));
                Term other = first(y);
                if (other == null) {
                    Coordinates parent = above(y, Dimension.ECONOMIC);
                    View holder = null;
                    for (View w : available.getOrDefault(parent, List.of())) {
                        if (w.brokenDown.get(Dimension.ECONOMIC).contains(parent)) {
                            holder = w;
                            break;
                        }
                    }
                    if (holder == null) {
                        continue;
                    }
                    other = Term.absent(holder.name);
                }
                Fact f = e.getValue().get(0);
                checks.add(new Check(Rule.THREE_PUBLIC_ECONOMIC, Check.Kind.AGREE, List.of(Term.of(f), other), f,
                        code, x));
            }
        }
    }

    private void personnel() {
        for (View v : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
                Coordinates x = e.getKey();
                if (x.get(Dimension.NATURE).orElse(null) != Nature.PERSONNEL || x.get(Dimension.ECONOMIC).isPresent()
                        || !isAmount(x)) {
                    continue;
                }
                Coordinates basic = x.with(Dimension.NATURE, Nature.BASIC);
                Coordinates wages = basic.with(Dimension.ECONOMIC, EconomicCode.parse("301"));
                Coordinates households = basic.with(Dimension.ECONOMIC, EconomicCode.parse("303"));
                for (View w : available.getOrDefault(wages, List.of())) {
                    List<Fact> parts = new ArrayList<>(w.parts(wages) == null ? List.of() : w.parts(wages));
                    if (parts.isEmpty()) {
                        continue;
                    }
                    List<Fact> h = w.parts(households);
                    if (h != null) {
                        parts.addAll(h);
                    } else if (!w.brokenDown.get(Dimension.ECONOMIC).contains(basic)) {
                        continue;
                    }
                    Fact f = e.getValue().get(0);
                    checks.add(new Check(Rule.PERSONNEL_ECONOMIC, Check.Kind.EQUAL,
                            List.of(Term.of(f), Term.sum(parts, Term.Kind.COMPOSITE, w.name)), f, "",
                            x));
                    break;
                }
            }
        }
    }

    private void operation() {
        for (View v : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
                Coordinates x = e.getKey();
                if (x.get(Dimension.ITEM).orElse(null) != SpecialItem.ADMINISTRATIVE_OPERATION || !isAmount(x)) {
                    continue;
                }
                Coordinates y = x.without(Dimension.ITEM).with(Dimension.NATURE, Nature.PUBLIC_USE);
                Term publicUse = first(y);
                if (publicUse == null) {
                    publicUse = first(y.without(Dimension.FUND_SOURCE));
                }
                if (publicUse == null) {
                    continue;
                }
                Fact f = e.getValue().get(0);
                checks.add(new Check(Rule.OPERATION_PUBLIC_USE, Check.Kind.AT_MOST, List.of(Term.of(f), publicUse), f,
                        "", x));
            }
        }
    }

    // ------------------------------------------------------------------ fund-source cover

    /**
     * The sources whose expenditure is compared with that of a larger set of sources: the
     * appropriations (财政拨款) a disclosure's appropriation tables break out.
     */
    private static final List<FundSource> APPROPRIATIONS = List.of(FundSource.APPROPRIATIONS_TOTAL,
            FundSource.GOVERNMENT_BUDGET, FundSource.GENERAL_PUBLIC_BUDGET);

    private void cover() {
        // Revenue printed per unit and year, to bound the money of the sources left out.
        Map<Coordinates, Map<FundSource, Fact>> revenue = new HashMap<>();
        for (View v : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : v.reported.entrySet()) {
                Coordinates x = e.getKey();
                FundSource s = x.get(Dimension.FUND_SOURCE).orElse(null);
                if (s == null || x.get(Dimension.FLOW).orElse(null) != Flow.REVENUE || !isAmount(x)
                        || x.dimensions().size() != 4) {
                    continue;
                }
                revenue.computeIfAbsent(x.without(Dimension.FUND_SOURCE), k -> new LinkedHashMap<>())
                        .putIfAbsent(s, e.getValue().get(0));
            }
        }
        Set<Coordinates> done = new HashSet<>();
        for (View t2 : views) {
            for (Map.Entry<Coordinates, List<Fact>> e : t2.reported.entrySet()) {
                Coordinates y = e.getKey();
                Flow flow = y.get(Dimension.FLOW).orElse(null);
                if ((flow != Flow.EXPENDITURE && flow != Flow.USES) || !isAmount(y) || !done.add(y)) {
                    continue;
                }
                FundSource whole = y.get(Dimension.FUND_SOURCE).orElse(null);
                long wholeMask = whole == null ? totalMask(Dimension.FUND_SOURCE) : mask(Dimension.FUND_SOURCE, whole);
                // The largest sources inside `whole` that some other table gives a value for.
                List<FundSource> inside = new ArrayList<>();
                for (FundSource s : APPROPRIATIONS) {
                    long m = mask(Dimension.FUND_SOURCE, s);
                    Coordinates x = y.with(Dimension.FUND_SOURCE, s);
                    if ((m & ~wholeMask) != 0 || m == wholeMask || t2.has(x) || !available.containsKey(x)) {
                        continue;
                    }
                    inside.add(s);
                }
                for (FundSource s : inside) {
                    long m = mask(Dimension.FUND_SOURCE, s);
                    boolean maximal = true;
                    for (FundSource r : inside) {
                        long mr = mask(Dimension.FUND_SOURCE, r);
                        if (r != s && (m & ~mr) == 0 && m != mr) {
                            maximal = false;
                        }
                    }
                    if (!maximal) {
                        continue;
                    }
                    Coordinates x = y.with(Dimension.FUND_SOURCE, s);
                    Term part = null;
                    for (View v : available.get(x)) {
                        if (v == t2 || (v.derived.containsKey(x) && v.derived.get(x).redundant)
                                || v.liftedRedundant.contains(x)) {
                            continue;
                        }
                        part = v.term(x);
                        break;
                    }
                    if (part == null) {
                        continue;
                    }
                    Fact f = e.getValue().get(0);
                    List<Fact> others = otherRevenue(revenue.get(revenueKey(y)), wholeMask & ~m, m);
                    if (others == null) {
                        checks.add(new Check(Rule.COVER_FUND_SOURCE, Check.Kind.AT_MOST, List.of(part, Term.of(f)), f,
                                code(y), y));
                    } else {
                        Term bounded = others.isEmpty() ? part
                                : part.with(new Allowance(others, List.of(), "revenue of the other sources"));
                        checks.add(new Check(Rule.COVER_FUND_SOURCE, Check.Kind.EQUAL, List.of(Term.of(f), bounded),
                                f, code(y), y));
                    }
                }
            }
        }
    }

    private static Coordinates revenueKey(Coordinates y) {
        Coordinates k = Coordinates.empty().with(Dimension.FLOW, Flow.REVENUE);
        k = k.with(Dimension.UNIT, y.get(Dimension.UNIT).orElseThrow());
        return k.with(Dimension.YEAR, y.get(Dimension.YEAR).orElseThrow());
    }

    /**
     * Revenue figures of sources outside {@code part} that cover {@code need} (they may cover
     * more of the sources outside {@code part}: still an upper bound), or null if none do.
     */
    private List<Fact> otherRevenue(Map<FundSource, Fact> printed, long need, long part) {
        if (need == 0) {
            return List.of();
        }
        if (printed == null) {
            return null;
        }
        List<Fact> out = new ArrayList<>();
        long left = need;
        while (left != 0) {
            FundSource best = null;
            int bestCount = 0;
            for (FundSource s : printed.keySet()) {
                long m = mask(Dimension.FUND_SOURCE, s);
                int c = Long.bitCount(m & left);
                if ((m & part) == 0 && c > bestCount) {
                    best = s;
                    bestCount = c;
                }
            }
            if (best == null) {
                return null;
            }
            out.add(printed.get(best));
            left &= ~mask(Dimension.FUND_SOURCE, best);
        }
        return out;
    }
}
