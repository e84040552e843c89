/** budgetkit examples: the command line, runnable examples and benchmarks. */
module org.budgetkit.examples {
    requires org.budgetkit.model;
    requires org.budgetkit.rules;
    requires org.budgetkit.io;
    requires static jmh.core;
    requires static java.sql;
    requires static duckdb.jdbc;

    exports org.budgetkit.examples;
}
