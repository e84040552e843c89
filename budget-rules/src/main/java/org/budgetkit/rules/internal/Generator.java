package org.budgetkit.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
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
 * <p>The work is done on {@link EncodedFacts}: coordinates are {@link KeySpace} keys of
 * dictionary ids (a parent code, the department instead of a unit, a dimension left out are
 * bit operations on a {@code long}), tables' figures sit in {@link LongMap}s keyed by them, and
 * terms are arrays of fact numbers. Each check is decided on the fast path as it is generated
 * (its terms' points added as scaled {@code long}s): one that holds exactly is only counted,
 * unless every check is wanted; the others (rounding gaps, errors, anything the fast path
 * cannot decide) are built as {@link Check}s of {@link Term}s over the document's
 * {@link Fact}s for the {@link Evaluator}.
 *
 * <p>Not thread-safe; one instance per document.
 */
public final class Generator {
    /** An absent-code check with what is needed to tell a reclassification from an error. */
    public record Absent(Check check, String present, String absentFrom, Dimension<?> dimension, Object code,
            Optional<Object> parentCode, Term presentParent, Term absentParent) {
    }

    /**
     * The generated checks.
     *
     * @param checks the checks to evaluate: every check if exact ones were asked for, else
     *     those not found exactly consistent on the fast path, in generation order
     * @param outcomes for each of {@code checks}, its outcome if the long evaluator could decide
     *     it, else null (the exact evaluator decides)
     * @param absents the absent-code records of those checks
     * @param count how many checks were generated in all
     * @param unreported the document's units no fact names
     */
    public record Result(List<Check> checks, List<Outcome> outcomes, List<Absent> absents, int count,
            List<BudgetUnit> unreported) {
    }

    private static final int UNIT = EncodedFacts.UNIT;
    private static final int FLOW = EncodedFacts.FLOW;
    private static final int YEAR = EncodedFacts.YEAR;
    private static final int FUNCTION = EncodedFacts.FUNCTION;
    private static final int ECONOMIC = EncodedFacts.ECONOMIC;
    private static final int FUND_SOURCE = EncodedFacts.FUND_SOURCE;
    private static final int NATURE = EncodedFacts.NATURE;
    private static final int ITEM = EncodedFacts.ITEM;
    private static final int MEASURE = EncodedFacts.MEASURE;

    private static final int[] OPEN = {FUNCTION, ECONOMIC};
    private static final int[] CLOSED = {FUND_SOURCE, NATURE, ITEM, FLOW};
    private static final long ITEM_TOTAL = 1L << 62;

    private static final byte REPORTED = 1;
    private static final byte DERIVED = 2;
    private static final byte LIFTED = 3;

    private static final int REVENUE = id(Flow.REVENUE);
    private static final int USES = id(Flow.USES);
    private static final int EXPENDITURE = id(Flow.EXPENDITURE);
    private static final int CHANGE = id(Measure.CHANGE);
    private static final int BASIC = id(Nature.BASIC);
    private static final int PERSONNEL = id(Nature.PERSONNEL);
    private static final int PUBLIC_USE = id(Nature.PUBLIC_USE);
    private static final int ADMINISTRATIVE_OPERATION = id(SpecialItem.ADMINISTRATIVE_OPERATION);
    private static final int[] EMPTY = {};

    private final Document document;
    private final EncodedFacts ef;
    private final KeySpace space;
    private final List<Fact> facts;
    private final BudgetUnit department;
    private final int departmentId;
    /** Whether a unit id is a unit (not a department) of the document's department. */
    private final boolean[] ownUnit;
    /** The top-level natures the whole expenditure is made of, in this document (see totalMask). */
    private final long natureTotal;
    private final boolean all;
    /** Per fact: the next fact of the same table at the same coordinates, or -1. */
    private final int[] nextSame;
    private final FactTerm[] singles;
    private final List<View> views = new ArrayList<>();
    /** Every coordinate some table gives a value for, with the tables' slots in table order. */
    private final LongMap<Cell> cells;
    private final List<Check> checks = new ArrayList<>();
    /** The sum of parts of the check at hand (see {@link FactTerm#set}). */
    private final FactTerm partsTerm = new FactTerm(Term.Kind.COMPOSITE, "", EMPTY, 0, EMPTY, FactTerm.NO_ALLOWANCES);
    /** The terms of a two-term check (read, never kept, by the check). */
    private final FactTerm[] pair = new FactTerm[2];
    /** Lists of parts being collected, copied into the term they end up in. */
    private final Ints scratch = new Ints();
    private final Ints scratch2 = new Ints();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final LongEvaluator evaluator;
    private final List<Absent> absents = new ArrayList<>();
    private int count;

    private Generator(Document document, boolean all, boolean interned) {
        this.document = document;
        this.all = all;
        this.ef = new EncodedFacts(document, interned);
        this.space = ef.space;
        this.facts = ef.facts;
        this.department = document.department();
        this.departmentId = ef.department;
        Object[] units = ef.values[UNIT];
        this.ownUnit = new boolean[units.length];
        for (int u = 1; u < units.length; u++) {
            BudgetUnit b = (BudgetUnit) units[u];
            ownUnit[u] = b.kind() == BudgetUnit.Kind.UNIT && b.department().equals(department.name());
        }
        this.natureTotal = natureTotal(document, ef);
        this.nextSame = new int[ef.size];
        this.singles = new FactTerm[ef.size];
        this.cells = new LongMap<>(ef.size * 2);
        this.evaluator = new LongEvaluator(ef, document.convention());
    }

    /**
     * Generates the checks of a document.
     *
     * @param document the document, not null
     * @param includeExact whether exactly consistent checks are wanted too (else only counted)
     * @return the checks, never null
     */
    public static Result generate(Document document, boolean includeExact) {
        return generate(document, includeExact, false);
    }

    /**
     * Generates the checks of a document, optionally with interned keys even where packed ones
     * fit (for tests: both key spaces must give the same checks).
     */
    static Result generate(Document document, boolean includeExact, boolean interned) {
        Generator g = new Generator(document, includeExact, interned);
        g.run();
        List<BudgetUnit> unreported = new ArrayList<>();
        List<BudgetUnit> units = document.units();
        for (int i = 0; i < units.size(); i++) {
            if (!g.ef.unitsPresent[g.ef.documentUnits[i]]) {
                unreported.add(units.get(i));
            }
        }
        return new Result(List.copyOf(g.checks), java.util.Collections.unmodifiableList(g.outcomes),
                List.copyOf(g.absents), g.count, List.copyOf(unreported));
    }

    private static int id(Enum<?> e) {
        return e.ordinal() + 1;
    }

    // ------------------------------------------------------------------ structures

    /** One coordinate of one table: printed, derived along an open classification, or lifted. */
    private static final class Slot {
        final View view;
        /** The view's order, kept here to walk a cell without loading the view. */
        final int order;
        final Cell cell;
        final long key;
        final byte state;
        /** The next table's slot at the same coordinates. */
        Slot next;
        /** Printed: the first fact and the last one (others chained through nextSame). */
        int first = -1;
        int last = -1;
        /** Derived: the open dimension whose roll-up created it, and the facts it adds. */
        int dimension = -1;
        int[] terms = EMPTY;
        int termCount;
        boolean redundant;
        /** Derived: the value one level up along its dimension (set by the walk that goes there). */
        Slot up;
        /** Bit 1: broken down along function; bit 2: along economic (see brokenDown). */
        byte brokenDown;
        /** Derived or lifted: the term (a derived one is built on first use). */
        FactTerm term;
        boolean liftedRedundant;
        /** Printed: the maximal printed sub-codes' first facts, along function and economic. */
        int[] kidsFunction;
        int kidsFunctionCount;
        int[] kidsEconomic;
        int kidsEconomicCount;

        Slot(View view, Cell cell, long key, byte state) {
            this.view = view;
            this.order = view.order;
            this.cell = cell;
            this.key = key;
            this.state = state;
        }

        void addTerm(int fact) {
            if (termCount == terms.length) {
                terms = Arrays.copyOf(terms, Math.max(4, termCount * 2));
            }
            terms[termCount++] = fact;
        }
    }

    /** One table's figures: printed, derived along the open classifications, lifted to the department. */
    private static final class View {
        final String name;
        final int order;
        final TableKind kind;
        final List<Slot> reported;
        final List<Slot> derived;
        final List<Slot> lifted;
        final List<Slot> kidsFunction = new ArrayList<>();
        final List<Slot> kidsEconomic = new ArrayList<>();
        /** Keys broken down that the table has no value at (above lifted values only); null if none. */
        LongMap<Boolean> brokenFunction;
        LongMap<Boolean> brokenEconomic;
        int[] units = new int[2];
        int unitCount;
        final boolean[] hasUnit;

        View(String name, int order, TableKind kind, int unitIds, int facts) {
            this.name = name;
            this.order = order;
            this.kind = kind;
            this.hasUnit = new boolean[unitIds];
            this.reported = new ArrayList<>(facts);
            this.derived = new ArrayList<>(facts / 2);
            this.lifted = new ArrayList<>(facts);
        }

        void addUnit(int u) {
            if (!hasUnit[u]) {
                hasUnit[u] = true;
                if (unitCount == units.length) {
                    units = Arrays.copyOf(units, unitCount * 2);
                }
                units[unitCount++] = u;
            }
        }

        LongMap<Boolean> broken(int d) {
            return d == FUNCTION ? brokenFunction : brokenEconomic;
        }

        List<Slot> kids(int d) {
            return d == FUNCTION ? kidsFunction : kidsEconomic;
        }
    }

    /**
     * One coordinate: the slots of the tables that give a value there (printed, derived or
     * lifted), in table order: after the lifting pass, the tables "available" at it.
     */
    private static final class Cell {
        Slot first;
        /** Whether the agreement pass has taken the coordinate up. */
        boolean ordered;
        /** Whether the fund-source cover pass has taken the coordinate up. */
        boolean done;

        Slot in(View v) {
            int order = v.order;
            for (Slot s = first; s != null && s.order <= order; s = s.next) {
                if (s.view == v) {
                    return s;
                }
            }
            return null;
        }
    }

    private Slot slot(View v, long key) {
        Cell c = cells.get(key);
        return c == null ? null : c.in(v);
    }

    /** A new slot of v at key (which v has none at), in table order among the cell's. */
    private Slot add(View v, long key, byte state) {
        Cell c = cells.get(key);
        if (c == null) {
            c = new Cell();
            cells.put(key, c);
        }
        return add(c, v, key, state);
    }

    private static Slot add(Cell c, View v, long key, byte state) {
        Slot s = new Slot(v, c, key, state);
        if (c.first == null || c.first.order > v.order) {
            s.next = c.first;
            c.first = s;
        } else {
            Slot at = c.first;
            while (at.next != null && at.next.order < v.order) {
                at = at.next;
            }
            s.next = at.next;
            at.next = s;
        }
        return s;
    }

    private static boolean anyAvailable(Cell c) {
        for (Slot s = c.first; s != null; s = s.next) {
            if (available(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a slot counts among the tables available at its coordinates (a derived value needs parts). */
    private static boolean available(Slot s) {
        return s.state != DERIVED || s.termCount > 0;
    }

    /** A growable list of fact numbers. */
    private static final class Ints {
        int[] a = new int[8];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addAll(int[] values, int count) {
            if (n + count > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + count));
            }
            System.arraycopy(values, 0, a, n, count);
            n += count;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }

        Ints reset() {
            n = 0;
            return this;
        }
    }

    // ------------------------------------------------------------------ key helpers

    private int get(long key, int d) {
        return space.get(key, d);
    }

    private long with(long key, int d, int id) {
        return space.with(key, d, id);
    }

    /** The coordinates one level up along d (the parent code, or the total), or NONE at the total. */
    private long above(long key, int d) {
        int v = space.get(key, d);
        return v == 0 ? KeySpace.NONE : space.with(key, d, ef.parents[d][v]);
    }

    private boolean isAmount(long key) {
        return space.get(key, MEASURE) == 0;
    }

    private String code(long key, int d) {
        return ef.code(d, space.get(key, d));
    }

    /** The function code, else the economic code, else empty. */
    private String code(long key) {
        int f = space.get(key, FUNCTION);
        if (f != 0) {
            return ef.code(FUNCTION, f);
        }
        return ef.code(ECONOMIC, space.get(key, ECONOMIC));
    }

    private int depth(long key) {
        return code(key, FUNCTION).length() + code(key, ECONOMIC).length();
    }

    // ------------------------------------------------------------------ terms

    private FactTerm single(int fact) {
        FactTerm t = singles[fact];
        if (t == null) {
            t = new FactTerm(Term.Kind.REPORTED, "", new int[] {fact}, 1, EMPTY, FactTerm.NO_ALLOWANCES);
            singles[fact] = t;
        }
        return t;
    }

    private static FactTerm sum(Ints parts, Term.Kind kind, View v) {
        return new FactTerm(kind, v.name, parts.toArray(), parts.n, EMPTY, FactTerm.NO_ALLOWANCES);
    }

    private static FactTerm absent(View v) {
        return new FactTerm(Term.Kind.ABSENT, v.name, EMPTY, 0, EMPTY, FactTerm.NO_ALLOWANCES);
    }

    private FactTerm termOf(View v, Slot s) {
        switch (s.state) {
            case REPORTED:
                return single(s.first);
            case DERIVED:
                if (s.term == null) {
                    s.term = new FactTerm(Term.Kind.DERIVED, v.name, s.terms, s.termCount, EMPTY, FactTerm.NO_ALLOWANCES);
                }
                return s.term;
            default:
                return s.term;
        }
    }

    /** The table's value at c, printed first, then derived, then lifted; null if none. */
    private FactTerm term(View v, long c) {
        Slot s = slot(v, c);
        return s == null ? null : termOf(v, s);
    }

    /** Adds the printed (or derived) figures a value is made of; false (nothing added) if none. */
    private static boolean parts(Slot s, Ints out) {
        if (s == null || s.state == LIFTED) {
            return false;
        }
        if (s.state == REPORTED) {
            out.add(s.first);
        } else {
            out.addAll(s.terms, s.termCount);
        }
        return true;
    }

    // ------------------------------------------------------------------ checks

    /** The point of a term in scaled yuan; false if the fast path cannot tell (overflow, huge figure). */
    private boolean point(FactTerm t) {
        if (t.pointState == 0) {
            t.pointState = 2;
            long sum = 0;
            try {
                for (int i = 0; i < t.plusCount; i++) {
                    int f = t.plus[i];
                    if (ef.big != null && ef.big[f]) {
                        return false;
                    }
                    sum = Math.addExact(sum, ef.points[f]);
                }
                for (int f : t.minus) {
                    if (ef.big != null && ef.big[f]) {
                        return false;
                    }
                    sum = Math.subtractExact(sum, ef.points[f]);
                }
            } catch (ArithmeticException e) {
                return false;
            }
            t.point = sum;
            t.pointState = 1;
        }
        return t.pointState == 1;
    }

    private boolean exact(Check.Kind kind, FactTerm[] terms, int n) {
        if (!point(terms[0])) {
            return false;
        }
        long first = terms[0].point;
        if (kind == Check.Kind.AT_MOST) {
            return point(terms[1]) && first <= terms[1].point;
        }
        for (int i = 1; i < n; i++) {
            if (!point(terms[i]) || terms[i].point != first) {
                return false;
            }
        }
        return true;
    }

    /** Counts a check; builds it unless it holds exactly and exact checks are not wanted. */
    private Check check(Rule rule, Check.Kind kind, FactTerm a, FactTerm b, int location, String code, long subject) {
        FactTerm[] terms = pair;
        terms[0] = a;
        terms[1] = b;
        return check(rule, kind, terms, 2, location, code, subject);
    }

    private Check check(Rule rule, Check.Kind kind, FactTerm[] terms, int n, int location, String code, long subject) {
        count++;
        if (!all && exact(kind, terms, n)) {
            return null;
        }
        List<Term> built = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            built.add(build(terms[i]));
        }
        Check c = new Check(rule, kind, built, facts.get(location), code, coordinates(subject));
        checks.add(c);
        outcomes.add(evaluator.evaluate(c, terms, n));
        return c;
    }

    /** The coordinates of a key: those of a fact printed there if any (most subjects), else built. */
    private org.budgetkit.model.fact.Coordinates coordinates(long key) {
        Cell cell = cells.get(key);
        for (Slot s = cell == null ? null : cell.first; s != null; s = s.next) {
            if (s.state == REPORTED) {
                return facts.get(s.first).coordinates();
            }
        }
        return ef.coordinates(key);
    }

    private List<Fact> factList(int[] numbers, int n) {
        Fact[] out = new Fact[n];
        for (int i = 0; i < n; i++) {
            out[i] = facts.get(numbers[i]);
        }
        // Immutable already: Term's and Allowance's List.copyOf keep it as it is.
        return List.of(out);
    }

    private Term build(FactTerm t) {
        if (t == null) {
            return null;
        }
        if (t.allowances.length == 0) {
            if (t.kind == Term.Kind.REPORTED) {
                return Term.of(facts.get(t.plus[0]));
            }
            if (t.kind == Term.Kind.ABSENT) {
                return Term.absent(t.label);
            }
        }
        List<Allowance> allowances = new ArrayList<>(t.allowances.length);
        for (FactTerm.Allowed a : t.allowances) {
            allowances.add(new Allowance(factList(a.plus(), a.plus().length), factList(a.minus(), a.minus().length), a.why()));
        }
        return new Term(factList(t.plus, t.plusCount), factList(t.minus, t.minus.length), allowances, t.kind,
                t.label);
    }

    // ------------------------------------------------------------------ run

    private void run() {
        buildViews();
        for (View v : views) {
            for (int d : OPEN) {
                derive(v, d);
            }
        }
        for (View v : views) {
            openSums(v);
            for (int d : CLOSED) {
                closedSums(v, d);
            }
            unitSums(v);
            lift(v);
        }
        agreements();
        for (int d : OPEN) {
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
        Map<String, Integer> byName = new HashMap<>();
        List<String> names = new ArrayList<>();
        String lastName = null;
        int last = -1;
        int[] viewOf = new int[ef.size];
        int[] sizes = new int[8];
        for (int i = 0; i < ef.size; i++) {
            String table = ef.tables[i];
            if (table != lastName && !table.equals(lastName)) {
                Integer known = byName.get(table);
                if (known == null) {
                    known = names.size();
                    byName.put(table, known);
                    names.add(table);
                    if (known == sizes.length) {
                        sizes = Arrays.copyOf(sizes, known * 2);
                    }
                }
                lastName = table;
                last = known;
            }
            viewOf[i] = last;
            sizes[last]++;
        }
        int unitIds = ef.values[UNIT].length;
        for (int t = 0; t < names.size(); t++) {
            String table = names.get(t);
            TableKind kind = document.table(table).map(Table::kind).orElse(null);
            views.add(new View(table, t, kind, unitIds, sizes[t]));
        }
        for (int i = 0; i < ef.size; i++) {
            View v = views.get(viewOf[i]);
            long key = ef.keys[i];
            Cell c = cells.get(key);
            if (c == null) {
                c = new Cell();
                cells.put(key, c);
            }
            Slot s = c.in(v);
            if (s == null) {
                s = add(c, v, key, REPORTED);
                s.first = i;
                v.reported.add(s);
            } else {
                nextSame[s.last] = i;
            }
            s.last = i;
            nextSame[i] = -1;
            int u = get(key, UNIT);
            if (u == 0) {
                u = departmentId;
            }
            if (ownUnit[u]) {
                v.addUnit(u);
            }
        }
    }

    // ------------------------------------------------------------------ open classifications

    private void derive(View v, int d) {
        int[] parents = ef.parents[d];
        List<Slot> kids = v.kids(d);
        for (Slot r : v.reported) {
            long c = r.key;
            int cur = get(c, d);
            if (cur == 0) {
                continue;
            }
            int f = r.first;
            long k = with(c, d, 0);
            // The value a step up from is broken down along d: the printed one first, then
            // each derived value of d (their parents are what the walk visits).
            Slot below = r;
            while (true) {
                int parent = parents[cur];
                long pc = with(k, d, parent);
                Cell pcell = cells.get(pc);
                Slot p = pcell == null ? null : pcell.in(v);
                if (p == null) {
                    if (pcell == null) {
                        pcell = new Cell();
                        cells.put(pc, pcell);
                    }
                    p = add(pcell, v, pc, DERIVED);
                    p.dimension = d;
                    v.derived.add(p);
                }
                if (below != null) {
                    p.brokenDown |= brokenBit(d);
                    if (below.state == DERIVED) {
                        below.up = p;
                    }
                }
                if (p.state == REPORTED) {
                    addKid(p, d, f, kids);
                    break;
                }
                if (p.dimension == d) {
                    p.addTerm(f);
                }
                if (parent == 0) {
                    break;
                }
                below = p.dimension == d ? p : null;
                cur = parent;
            }
        }
        // A derived value with the same parts as the value above it repeats it: only the
        // topmost of such a chain is compared with other tables.
        for (Slot s : v.derived) {
            Slot up = s.up;
            if (s.dimension == d && up != null && up.state == DERIVED && up.dimension == d
                    && up.termCount == s.termCount) {
                s.redundant = true;
            }
        }
    }

    private static int brokenBit(int d) {
        return d == FUNCTION ? 1 : 2;
    }

    /**
     * Whether a table breaks the value at a key down along d (prints or derives values of its
     * sub-codes there); {@code s} is the table's slot at the key, or null if it has none.
     */
    private static boolean brokenDown(View v, int d, long key, Slot s) {
        if (s != null) {
            return (s.brokenDown & brokenBit(d)) != 0;
        }
        LongMap<Boolean> elsewhere = v.broken(d);
        return elsewhere != null && elsewhere.containsKey(key);
    }

    private static void addKid(Slot parent, int d, int fact, List<Slot> order) {
        if (d == FUNCTION) {
            if (parent.kidsFunction == null) {
                parent.kidsFunction = new int[4];
                order.add(parent);
            } else if (parent.kidsFunctionCount == parent.kidsFunction.length) {
                parent.kidsFunction = Arrays.copyOf(parent.kidsFunction, parent.kidsFunctionCount * 2);
            }
            parent.kidsFunction[parent.kidsFunctionCount++] = fact;
        } else {
            if (parent.kidsEconomic == null) {
                parent.kidsEconomic = new int[4];
                order.add(parent);
            } else if (parent.kidsEconomicCount == parent.kidsEconomic.length) {
                parent.kidsEconomic = Arrays.copyOf(parent.kidsEconomic, parent.kidsEconomicCount * 2);
            }
            parent.kidsEconomic[parent.kidsEconomicCount++] = fact;
        }
    }

    private void openSums(View v) {
        for (int d : OPEN) {
            Rule rule = d == FUNCTION ? Rule.SUM_FUNCTION : Rule.SUM_ECONOMIC;
            for (Slot s : v.kids(d)) {
                int[] kids = d == FUNCTION ? s.kidsFunction : s.kidsEconomic;
                int n = d == FUNCTION ? s.kidsFunctionCount : s.kidsEconomicCount;
                FactTerm parts = partsTerm.set(Term.Kind.COMPOSITE, v.name, kids, n);
                check(rule, Check.Kind.EQUAL, single(s.first), parts, s.first, code(s.key, d), s.key);
            }
        }
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

    private static final long BASIC_MASK = bit(Nature.PERSONNEL) | bit(Nature.PUBLIC_USE);
    private static final long USES_MASK = bit(Flow.EXPENDITURE) | bit(Flow.CARRY_FORWARD);
    private static final long FUND_TOTAL_MASK = FUND_MASKS[FundSource.CURRENT_YEAR.ordinal()]
            | FUND_MASKS[FundSource.PRIOR_YEAR_BALANCE.ordinal()];

    /** The leaves a value (an id, not 0) covers along a closed dimension, as a bit set. */
    private static long mask(int d, int id) {
        if (d == FUND_SOURCE) {
            return FUND_MASKS[id - 1];
        }
        if (d == ITEM) {
            return ITEM_MASKS[id - 1];
        }
        if (d == NATURE) {
            return id == BASIC ? BASIC_MASK : 1L << (id - 1);
        }
        return id == USES ? USES_MASK : 1L << (id - 1);
    }

    private static long bit(Enum<?> e) {
        return 1L << e.ordinal();
    }

    private long totalMask(int d) {
        if (d == FUND_SOURCE) {
            return FUND_TOTAL_MASK;
        }
        if (d == NATURE) {
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
    private static long natureTotal(Document document, EncodedFacts ef) {
        long m = bit(Nature.PERSONNEL) | bit(Nature.PUBLIC_USE) | bit(Nature.PROJECT);
        if (document.phase() == Phase.FINAL_ACCOUNT) {
            m |= bit(Nature.REMITTANCE_TO_SUPERIOR) | bit(Nature.OPERATING) | bit(Nature.SUBSIDY_TO_SUBORDINATE);
        }
        for (int id = 1; id < ef.naturesPresent.length; id++) {
            Nature n = (Nature) ef.values[NATURE][id];
            if (ef.naturesPresent[id] && n.parent().isEmpty() && n != Nature.BASIC) {
                m |= bit(n);
            }
        }
        return m;
    }

    /** The members of one group of a closed-dimension pass: same coordinates but for the dimension. */
    private static final class Group {
        Slot[] slots = new Slot[16];
        int[] values = new int[16];
        long[] masks = new long[16];
        int n;

        void clear(int capacity) {
            if (slots.length < capacity) {
                slots = new Slot[capacity];
                values = new int[capacity];
                masks = new long[capacity];
            }
            n = 0;
        }

        void add(Slot s, int value, long mask) {
            slots[n] = s;
            values[n] = value;
            masks[n] = mask;
            n++;
        }
    }

    /**
     * For each member of a group, the values that make it up: its largest strict sub-values
     * (by mask), widest first (ties in group order), each kept if disjoint from those kept
     * before; and the union of their masks (equal to the member's own if they cover it).
     */
    private static final class Cover {
        final int[][] chosen;
        final long[] unions;

        Cover(long[] masks, int n) {
            chosen = new int[n][];
            unions = new long[n];
            int[] candidates = new int[n];
            int[] maximal = new int[n];
            int[] kept = new int[n];
            for (int p = 0; p < n; p++) {
                long pm = masks[p];
                int nc = 0;
                for (int q = 0; q < n; q++) {
                    if (q != p && (masks[q] & ~pm) == 0 && masks[q] != pm) {
                        candidates[nc++] = q;
                    }
                }
                int nm = 0;
                for (int i = 0; i < nc; i++) {
                    long qm = masks[candidates[i]];
                    boolean inside = false;
                    for (int j = 0; j < nc; j++) {
                        long rm = masks[candidates[j]];
                        if (j != i && (qm & ~rm) == 0 && qm != rm) {
                            inside = true;
                            break;
                        }
                    }
                    if (!inside) {
                        maximal[nm++] = candidates[i];
                    }
                }
                // Widest first, ties in group order (a stable sort).
                for (int i = 1; i < nm; i++) {
                    int x = maximal[i];
                    int bits = Long.bitCount(masks[x]);
                    int j = i - 1;
                    while (j >= 0 && Long.bitCount(masks[maximal[j]]) < bits) {
                        maximal[j + 1] = maximal[j];
                        j--;
                    }
                    maximal[j + 1] = x;
                }
                long union = 0;
                int nk = 0;
                for (int i = 0; i < nm; i++) {
                    int q = maximal[i];
                    if ((masks[q] & union) == 0) {
                        union |= masks[q];
                        kept[nk++] = q;
                    }
                }
                chosen[p] = Arrays.copyOf(kept, nk);
                unions[p] = union;
            }
        }
    }

    /** A group's mask sequence, as a key of {@link #covers}. */
    private record Masks(long[] masks) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Masks m && Arrays.equals(m.masks, masks);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(masks);
        }
    }

    private final Map<Masks, Cover> covers = new HashMap<>();

    private Cover cover(long[] masks, int n) {
        long[] key = Arrays.copyOf(masks, n);
        Masks k = new Masks(key);
        Cover c = covers.get(k);
        if (c == null) {
            c = new Cover(key, n);
            covers.put(k, c);
        }
        return c;
    }

    /** Scratch of the closed-dimension passes, reused from table to table. */
    private final LongIntMap groupOf = new LongIntMap(256);
    private final Group members = new Group();
    private final Group group = new Group();
    private int[] memberGroup = new int[64];
    private int[] groupSize = new int[64];
    private int[] groupStart = new int[65];
    private int[] byGroup = new int[64];

    private void closedSums(View v, int d) {
        // Nothing to sum along a dimension the table does not vary.
        boolean varies = false;
        int firstValue = -1;
        for (Slot s : v.reported) {
            int value = get(s.key, d);
            if (firstValue < 0) {
                firstValue = value;
            } else if (value != firstValue) {
                varies = true;
                break;
            }
        }
        if (!varies) {
            return;
        }
        // Group the values by their coordinates but d, groups and members in order of first appearance.
        int capacity = v.reported.size() + v.derived.size();
        members.clear(capacity);
        if (memberGroup.length < capacity) {
            memberGroup = new int[capacity];
            byGroup = new int[capacity];
            groupSize = new int[capacity];
            groupStart = new int[capacity + 1];
        }
        groupOf.clear();
        int groups = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (Slot s : pass == 0 ? v.reported : v.derived) {
                if (pass == 1 && s.termCount == 0) {
                    continue;
                }
                long c = s.key;
                if (d == FLOW && get(c, MEASURE) != 0) {
                    continue;
                }
                int value = get(c, d);
                if (value == 0 && d == FLOW) {
                    continue;
                }
                long m = value != 0 ? mask(d, value) : totalMask(d);
                long k = with(c, d, 0);
                int g = groupOf.get(k);
                if (g < 0) {
                    g = groups++;
                    groupOf.putNew(k, g);
                    groupSize[g] = 0;
                }
                groupSize[g]++;
                memberGroup[members.n] = g;
                members.add(s, value, m);
            }
        }
        groupStart[0] = 0;
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] = groupStart[g] + groupSize[g];
            groupSize[g] = groupStart[g];
        }
        for (int i = 0; i < members.n; i++) {
            byGroup[groupSize[memberGroup[i]]++] = i;
        }
        Rule sum = d == FUND_SOURCE ? Rule.SUM_FUND_SOURCE
                : d == NATURE ? Rule.SUM_NATURE : d == ITEM ? Rule.SUM_ITEM : Rule.SUM_FLOW;
        Rule part = d == FUND_SOURCE ? Rule.PART_FUND_SOURCE : Rule.PART_OF_WHICH;
        Group g = group;
        for (int gi = 0; gi < groups; gi++) {
            if (groupStart[gi + 1] - groupStart[gi] < 2) {
                continue;
            }
            g.clear(groupStart[gi + 1] - groupStart[gi]);
            for (int i = groupStart[gi]; i < groupStart[gi + 1]; i++) {
                int m = byGroup[i];
                g.add(members.slots[m], members.values[m], members.masks[m]);
            }
            // Which values make up which is a matter of the masks alone: the rows of a table
            // repeat the same columns, so it is worked out once per mask sequence.
            Cover cover = cover(g.masks, g.n);
            for (int p = 0; p < g.n; p++) {
                int[] chosen = cover.chosen[p];
                if (chosen.length == 0) {
                    continue;
                }
                boolean anyReported = g.slots[p].state == REPORTED;
                Ints parts = scratch.reset();
                for (int q : chosen) {
                    anyReported |= g.slots[q].state == REPORTED;
                    parts(g.slots[q], parts);
                }
                if (!anyReported) {
                    continue;
                }
                long pm = g.masks[p];
                long union = cover.unions[p];
                Slot ps = g.slots[p];
                FactTerm whole = termOf(v, ps);
                FactTerm sumOfParts = partsTerm.set(Term.Kind.COMPOSITE, v.name, parts.a, parts.n);
                int location = whole.plus[0];
                if (union == pm) {
                    check(sum, Check.Kind.EQUAL, whole, sumOfParts, location, code(ps.key), ps.key);
                } else if (isAmount(ps.key)) {
                    // A part is at most its whole only for amounts, never for changes.
                    check(part, Check.Kind.AT_MOST, sumOfParts, whole, location, code(ps.key), ps.key);
                }
            }
            if (d == ITEM) {
                ofWhich(v, g);
            }
        }
    }

    private void ofWhich(View v, Group g) {
        int total = -1;
        for (int i = 0; i < g.n; i++) {
            if (g.values[i] == 0) {
                total = i;
            }
        }
        for (int c = 0; c < g.n; c++) {
            if (g.values[c] == 0) {
                continue;
            }
            SpecialItem item = (SpecialItem) ef.values[ITEM][g.values[c]];
            Slot cs = g.slots[c];
            if (item.relation() != Relation.OF_WHICH || !isAmount(cs.key)) {
                continue;
            }
            int whole = -1;
            for (SpecialItem a = item.parent().orElse(null); a != null && whole < 0; a = a.parent().orElse(null)) {
                whole = memberOf(g, id(a));
            }
            if (whole < 0) {
                whole = total;
            }
            if (whole < 0 || !(cs.state == REPORTED || g.slots[whole].state == REPORTED)) {
                continue;
            }
            FactTerm part = termOf(v, cs);
            check(Rule.PART_OF_WHICH, Check.Kind.AT_MOST, part, termOf(v, g.slots[whole]), part.plus[0], code(cs.key),
                    cs.key);
        }
    }

    private static int memberOf(Group g, int value) {
        for (int i = g.n - 1; i >= 0; i--) {
            if (g.values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ units

    private boolean everyUnitIn(View v) {
        if (ef.documentUnits.length == 0) {
            return false;
        }
        for (int u : ef.documentUnits) {
            if (!v.hasUnit[u]) {
                return false;
            }
        }
        return true;
    }

    private void unitSums(View v) {
        if (v.unitCount == 0) {
            return;
        }
        boolean complete = everyUnitIn(v);
        for (Slot s : v.reported) {
            long x = s.key;
            if (get(x, UNIT) != departmentId) {
                continue;
            }
            Ints parts = scratch.reset();
            boolean every = true;
            boolean anyReported = false;
            for (int i = 0; i < v.unitCount; i++) {
                Slot su = slot(v, with(x, UNIT, v.units[i]));
                if (!parts(su, parts)) {
                    every = false;
                } else {
                    anyReported |= su.state == REPORTED;
                }
            }
            if (parts.n == 0 || !anyReported && s.state == DERIVED) {
                continue;
            }
            int dept = s.first;
            FactTerm units = partsTerm.set(Term.Kind.COMPOSITE, v.name, parts.a, parts.n);
            if (complete && every) {
                check(Rule.SUM_UNIT, Check.Kind.EQUAL, single(dept), units, dept, code(x), x);
            } else if (isAmount(x)) {
                check(Rule.PART_UNIT, Check.Kind.AT_MOST, units, single(dept), dept, code(x), x);
            }
        }
    }

    private void lift(View v) {
        if (v.unitCount == 0) {
            return;
        }
        boolean complete = everyUnitIn(v);
        int first = v.units[0];
        // Printed, then derived values (lifted ones go to their own list meanwhile).
        int printed = v.reported.size();
        for (int j = 0, n = printed + v.derived.size(); j < n; j++) {
            Slot s = j < printed ? v.reported.get(j) : v.derived.get(j - printed);
            long cu = s.key;
            if (get(cu, UNIT) != first || !isAmount(cu) || !available(s)) {
                continue;
            }
            long x = with(cu, UNIT, departmentId);
            Cell cx = cells.get(x);
            Slot sx = cx == null ? null : cx.in(v);
            if (sx != null && sx.state != LIFTED) {
                continue;
            }
            Ints parts = scratch.reset();
            boolean redundant = false;
            boolean ok = true;
            for (int i = 0; i < v.unitCount; i++) {
                // The first unit's value is the one at hand.
                Slot su = i == 0 ? s : slot(v, with(x, UNIT, v.units[i]));
                if (!parts(su, parts)) {
                    ok = false;
                    break;
                }
                redundant |= su.state == DERIVED && su.redundant;
            }
            if (!ok) {
                continue;
            }
            FactTerm lifted = sum(parts, Term.Kind.LIFTED, v);
            if (!complete) {
                // Units that print no rows hold at most what the department total leaves over.
                long top = with(with(x, FUNCTION, 0), ECONOMIC, 0);
                Slot deptTop = slot(v, top);
                if (deptTop == null || deptTop.state != REPORTED || top == x) {
                    continue;
                }
                Ints unitTops = scratch2.reset();
                for (int i = 0; i < v.unitCount; i++) {
                    if (!parts(slot(v, with(top, UNIT, v.units[i])), unitTops)) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                lifted = lifted.with(new FactTerm.Allowed(new int[] {deptTop.first}, unitTops.toArray(), "units without rows"));
            }
            Slot ls = sx;
            if (ls == null) {
                if (cx == null) {
                    cx = new Cell();
                    cells.put(x, cx);
                }
                ls = add(cx, v, x, LIFTED);
                v.lifted.add(ls);
            }
            ls.term = lifted;
            ls.liftedRedundant |= redundant;
        }
        for (int d : OPEN) {
            for (Slot s : v.lifted) {
                long a = above(s.key, d);
                if (a == KeySpace.NONE) {
                    continue;
                }
                Slot sa = slot(v, a);
                if (sa != null) {
                    sa.brokenDown |= brokenBit(d);
                } else if (d == FUNCTION) {
                    if (v.brokenFunction == null) {
                        v.brokenFunction = new LongMap<>(16);
                    }
                    v.brokenFunction.put(a, Boolean.TRUE);
                } else {
                    if (v.brokenEconomic == null) {
                        v.brokenEconomic = new LongMap<>(16);
                    }
                    v.brokenEconomic.put(a, Boolean.TRUE);
                }
            }
        }
    }

    // ------------------------------------------------------------------ across tables

    /** What makes a derived or lifted value the same one wherever it is compared. */
    private static final class TermKey {
        /** The table's name (a term belongs to one table; names are unique in a document). */
        final String label;
        final Term.Kind kind;
        final int[] plus;
        final int plusCount;
        final int hash;

        TermKey(FactTerm t) {
            this.label = t.label;
            this.kind = t.kind;
            this.plus = t.plus;
            this.plusCount = t.plusCount;
            int h = label.hashCode() * 31 + kind.ordinal();
            for (int i = 0; i < plusCount; i++) {
                h = h * 31 + plus[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TermKey k && k.hash == hash && k.label.equals(label) && k.kind == kind
                    && Arrays.equals(k.plus, 0, k.plusCount, plus, 0, plusCount);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A candidate agreement: its coordinates, terms and the views they come from. */
    private record Pending(long x, FactTerm[] terms, View[] owners, TermKey[] keys, int size, int reported) {
    }

    private void agreements() {
        List<Pending> pending = new ArrayList<>();
        // A derived or lifted value repeats itself up a chain of single-child parents: it is
        // compared only at the shallowest coordinates where it meets a printed figure.
        Map<TermKey, Integer> shallowest = new HashMap<>();
        FactTerm[] terms = new FactTerm[8];
        View[] owners = new View[8];
        TermKey[] keys = new TermKey[8];
        // Coordinates in the order of first printing, for stable output.
        for (View first : views) {
            for (Slot printed : first.reported) {
                long x = printed.key;
                Cell cell = printed.cell;
                if (cell.ordered) {
                    continue;
                }
                cell.ordered = true;
                int n = 0;
                int reportedCount = 0;
                for (Slot s = cell.first; s != null; s = s.next) {
                    View v = s.view;
                    if (s.state != REPORTED) {
                        continue;
                    }
                    for (int f = s.first; f >= 0; f = nextSame[f]) {
                        if (n == terms.length) {
                            terms = Arrays.copyOf(terms, n * 2);
                            owners = Arrays.copyOf(owners, n * 2);
                            keys = Arrays.copyOf(keys, n * 2);
                        }
                        terms[n] = single(f);
                        owners[n] = v;
                        keys[n] = null;
                        n++;
                        reportedCount++;
                    }
                }
                for (Slot s = cell.first; s != null; s = s.next) {
                    View v = s.view;
                    if (s.state == REPORTED || !available(s)) {
                        continue;
                    }
                    FactTerm t = termOf(v, s);
                    if (t == null || t.plusCount == 0 || impliedElsewhere(t, v, owners, n)) {
                        continue;
                    }
                    if (n == terms.length) {
                        terms = Arrays.copyOf(terms, n * 2);
                        owners = Arrays.copyOf(owners, n * 2);
                        keys = Arrays.copyOf(keys, n * 2);
                    }
                    terms[n] = t;
                    owners[n] = v;
                    keys[n] = new TermKey(t);
                    n++;
                }
                if (n < 2 || reportedCount == 0 || (distinct(owners, n) < 2 && reportedCount < 2)) {
                    continue;
                }
                int depth = depth(x);
                for (int i = 0; i < n; i++) {
                    if (keys[i] != null) {
                        shallowest.merge(keys[i], depth, Math::min);
                    }
                }
                pending.add(new Pending(x, Arrays.copyOf(terms, n), Arrays.copyOf(owners, n), Arrays.copyOf(keys, n), n,
                        reportedCount));
            }
        }
        for (Pending p : pending) {
            int depth = depth(p.x);
            FactTerm[] kept = new FactTerm[p.size];
            View[] keptOwners = new View[p.size];
            int n = 0;
            boolean derivedUsed = false;
            for (int i = 0; i < p.size; i++) {
                TermKey k = p.keys[i];
                if (k != null && shallowest.get(k) < depth) {
                    continue;
                }
                kept[n] = p.terms[i];
                keptOwners[n] = p.owners[i];
                n++;
                derivedUsed |= k != null;
            }
            int distinct = distinct(keptOwners, n);
            if (n < 2 || (distinct < 2 && p.reported < 2)) {
                continue;
            }
            Rule rule = derivedUsed ? Rule.DUPLICATE_DERIVED : Rule.DUPLICATE;
            Set<TableKind> kinds = EnumSet.noneOf(TableKind.class);
            for (int i = 0; i < n; i++) {
                if (keptOwners[i].kind != null) {
                    kinds.add(keptOwners[i].kind);
                }
            }
            if (distinct > 1 && kinds.contains(TableKind.PROJECT_EXPENDITURE) && get(p.x, FUNCTION) != 0
                    && (kinds.contains(TableKind.EXPENDITURE_SUMMARY)
                            || kinds.contains(TableKind.GENERAL_BUDGET_BY_FUNCTION))) {
                rule = Rule.PROJECT_FUNCTION;
            } else if (distinct > 1 && kinds.contains(TableKind.BASIC_EXPENDITURE)
                    && kinds.contains(TableKind.GENERAL_BUDGET_BY_ECONOMIC)) {
                rule = Rule.BASIC_ECONOMIC;
            }
            check(rule, Check.Kind.AGREE, kept, n, kept[0].plus[0], code(p.x), p.x);
        }
    }

    private static int distinct(View[] owners, int n) {
        int d = 0;
        for (int i = 0; i < n; i++) {
            boolean seen = false;
            for (int j = 0; j < i; j++) {
                if (owners[j] == owners[i]) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                d++;
            }
        }
        return d;
    }

    /** Whether another table of the check prints every part of a derived or lifted term. */
    private boolean impliedElsewhere(FactTerm t, View own, View[] owners, int n) {
        for (int i = 0; i < n; i++) {
            View o = owners[i];
            if (o == own || o.reported.isEmpty()) {
                continue;
            }
            boolean every = true;
            for (int j = 0; j < t.plusCount; j++) {
                Slot s = slot(o, ef.keys[t.plus[j]]);
                if (s == null || s.state != REPORTED) {
                    every = false;
                    break;
                }
            }
            if (every) {
                return true;
            }
        }
        return false;
    }

    private void absentCodes(int d) {
        Rule rule = d == FUNCTION ? Rule.BREAKDOWN_FUNCTION : Rule.BREAKDOWN_ECONOMIC;
        Dimension<?> dimension = Dimension.all().get(d);
        for (View t1 : views) {
            List<Slot> mine = new ArrayList<>(t1.reported.size() + t1.lifted.size());
            mine.addAll(t1.reported);
            mine.addAll(t1.lifted);
            for (Slot s : mine) {
                long c = s.key;
                int code = get(c, d);
                if (code == 0 || !isAmount(c)) {
                    continue;
                }
                long pc = above(c, d);
                Cell holders = cells.get(pc);
                if (holders == null) {
                    continue;
                }
                boolean mineLifted = s.state != REPORTED;
                for (Slot theirs = holders.first; theirs != null; theirs = theirs.next) {
                    View t2 = theirs.view;
                    if (!available(theirs) || t2 == t1 || s.cell.in(t2) != null || !brokenDown(t2, d, pc, theirs)) {
                        continue;
                    }
                    boolean theirsLifted = theirs.state == LIFTED;
                    if (mineLifted && theirsLifted) {
                        continue;
                    }
                    FactTerm present = termOf(t1, s);
                    Check check = check(rule, Check.Kind.AGREE, present, absent(t2), present.plus[0], ef.code(d, code),
                            c);
                    if (check != null) {
                        int parent = get(pc, d);
                        Optional<Object> parentCode = parent == 0 ? Optional.empty()
                                : Optional.of(ef.values[d][parent]);
                        absents.add(new Absent(check, t1.name, t2.name, dimension, ef.values[d][code], parentCode,
                                build(term(t1, pc)), build(term(t2, pc))));
                    }
                }
            }
        }
    }

    /** The first value any table gives for c, printed values first; null if none. */
    private FactTerm first(long c) {
        Slot first = firstSlot(c);
        if (first == null) {
            return null;
        }
        for (Slot s = first; s != null; s = s.next) {
            if (s.state == REPORTED) {
                return single(s.first);
            }
        }
        return termOf(first.view, first);
    }

    private View firstView(long c) {
        Slot first = firstSlot(c);
        return first == null ? null : first.view;
    }

    /** The first table's slot available at c, or null. */
    private Slot firstSlot(long c) {
        Cell cell = cells.get(c);
        if (cell == null) {
            return null;
        }
        Slot s = cell.first;
        while (s != null && !available(s)) {
            s = s.next;
        }
        return s;
    }

    // ------------------------------------------------------------------ catalogue identities

    private void balance() {
        int appropriations = id(FundSource.APPROPRIATIONS_TOTAL);
        for (View v : views) {
            for (Slot s : v.reported) {
                long x = s.key;
                if (get(x, FLOW) != REVENUE || !isAmount(x) || get(x, FUNCTION) != 0 || get(x, ECONOMIC) != 0
                        || get(x, NATURE) != 0 || get(x, ITEM) != 0 || get(x, EncodedFacts.PROJECT) != 0) {
                    continue;
                }
                int source = get(x, FUND_SOURCE);
                if (source != 0 && source != appropriations) {
                    continue;
                }
                long y = with(x, FLOW, USES);
                FactTerm uses = term(v, y);
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
                check(Rule.BALANCE, Check.Kind.EQUAL, single(s.first), uses, s.first, "", x);
            }
        }
    }

    private void change() {
        Object[] years = ef.values[YEAR];
        for (View v : views) {
            for (Slot s : v.reported) {
                long x = s.key;
                if (get(x, MEASURE) != CHANGE) {
                    continue;
                }
                long now = with(x, MEASURE, 0);
                FiscalYear previous = ((FiscalYear) years[get(now, YEAR)]).previous();
                int previousId = Arrays.asList(years).indexOf(previous);
                Ints a = partsHereOrAnywhere(v, now);
                Ints b = previousId < 0 ? null : partsHereOrAnywhere(v, with(now, YEAR, previousId));
                if (a == null || b == null) {
                    continue;
                }
                FactTerm difference = new FactTerm(Term.Kind.COMPOSITE, v.name, a.toArray(), a.n, b.toArray(), FactTerm.NO_ALLOWANCES);
                check(Rule.CHANGE, Check.Kind.EQUAL, single(s.first), difference, s.first, code(x), x);
            }
        }
    }

    /** The parts of c in v if v has a value there (null if that value is lifted), else in the first table that does. */
    private Ints partsHereOrAnywhere(View v, long c) {
        Cell cell = cells.get(c);
        if (cell == null) {
            return null;
        }
        Ints out = new Ints();
        Slot s = cell.in(v);
        if (s != null) {
            return parts(s, out) ? out : null;
        }
        for (s = cell.first; s != null; s = s.next) {
            if (available(s) && parts(s, out)) {
                return out;
            }
        }
        return null;
    }

    private static final Map<SpecialItem, String> THREE_PUBLIC_CODES = Map.of(
            SpecialItem.OVERSEAS_TRAVEL, "30212", SpecialItem.OFFICIAL_RECEPTION, "30217",
            SpecialItem.VEHICLE_OPERATION, "30231", SpecialItem.VEHICLE_PURCHASE, "31013");

    private void threePublic() {
        for (View v : views) {
            for (Slot s : v.reported) {
                long x = s.key;
                int item = get(x, ITEM);
                String code = item == 0 ? null : THREE_PUBLIC_CODES.get((SpecialItem) ef.values[ITEM][item]);
                if (code == null || !isAmount(x) || get(x, ECONOMIC) != 0) {
                    continue;
                }
                long y = with(with(x, ITEM, 0), ECONOMIC, ef.economic(code));
                FactTerm other = first(y);
                if (other == null) {
                    long parent = above(y, ECONOMIC);
                    Cell cell = cells.get(parent);
                    View holder = null;
                    for (Slot h = cell == null ? null : cell.first; h != null; h = h.next) {
                        if (available(h) && brokenDown(h.view, ECONOMIC, parent, h)) {
                            holder = h.view;
                            break;
                        }
                    }
                    if (holder == null) {
                        continue;
                    }
                    other = absent(holder);
                }
                check(Rule.THREE_PUBLIC_ECONOMIC, Check.Kind.AGREE, single(s.first), other, s.first, code, x);
            }
        }
    }

    private void personnel() {
        int wagesCode = ef.economic("301");
        int householdsCode = ef.economic("303");
        for (View v : views) {
            for (Slot s : v.reported) {
                long x = s.key;
                if (get(x, NATURE) != PERSONNEL || get(x, ECONOMIC) != 0 || !isAmount(x)) {
                    continue;
                }
                long basic = with(x, NATURE, BASIC);
                long wages = with(basic, ECONOMIC, wagesCode);
                long households = with(basic, ECONOMIC, householdsCode);
                Cell cell = cells.get(wages);
                for (Slot ws = cell == null ? null : cell.first; ws != null; ws = ws.next) {
                    if (!available(ws)) {
                        continue;
                    }
                    View w = ws.view;
                    Ints parts = scratch.reset();
                    parts(ws, parts);
                    if (parts.n == 0) {
                        continue;
                    }
                    if (!parts(slot(w, households), parts) && !brokenDown(w, ECONOMIC, basic, slot(w, basic))) {
                        continue;
                    }
                    check(Rule.PERSONNEL_ECONOMIC, Check.Kind.EQUAL, single(s.first),
                            partsTerm.set(Term.Kind.COMPOSITE, w.name, parts.a, parts.n),
                            s.first, "", x);
                    break;
                }
            }
        }
    }

    private void operation() {
        for (View v : views) {
            for (Slot s : v.reported) {
                long x = s.key;
                if (get(x, ITEM) != ADMINISTRATIVE_OPERATION || !isAmount(x)) {
                    continue;
                }
                long y = with(with(x, ITEM, 0), NATURE, PUBLIC_USE);
                FactTerm publicUse = first(y);
                if (publicUse == null) {
                    publicUse = first(with(y, FUND_SOURCE, 0));
                }
                if (publicUse == null) {
                    continue;
                }
                check(Rule.OPERATION_PUBLIC_USE, Check.Kind.AT_MOST, single(s.first), publicUse, s.first, "", x);
            }
        }
    }

    // ------------------------------------------------------------------ fund-source cover

    /**
     * The sources whose expenditure is compared with that of a larger set of sources: the
     * appropriations (财政拨款) a disclosure's appropriation tables break out.
     */
    private static final int[] APPROPRIATIONS = {id(FundSource.APPROPRIATIONS_TOTAL), id(FundSource.GOVERNMENT_BUDGET),
        id(FundSource.GENERAL_PUBLIC_BUDGET)};

    /** Revenue printed for one unit and year, by source in order of first printing. */
    private static final class Revenue {
        int[] sources = new int[4];
        int[] facts = new int[4];
        int n;

        void putIfAbsent(int source, int fact) {
            for (int i = 0; i < n; i++) {
                if (sources[i] == source) {
                    return;
                }
            }
            if (n == sources.length) {
                sources = Arrays.copyOf(sources, n * 2);
                facts = Arrays.copyOf(facts, n * 2);
            }
            sources[n] = source;
            facts[n] = fact;
            n++;
        }
    }

    private int dimensionCount(long key) {
        int n = 0;
        for (int d = 0; d < KeySpace.DIMENSIONS; d++) {
            if (get(key, d) != 0) {
                n++;
            }
        }
        return n;
    }

    private void cover() {
        // Revenue printed per unit and year, to bound the money of the sources left out.
        LongMap<Revenue> revenue = new LongMap<>(16);
        for (View v : views) {
            for (Slot s : v.reported) {
                long x = s.key;
                int source = get(x, FUND_SOURCE);
                if (source == 0 || get(x, FLOW) != REVENUE || !isAmount(x) || dimensionCount(x) != 4) {
                    continue;
                }
                long k = with(x, FUND_SOURCE, 0);
                Revenue r = revenue.get(k);
                if (r == null) {
                    r = new Revenue();
                    revenue.put(k, r);
                }
                r.putIfAbsent(source, s.first);
            }
        }
        long empty = space.key(new int[KeySpace.DIMENSIONS], 0);
        int[] inside = new int[APPROPRIATIONS.length];
        Cell[] insideCells = new Cell[APPROPRIATIONS.length];
        for (View t2 : views) {
            for (Slot s : t2.reported) {
                long y = s.key;
                int flow = get(y, FLOW);
                if ((flow != EXPENDITURE && flow != USES) || !isAmount(y)) {
                    continue;
                }
                if (s.cell.done) {
                    continue;
                }
                s.cell.done = true;
                int whole = get(y, FUND_SOURCE);
                long wholeMask = whole == 0 ? FUND_TOTAL_MASK : mask(FUND_SOURCE, whole);
                // The largest sources inside `whole` that some other table gives a value for.
                int ni = 0;
                for (int source : APPROPRIATIONS) {
                    long m = mask(FUND_SOURCE, source);
                    if ((m & ~wholeMask) != 0 || m == wholeMask) {
                        continue;
                    }
                    Cell cx = cells.get(with(y, FUND_SOURCE, source));
                    if (cx == null || cx.in(t2) != null || !anyAvailable(cx)) {
                        continue;
                    }
                    inside[ni] = source;
                    insideCells[ni] = cx;
                    ni++;
                }
                for (int i = 0; i < ni; i++) {
                    long m = mask(FUND_SOURCE, inside[i]);
                    boolean maximal = true;
                    for (int j = 0; j < ni; j++) {
                        long mr = mask(FUND_SOURCE, inside[j]);
                        if (j != i && (m & ~mr) == 0 && m != mr) {
                            maximal = false;
                        }
                    }
                    if (!maximal) {
                        continue;
                    }
                    FactTerm part = null;
                    for (Slot sx = insideCells[i].first; sx != null; sx = sx.next) {
                        View v = sx.view;
                        if (!available(sx) || v == t2 || (sx.state == DERIVED && sx.redundant)
                                || (sx.state == LIFTED && sx.liftedRedundant)) {
                            continue;
                        }
                        part = termOf(v, sx);
                        break;
                    }
                    if (part == null) {
                        continue;
                    }
                    int f = s.first;
                    long key = with(with(with(empty, FLOW, REVENUE), UNIT, get(y, UNIT)), YEAR, get(y, YEAR));
                    int[] others = otherRevenue(revenue.get(key), wholeMask & ~m, m);
                    if (others == null) {
                        check(Rule.COVER_FUND_SOURCE, Check.Kind.AT_MOST, part, single(f), f, code(y), y);
                    } else {
                        FactTerm bounded = others.length == 0 ? part
                                : part.with(new FactTerm.Allowed(others, EMPTY, "revenue of the other sources"));
                        check(Rule.COVER_FUND_SOURCE, Check.Kind.EQUAL, single(f), bounded, f, code(y), y);
                    }
                }
            }
        }
    }

    /**
     * Revenue figures of sources outside {@code part} that cover {@code need} (they may cover
     * more of the sources outside {@code part}: still an upper bound), or null if none do.
     */
    private int[] otherRevenue(Revenue printed, long need, long part) {
        if (need == 0) {
            return EMPTY;
        }
        if (printed == null) {
            return null;
        }
        Ints out = scratch.reset();
        long left = need;
        while (left != 0) {
            int best = -1;
            int bestCount = 0;
            for (int i = 0; i < printed.n; i++) {
                long m = mask(FUND_SOURCE, printed.sources[i]);
                int c = Long.bitCount(m & left);
                if ((m & part) == 0 && c > bestCount) {
                    best = i;
                    bestCount = c;
                }
            }
            if (best < 0) {
                return null;
            }
            out.add(printed.facts[best]);
            left &= ~mask(FUND_SOURCE, printed.sources[best]);
        }
        return out.toArray();
    }
}
