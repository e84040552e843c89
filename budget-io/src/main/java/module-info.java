/** budgetkit io: CSV, JSON, disclosure text and PDF, and Fiscal Data Package formats. */
module org.budgetkit.io {
    requires transitive org.budgetkit.model;
    requires transitive com.fasterxml.jackson.databind;
    requires org.apache.pdfbox;

    exports org.budgetkit.io;
    exports org.budgetkit.io.narrative;
    exports org.budgetkit.io.csv;
    exports org.budgetkit.io.json;
    exports org.budgetkit.io.fdp;
    exports org.budgetkit.io.disclosure;

    provides com.fasterxml.jackson.databind.Module with org.budgetkit.io.json.BudgetkitModule;
}
