/**
 * budgetkit model: exact amounts, classification codes and versioned trees, dimensions and
 * coordinates, facts and documents of Chinese government department budget disclosures.
 */
module org.budgetkit.model {
    requires transitive java.money;
    requires org.javamoney.moneta;

    exports org.budgetkit.model.money;
    exports org.budgetkit.model.classification;
    exports org.budgetkit.model.dimension;
    exports org.budgetkit.model.fact;
    exports org.budgetkit.model.document;
    exports org.budgetkit.model.sample;
}
