package org.budgetkit.examples;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.rules.change.Change;

/**
 * Year-over-year comparison of two documents: every figure of the current year that the prior
 * year's document reports at the same coordinates, with its change in the disclosures' own words
 * ({@code 比2022年增加1.5万元，增长33%}). Run with two disclosures (prior, current):
 * {@code java -cp budget-examples/target/budget.jar org.budgetkit.examples.YearOverYearExample PRIOR CURRENT};
 * without arguments it compares the bundled example's 2022 and 2023 "三公" figures (表9).
 */
public final class YearOverYearExample {
    private YearOverYearExample() {
    }

    /**
     * Prints the changes.
     *
     * @param args two disclosure files, prior then current, or none
     */
    public static void main(String[] args) {
        if (args.length == 2) {
            Document prior = DisclosureReader.standard().read(Path.of(args[0])).document();
            Document current = DisclosureReader.standard().read(Path.of(args[1])).document();
            print(compare(prior.facts(), current.facts(), current.year()), current.year().previous());
            return;
        }
        FactSet seed = PingshanPetitionBureau2023.document().facts().inTable("表9");
        print(compare(seed, seed, FiscalYear.of(2023)), FiscalYear.of(2022));
    }

    /**
     * Pairs each current-year figure with the prior year's figure at the same coordinates (the
     * year aside), first printed wins.
     *
     * @param prior the prior year's facts, not null
     * @param current the current year's facts, not null
     * @param year the current year, not null
     * @return the changes by the current figure, in its order, never null
     */
    public static Map<Fact, Change> compare(FactSet prior, FactSet current, FiscalYear year) {
        Map<Coordinates, Fact> before = new LinkedHashMap<>();
        for (Fact f : prior) {
            if (f.coordinates().get(Dimension.YEAR).map(y -> y.equals(year.previous())).orElse(false)) {
                before.putIfAbsent(f.coordinates().without(Dimension.YEAR), f);
            }
        }
        Map<Fact, Change> out = new LinkedHashMap<>();
        for (Fact f : current) {
            if (f.coordinates().get(Dimension.YEAR).map(year::equals).orElse(false)) {
                Fact p = before.get(f.coordinates().without(Dimension.YEAR));
                if (p != null) {
                    out.put(f, Change.between(f.amount(), p.amount()));
                }
            }
        }
        return out;
    }

    private static void print(Map<Fact, Change> changes, FiscalYear from) {
        changes.forEach((fact, change) -> System.out.println(fact.provenance().column() + " "
                + fact.amount().toShortString() + "，" + change.phrase(Locale.CHINESE, from)
                + change.percent(1, RoundingMode.HALF_UP).map(p -> "（" + p + "）").orElse("")));
    }
}
