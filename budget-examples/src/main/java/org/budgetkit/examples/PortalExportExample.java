package org.budgetkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationEdition;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.FactQuery;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.FactTree;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.rules.Reconciler;
import org.budgetkit.rules.Reconciliation;
import org.budgetkit.rules.Severity;

/**
 * What a transparency portal serves for one disclosure: its metadata, the function tree of its
 * expenditure as nested JSON (amounts as exact decimal strings with their unit and precision),
 * and the audit's counts. Run with a disclosure PDF or text, or none for the bundled example:
 * {@code java -cp budget-examples/target/budget.jar org.budgetkit.examples.PortalExportExample [FILE]}.
 */
public final class PortalExportExample {
    private PortalExportExample() {
    }

    /**
     * Prints the portal JSON of a disclosure.
     *
     * @param args an optional disclosure file
     * @throws Exception if the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Document doc = args.length == 0 ? PingshanPetitionBureau2023.document()
                : DisclosureReader.standard().read(Path.of(args[0])).document();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(mapper.writeValueAsString(export(doc, mapper)));
    }

    /**
     * The portal JSON of a document.
     *
     * @param doc the document, not null
     * @param mapper a mapper with budgetkit's Jackson module registered, not null
     * @return the JSON tree, never null
     */
    public static ObjectNode export(Document doc, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("department", doc.department().name());
        root.put("year", doc.year().value());
        root.put("phase", doc.phase().chineseName());
        root.put("source", doc.source());
        // The expenditure by function of the department as a whole: facts with a function code and
        // no nature, item or fund source, from the table that prints most of them.
        FactSet expenditure = doc.facts().select(FactQuery.any().where(Dimension.UNIT, doc.department())
                .where(Dimension.YEAR, doc.year()).whereTotal(Dimension.NATURE).whereTotal(Dimension.ITEM)
                .whereTotal(Dimension.FUND_SOURCE).whereTotal(Dimension.MEASURE));
        String table = expenditure.tables().stream()
                .max(java.util.Comparator.comparingInt(t -> expenditure.inTable(t).values(Dimension.FUNCTION).size()))
                .orElse("");
        ClassificationEdition<FunctionCode> names = Classification.bundledFunctions().edition(doc.year().value());
        FactTree<FunctionCode> tree = FactTree.of(expenditure.inTable(table), Dimension.FUNCTION, names::describe);
        root.put("table", table);
        root.set("expenditureByFunction", node(tree.root(), mapper));
        Reconciliation r = Reconciler.standard().reconcile(doc);
        ObjectNode audit = root.putObject("audit");
        audit.put("checks", r.checks());
        for (Severity s : Severity.values()) {
            audit.put(s.id() + "s", r.count(s));
        }
        return root;
    }

    private static ObjectNode node(FactTree.Node<FunctionCode> n, ObjectMapper mapper) {
        ObjectNode out = mapper.createObjectNode();
        out.put("code", n.value().map(FunctionCode::toString).orElse(null));
        out.put("label", n.label());
        n.amount().ifPresent(a -> out.set("amount", mapper.valueToTree(a)));
        ArrayNode children = out.putArray("children");
        n.children().forEach(c -> children.add(node(c, mapper)));
        return out;
    }
}
