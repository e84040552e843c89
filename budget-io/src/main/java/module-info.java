/** budgetkit io: CSV, JSON, disclosure text and PDF, and Fiscal Data Package formats. */
module org.budgetkit.io {
    requires transitive org.budgetkit.model;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.apache.pdfbox;

    exports org.budgetkit.io;
    exports org.budgetkit.io.disclosure;

}
