package org.budgetkit.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

class TableBuilderLayoutTest {
    @Test
    void aLayoutRowIsKeptAsPrintedAndMakesNoFact() {
        Document.Builder b = Document.builder("局", FiscalYear.of(2023), Phase.BUDGET);
        Table.Builder t = b.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "T", AmountUnit.TEN_THOUSAND_YUAN,
                1, 0);
        Table.Row row = new Table.Row("合计", "", Coordinates.empty(), 10, 3);
        t.layout(row);
        Table table = t.build();
        Document d = b.build();
        assertThat(table.rows()).containsExactly(row);
        assertThat(d.facts().isEmpty()).isTrue();
        assertThatThrownBy(() -> t.layout(row)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSeedsTablesRebuiltFromLayoutsAndFactsAreEqual() {
        Document seed = PingshanPetitionBureau2023.document();
        Document.Builder b = Document.builder(seed.department().name(), seed.year(), seed.phase())
                .source(seed.source()).title(seed.title()).unit(seed.unit());
        seed.units().forEach(u -> b.addUnit(u.name()));
        for (Table t : seed.tables()) {
            Table.Builder tb = b.table(Templates.byId(t.template()).orElseThrow(), t.number(), t.title(), t.unit(),
                    t.line(), t.page());
            t.rows().forEach(tb::layout);
            t.unplaced().forEach(f -> tb.page(f.page()).unplaced(f.row(), f.column(), f.text(), f.line()));
            tb.page(t.page()).build();
        }
        seed.facts().forEach(b::fact);
        seed.claims().forEach(b::claim);
        seed.indicators().forEach(b::indicator);
        assertThat(b.build()).isEqualTo(seed);
    }
}
