package org.budgetkit.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The value generators produce valid values within their documented bounds. */
class GeneratorsTest {
    private static final long QT_SEED = 7L;

    private static QuickTheory theory(int examples) {
        return qt().withFixedSeed(QT_SEED).withExamples(examples);
    }

    @Test
    void amountsAreValidAndWithinTheirBounds() {
        theory(500).forAll(Generators.amounts()).checkAssert(a -> {
            assertThat(a.isNil()).isFalse();
            assertThat(Amount.parse(a.toString())).isEqualTo(a);
            if (a.precision().isExact()) {
                assertThat(a.value().abs()).isLessThanOrEqualTo(new BigDecimal("1E10"));
            } else {
                assertThat(a.precision().decimals()).isIn(-4, 0, 1, 2);
                assertThat(a.value().abs()).isLessThanOrEqualTo(
                        a.precision().resolution().multiply(new BigDecimal("1E12")));
            }
        });
    }

    @Test
    void amountsCoverUnitsSignsAndPrecisions() {
        Set<AmountUnit> units = EnumSet.noneOf(AmountUnit.class);
        Set<String> precisions = new HashSet<>();
        Set<Integer> signs = new HashSet<>();
        theory(500).forAll(Generators.amounts()).checkAssert(a -> {
            units.add(a.unit());
            precisions.add(a.precision().toString());
            signs.add(a.signum());
        });
        assertThat(units).containsExactlyInAnyOrder(AmountUnit.values());
        assertThat(precisions).contains("0", "1", "2", "-4", "INF");
        assertThat(signs).contains(-1, 1);
    }

    @Test
    void amountsInOneUnitAndPrecisionStayInRange() {
        theory(300)
                .forAll(Generators.amounts(AmountUnit.TEN_THOUSAND_YUAN, 2, 1_000_000)).checkAssert(a -> {
                    assertThat(a.unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
                    assertThat(a.precision().decimals()).isEqualTo(2);
                    assertThat(a.value()).isBetween(BigDecimal.ZERO, new BigDecimal("10000.00"));
                });
        assertThatThrownBy(() -> Generators.amounts(AmountUnit.YUAN, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generators.amounts(AmountUnit.YUAN, 31, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesHaveTheirScaleAndBound() {
        theory(300).forAll(Generators.values(6, 5_000_000_000L)).checkAssert(v -> {
            assertThat(v.scale()).isEqualTo(6);
            assertThat(v.abs()).isLessThanOrEqualTo(new BigDecimal("5000.000000"));
        });
        assertThatThrownBy(() -> Generators.values(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesHaveOfficialNames() {
        theory(200).forAll(Generators.functionCodes())
                .checkAssert(c -> assertThat(Classification.bundledFunctions().entries(c)).isNotEmpty());
        theory(200).forAll(Generators.economicCodes())
                .checkAssert(c -> assertThat(Classification.bundledEconomic().entries(c)).isNotEmpty());
        for (int year : DocumentShape.YEARS) {
            theory(50).forAll(Generators.functionCodes(year)).checkAssert(
                    c -> assertThat(Classification.bundledFunctions().edition(year).name(c)).isPresent());
            theory(50).forAll(Generators.economicCodes(year)).checkAssert(
                    c -> assertThat(Classification.bundledEconomic().edition(year).name(c)).isPresent());
        }
        assertThatThrownBy(() -> Generators.functionCodes(2200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coordinatesAlwaysHaveTheRequiredDimensionsAndSometimesTheOthers() {
        Set<Dimension<?>> seenSet = new HashSet<>();
        Set<Dimension<?>> seenUnset = new HashSet<>();
        theory(300).forAll(Generators.coordinates()).checkAssert(c -> {
            assertThat(c.has(Dimension.UNIT) && c.has(Dimension.FLOW) && c.has(Dimension.YEAR)).isTrue();
            assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
            for (Dimension<?> d : Dimension.all()) {
                (c.has(d) ? seenSet : seenUnset).add(d);
            }
        });
        assertThat(seenSet).contains(Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.FUND_SOURCE,
                Dimension.NATURE, Dimension.ITEM, Dimension.MEASURE);
        assertThat(seenUnset).contains(Dimension.FUNCTION, Dimension.ECONOMIC, Dimension.FUND_SOURCE,
                Dimension.NATURE, Dimension.ITEM, Dimension.MEASURE);
    }

    @Test
    void factsJoinADocument() {
        theory(200).forAll(Generators.facts()).checkAssert(f -> {
            assertThat(f.provenance().table()).matches("表([1-9]|1[0-2])");
            assertThat(f.provenance().line()).isBetween(1, 2000);
            Document d = Document.builder(Generators.DEPARTMENT, f.coordinates().get(Dimension.YEAR).orElseThrow(),
                    org.budgetkit.model.dimension.Phase.BUDGET).fact(f).build();
            assertThat(d.facts().asList()).containsExactly(f);
        });
    }

    @Test
    void shapesStayInTheirRanges() {
        theory(200).forAll(Generators.shapes()).checkAssert(s -> {
            assertThat(s.units()).isBetween(1, 3);
            assertThat(s.year()).isIn(DocumentShape.YEARS.toArray());
            assertThat(s.functionItems()).isBetween(1, 12);
            assertThat(s.economicSections()).isBetween(1, 4);
            assertThat(s.decimals()).isIn(0, 2);
        });
    }
}
