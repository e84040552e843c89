/** budgetkit examples: the command line, runnable examples and benchmarks. */
module org.budgetkit.examples {
    requires org.budgetkit.model;
    requires org.budgetkit.rules;
    requires org.budgetkit.io;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static jmh.core;
    requires static java.sql;
    requires static duckdb.jdbc;

    exports org.budgetkit.examples;
    exports org.budgetkit.examples.json;
    opens org.budgetkit.examples.cli to info.picocli;

    provides com.fasterxml.jackson.databind.Module with org.budgetkit.examples.json.FindingModule;
}
