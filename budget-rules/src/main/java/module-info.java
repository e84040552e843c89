/** budgetkit rules: aggregation, reconciliation within rounding, change and claim checking. */
module org.budgetkit.rules {
    requires transitive org.budgetkit.model;

    exports org.budgetkit.rules;
    exports org.budgetkit.rules.change;

}
