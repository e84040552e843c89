package org.budgetkit.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.fact.Coordinates;
import org.junit.jupiter.api.Test;

class TableTemplateTest {
    private static final Coordinates EXPENDITURE = Coordinates.empty().with(Dimension.FLOW, Flow.EXPENDITURE);
    private static final TableTemplate.Column TOTAL = new TableTemplate.Column("支出总计", Coordinates.empty());
    private static final TableTemplate.Column BASIC = new TableTemplate.Column("基本支出",
            Coordinates.empty().with(Dimension.NATURE, Nature.BASIC));
    private static final TableTemplate.Column PROJECT = new TableTemplate.Column("项目支出",
            Coordinates.empty().with(Dimension.NATURE, Nature.PROJECT));

    @Test
    void holdsItsLayout() {
        TableTemplate t = TableTemplate.of("test/by-nature", TableKind.GENERAL_BUDGET_BY_FUNCTION, "一般公共预算支出表",
                EXPENDITURE, List.of(TOTAL, BASIC, PROJECT));
        assertThat(t.id()).isEqualTo("test/by-nature");
        assertThat(t.kind()).isEqualTo(TableKind.GENERAL_BUDGET_BY_FUNCTION);
        assertThat(t.title()).isEqualTo("一般公共预算支出表");
        assertThat(t.base()).isEqualTo(EXPENDITURE);
        assertThat(t.columns()).containsExactly(TOTAL, BASIC, PROJECT);
        assertThat(t.column(1)).isEqualTo(BASIC);
        assertThat(t.column("项目支出")).contains(PROJECT);
        assertThat(t.column("其他")).isEmpty();
        assertThatThrownBy(() -> t.column(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.columns().add(TOTAL)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.toString()).isEqualTo("TableTemplate[test/by-nature 一般公共预算支出表, 3 columns]");
    }

    @Test
    void copiesTheColumns() {
        List<TableTemplate.Column> columns = new ArrayList<>(List.of(TOTAL, BASIC));
        TableTemplate t = TableTemplate.of("t", TableKind.OTHER, "", Coordinates.empty(), columns);
        columns.add(PROJECT);
        assertThat(t.columns()).hasSize(2);
    }

    @Test
    void rejectsTwoColumnsWithOneLabel() {
        TableTemplate.Column again = new TableTemplate.Column("基本支出",
                Coordinates.empty().with(Dimension.NATURE, Nature.PERSONNEL));
        assertThatThrownBy(() -> TableTemplate.of("test/dup", TableKind.OTHER, "t", EXPENDITURE,
                List.of(TOTAL, BASIC, again)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("基本支出").hasMessageContaining("test/dup");
    }

    @Test
    void rejectsAColumnThatContradictsTheBase() {
        TableTemplate.Column revenue = new TableTemplate.Column("收入",
                Coordinates.empty().with(Dimension.FLOW, Flow.REVENUE));
        assertThatThrownBy(() -> TableTemplate.of("test/conflict", TableKind.OTHER, "t", EXPENDITURE,
                List.of(TOTAL, revenue)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test/conflict").hasMessageContaining("收入")
                .hasMessageContaining(Flow.EXPENDITURE.toString()).hasMessageContaining(Flow.REVENUE.toString());
        // A column may repeat what the base says.
        TableTemplate.Column same = new TableTemplate.Column("支出", EXPENDITURE);
        assertThat(TableTemplate.of("ok", TableKind.OTHER, "t", EXPENDITURE, List.of(same)).columns()).hasSize(1);
    }

    @Test
    void rejectsABlankIdAndNoColumns() {
        assertThatThrownBy(() -> TableTemplate.of(" ", TableKind.OTHER, "t", EXPENDITURE, List.of(TOTAL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableTemplate.of("t", TableKind.OTHER, "t", EXPENDITURE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableTemplate.of("t", TableKind.OTHER, "t", EXPENDITURE, Arrays.asList(TOTAL, null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aColumnNeedsALabel() {
        assertThatThrownBy(() -> new TableTemplate.Column("  ", Coordinates.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        TableTemplate.Column c = new TableTemplate.Column("政府预算拨款/一般公共预算拨款",
                Coordinates.empty().with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET));
        assertThat(c.label()).isEqualTo("政府预算拨款/一般公共预算拨款");
    }

    @Test
    void templatesAreListedWithUniqueIdsAndFoundById() {
        List<TableTemplate> all = Templates.all();
        // 12 Shenzhen tables, 9 + 9 Shanghai budget and final-account tables, Jiangsu 公开01–12.
        assertThat(all).hasSize(42);
        assertThat(new HashSet<>(all.stream().map(TableTemplate::id).toList())).hasSize(all.size());
        for (String family : List.of("shenzhen/", "shanghai/", "shanghai-final/", "jiangsu/")) {
            List<TableTemplate> members = all.stream().filter(t -> t.id().startsWith(family)).toList();
            // Within one family every template shows a different kind of table.
            assertThat(new HashSet<>(members.stream().map(TableTemplate::kind).toList())).hasSize(members.size());
        }
        assertThat(all.stream().filter(t -> t.id().startsWith("shenzhen/"))).hasSize(12);
        for (TableTemplate t : all) {
            assertThat(Templates.byId(t.id())).containsSame(t);
            assertThat(t.id()).matches("(shenzhen|shanghai|shanghai-final|jiangsu)/[a-z-]+");
            for (TableTemplate.Column c : t.columns()) {
                // Every cell of the template has consistent coordinates.
                assertThat(t.base().merge(c.coordinates()).matches(t.base())).isTrue();
            }
        }
        assertThat(Templates.byId("shenzhen/none")).isEmpty();
        assertThatThrownBy(() -> Templates.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theShenzhenTemplatesPlaceTheirColumnsAsDocumented() {
        TableTemplate basic = Templates.SHENZHEN_BASIC_EXPENDITURE;
        assertThat(basic.column(2).label()).isEqualTo("政府预算拨款/一般公共预算拨款");
        assertThat(basic.column(2).coordinates())
                .isEqualTo(Coordinates.parse("{fund_source=GENERAL_PUBLIC_BUDGET}"));
        assertThat(basic.base()).isEqualTo(Coordinates.parse("{flow=EXPENDITURE, nature=BASIC}"));
        assertThat(Templates.byId("shenzhen/basic-expenditure")).containsSame(basic);
        // 表9: the columns are the items of "三公"经费, the rows are the years.
        assertThat(Templates.SHENZHEN_THREE_PUBLIC.columns()).extracting(c -> c.coordinates().toString())
                .containsExactly("{item=THREE_PUBLIC}", "{item=OVERSEAS_TRAVEL}", "{item=OFFICIAL_RECEPTION}",
                        "{item=OFFICIAL_VEHICLES}", "{item=VEHICLE_PURCHASE}", "{item=VEHICLE_OPERATION}");
        assertThat(Templates.SHENZHEN_THREE_PUBLIC.base().has(Dimension.YEAR)).isFalse();
        // 表6: its expenditure column is of appropriations in total (this year's and carried over).
        assertThat(Templates.SHENZHEN_APPROPRIATION_SUMMARY.column(1).coordinates())
                .isEqualTo(Coordinates.parse("{fund_source=APPROPRIATIONS_TOTAL}"));
        assertThat(Templates.SHENZHEN_PERFORMANCE_TARGETS.column("预算金额/其中：其他资金").orElseThrow()
                .coordinates()).isEqualTo(Coordinates.parse("{fund_source=OTHER_FUNDS}"));
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(Coordinates.class, Coordinates.empty());
        tester.setDefault(List.class, List.of(TOTAL));
        tester.testAllPublicStaticMethods(TableTemplate.class);
        tester.testAllPublicInstanceMethods(Templates.SHENZHEN_EXPENDITURE_SUMMARY);
        tester.testAllPublicConstructors(TableTemplate.Column.class);
        tester.testAllPublicStaticMethods(Templates.class);
    }
}
