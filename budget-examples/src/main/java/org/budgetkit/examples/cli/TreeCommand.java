package org.budgetkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationCode;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.FactTree;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code budget tree}: the function (or economic) tree of a document's expenditure, with amounts. */
@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Print the function (or economic) classification tree of the expenditure, with amounts.")
final class TreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--economic", description = "the economic classification instead of the function one")
    boolean economic;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "the disclosure (default: the bundled example)")
    Path input;

    @Override
    public Integer call() {
        Document doc = input == null ? PingshanPetitionBureau2023.document() : Readers.read(input);
        PrintWriter out = spec.commandLine().getOut();
        if (economic) {
            print(out, doc, Dimension.ECONOMIC, Classification.bundledEconomic());
        } else {
            print(out, doc, Dimension.FUNCTION, Classification.bundledFunctions());
        }
        return Main.OK;
    }

    /**
     * Prints the tree of the table that reports the most codes of the dimension as total
     * expenditure (no nature, no item), for the budget unit with most of them.
     */
    static <C extends ClassificationCode> void print(PrintWriter out, Document doc, Dimension<C> dimension,
            Classification<C> classification) {
        FactSet candidates = doc.facts().select(FactQuery.any().where(Dimension.FLOW, Flow.EXPENDITURE)
                .whereTotal(Dimension.NATURE).whereTotal(Dimension.ITEM).whereTotal(Dimension.MEASURE)
                .where(Dimension.YEAR, doc.year()));
        Map<String, Integer> perTableAndUnit = new LinkedHashMap<>();
        for (Fact f : candidates) {
            if (f.coordinates().has(dimension)) {
                perTableAndUnit.merge(f.provenance().table() + "\u0000" + f.coordinates().get(Dimension.UNIT)
                        .orElseThrow(), 1, Integer::sum);
            }
        }
        if (perTableAndUnit.isEmpty()) {
            out.println("no " + dimension.englishName() + " codes in " + doc);
            return;
        }
        String best = perTableAndUnit.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .orElseThrow().getKey();
        String table = best.substring(0, best.indexOf('\u0000'));
        FactSet column = candidates.select(FactQuery.any().inTable(table)).stream()
                .filter(f -> (f.provenance().table() + "\u0000" + f.coordinates().get(Dimension.UNIT).orElseThrow())
                        .equals(best))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                        FactSet::of));
        out.println(doc + " — " + table + " " + doc.table(table).map(t -> t.title()).orElse("") + ", "
                + dimension.chineseName());
        // Names: the year's official edition, else the name the document itself prints for the code.
        Map<C, String> printed = new java.util.HashMap<>();
        for (org.budgetkit.model.document.Table t : doc.tables()) {
            for (org.budgetkit.model.document.Table.Row r : t.rows()) {
                r.coordinates().get(dimension).ifPresent(c -> printed.putIfAbsent(c,
                        org.budgetkit.model.classification.Classification.normalizeName(r.label())));
            }
        }
        var edition = classification.edition(doc.year().value());
        out.print(FactTree.of(column, dimension, c -> edition.name(c).or(() -> java.util.Optional.ofNullable(printed.get(c)))
                .map(n -> c + " " + n).orElse(c.toString())));
    }

}
