package org.budgetkit.model.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetkit.model.fact.FactSetTest.FACTS;
import static org.budgetkit.model.fact.FactSetTest.T1_201;
import static org.budgetkit.model.fact.FactSetTest.T1_208;
import static org.budgetkit.model.fact.FactSetTest.T3_201;
import static org.budgetkit.model.fact.FactSetTest.T3_201_BASIC;
import static org.budgetkit.model.fact.FactSetTest.T3_201_PROJECT;
import static org.budgetkit.model.fact.FactSetTest.T3_TOTAL;
import static org.budgetkit.model.fact.FactSetTest.T9_2022;
import static org.budgetkit.model.fact.FactSetTest.T9_CHANGE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;

class FactQueryTest {
    private static final FunctionCode F201 = FunctionCode.parse("201");

    @Test
    void anySelectsEverything() {
        assertThat(FACTS).allMatch(FactQuery.any());
        assertThat(FactQuery.any().table()).isEmpty();
        assertThat(FactQuery.any().toString()).isEqualTo("FactQuery{}");
    }

    @Test
    void whereRequiresAValueAndLeavesOtherDimensionsFree() {
        assertThat(FACTS.select(FactQuery.any().where(Dimension.FUNCTION, F201)))
                .containsExactly(T1_201, T3_201, T3_201_BASIC, T3_201_PROJECT);
        assertThat(FACTS.select(FactQuery.any().where(Dimension.NATURE, Nature.BASIC))).containsExactly(T3_201_BASIC);
        assertThat(FACTS.select(FactQuery.any().where(Dimension.YEAR, FiscalYear.of(2022)))).containsExactly(T9_2022);
    }

    @Test
    void whereTotalRequiresTheDimensionToBeAbsent() {
        assertThat(FACTS.select(FactQuery.any().whereTotal(Dimension.FUNCTION)))
                .containsExactly(T3_TOTAL, T9_2022, T9_CHANGE);
        assertThat(FACTS.select(FactQuery.any().where(Dimension.FUNCTION, F201).whereTotal(Dimension.NATURE)))
                .containsExactly(T1_201, T3_201);
    }

    @Test
    void theDefaultMeasureMeansTheMeasureIsAbsent() {
        FactQuery amounts = FactQuery.any().where(Dimension.MEASURE, Measure.AMOUNT);
        assertThat(amounts).isEqualTo(FactQuery.any().whereTotal(Dimension.MEASURE));
        assertThat(FACTS.select(amounts)).hasSize(7).doesNotContain(T9_CHANGE);
        assertThat(FACTS.select(FactQuery.any().where(Dimension.MEASURE, Measure.CHANGE))).containsExactly(T9_CHANGE);
    }

    @Test
    void aLaterConstraintOnADimensionReplacesTheEarlierOne() {
        FactQuery q = FactQuery.any().where(Dimension.FUNCTION, F201).where(Dimension.FUNCTION, FunctionCode.parse("208"));
        assertThat(FACTS.select(q)).containsExactly(T1_208);
        assertThat(FactQuery.any().whereTotal(Dimension.NATURE).where(Dimension.NATURE, Nature.PROJECT))
                .isEqualTo(FactQuery.any().where(Dimension.NATURE, Nature.PROJECT));
    }

    @Test
    void inTableRestrictsToOneTable() {
        FactQuery q = FactQuery.any().where(Dimension.FUNCTION, F201).inTable("表3");
        assertThat(q.table()).contains("表3");
        assertThat(FACTS.select(q)).containsExactly(T3_201, T3_201_BASIC, T3_201_PROJECT);
        assertThat(FACTS.select(q.inTable("表1"))).containsExactly(T1_201);
        assertThat(FACTS.select(q.inTable("表2"))).isEmpty();
        // The constraints are kept when the table changes.
        assertThat(q.inTable("表1").where(Dimension.NATURE, Nature.BASIC).test(T3_201_BASIC)).isFalse();
    }

    @Test
    void matchingSelectsWhatCoordinatesMatch() {
        Coordinates pattern = Coordinates.parse("{function=201, nature=PROJECT}");
        assertThat(FactQuery.matching(pattern)).isEqualTo(FactQuery.any().where(Dimension.FUNCTION, F201)
                .where(Dimension.NATURE, Nature.PROJECT));
        assertThat(FACTS.select(FactQuery.matching(pattern))).containsExactly(T3_201_PROJECT);
        assertThat(FactQuery.matching(Coordinates.empty())).isEqualTo(FactQuery.any());
    }

    @Test
    void matchingAgreesWithCoordinatesMatches() {
        qt().withExamples(2_000).forAll(FactGenerators.smallCoordinates(), FactGenerators.smallCoordinates(),
                arbitrary().pick("表1", "表3")).checkAssert((where, pattern, table) -> {
                    Coordinates at = where.without(Dimension.UNIT).without(Dimension.FLOW).without(Dimension.YEAR)
                            .merge(Coordinates.parse("{unit=部门 局, flow=REVENUE, year=2021}"));
                    Fact f = Fact.of(Amount.parseFigure("1", AmountUnit.YUAN), at,
                            new Provenance("", table, "", "", 0, 0));
                    assertThat(FactQuery.matching(pattern).test(f)).isEqualTo(at.matches(pattern));
                    assertThat(FactQuery.matching(pattern).inTable("表1").test(f))
                            .isEqualTo(at.matches(pattern) && table.equals("表1"));
                });
    }

    @Test
    void equalityIsOverConstraintsAndTable() {
        new EqualsTester()
                .addEqualityGroup(FactQuery.any(), FactQuery.matching(Coordinates.empty()))
                .addEqualityGroup(FactQuery.any().where(Dimension.FUNCTION, F201),
                        FactQuery.matching(Coordinates.parse("{function=201}")))
                .addEqualityGroup(FactQuery.any().whereTotal(Dimension.FUNCTION))
                .addEqualityGroup(FactQuery.any().where(Dimension.FUNCTION, F201).inTable("表3"),
                        FactQuery.any().inTable("表3").where(Dimension.FUNCTION, F201))
                .addEqualityGroup(FactQuery.any().inTable("表3"))
                .testEquals();
    }

    @Test
    void toStringListsTheConstraints() {
        assertThat(FactQuery.any().where(Dimension.FUNCTION, F201).whereTotal(Dimension.NATURE).inTable("表3")
                .toString()).isEqualTo("FactQuery{function=201, nature=total, table=表3}");
        assertThat(FactQuery.any().inTable("表3").toString()).isEqualTo("FactQuery{table=表3}");
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(Dimension.class, Dimension.FUNCTION);
        tester.setDefault(Object.class, F201);
        tester.setDefault(Coordinates.class, Coordinates.empty());
        tester.testAllPublicStaticMethods(FactQuery.class);
        tester.testAllPublicInstanceMethods(FactQuery.any().where(Dimension.FUNCTION, F201));
    }
}
