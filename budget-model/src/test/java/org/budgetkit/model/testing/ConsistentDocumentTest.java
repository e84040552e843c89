package org.budgetkit.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationEdition;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.QuickTheory;

/**
 * The consistent-document generator keeps its promises: exact documents add up exactly,
 * rounded figures are within their rounding of the truth (half a unit for the half modes), no
 * summation of a rounded document is inconsistent under interval semantics, a perturbed figure
 * breaks one, names resolve, and generation is deterministic. Relations are found by
 * {@link SummationOracle}, truths re-summed by {@link ConsistentDocument#truth(org.budgetkit.model.fact.Coordinates)}
 * — both independent of the table writer.
 */
class ConsistentDocumentTest {
    private static final long QT_SEED = 20230101L;
    private static final List<String> TABLES = List.of("表1", "表2", "表3", "表4", "表7", "表8", "表9");

    /** A fixed-seed theory; shrinking is capped because every shrink step regenerates a document. */
    private static QuickTheory theory(int examples) {
        return qt().withFixedSeed(QT_SEED).withExamples(examples).withShrinkCycles(30);
    }

    @Test
    void exactDocumentsAddUpExactlyAlongEveryHierarchy() {
        theory(40).forAll(Generators.consistentDocuments()).checkAssert(d -> {
            Document exact = d.exact();
            List<SummationOracle.Link> links = SummationOracle.links(exact);
            assertThat(links).isNotEmpty();
            for (SummationOracle.Link l : links) {
                assertThat(SummationOracle.holdsExactly(l)).as("%s in %s", l, d).isTrue();
            }
            assertThat(exact.facts()).allSatisfy(f -> assertThat(f.amount().precision().isExact()).isTrue());
            // Every printed figure takes part in a sum of its own table: a moved one is caught.
            Set<Fact> summed = new HashSet<>();
            links.stream().filter(l -> l.kind() == SummationOracle.Kind.SUM).forEach(l -> {
                summed.add(l.whole());
                summed.addAll(l.items());
            });
            assertThat(exact.facts().asList()).as(d.toString()).allMatch(summed::contains);
        });
    }

    @Test
    void everyRelationKindAppearsInAThreeUnitDocument() {
        ConsistentDocument d = ConsistentDocument.of(new DocumentShape(3, 2024, 8, 3, 0), RoundingMode.HALF_UP, 5);
        List<SummationOracle.Link> links = SummationOracle.links(d.exact());
        assertThat(links).extracting(SummationOracle.Link::kind).contains(SummationOracle.Kind.values());
        // The department's row is the sum of its three units' rows, in every unit-broken table.
        assertThat(links).filteredOn(l -> l.kind() == SummationOracle.Kind.SUM && l.items().size() == 3
                && l.items().stream().allMatch(f -> f.coordinates().get(Dimension.UNIT).orElseThrow().parent()
                        .isPresent())).extracting(SummationOracle.Link::table)
                .contains("表2", "表3", "表4", "表7", "表8");
    }

    @Test
    void theTruthOfEveryFigureIsTheSumOfTheCellsItCovers() {
        theory(8).forAll(Generators.consistentDocuments()).checkAssert(d -> {
            List<Fact> facts = d.rounded().facts().asList();
            for (int i = 0; i < facts.size(); i++) {
                assertThat(d.truth(facts.get(i).coordinates())).as("%s", facts.get(i))
                        .isEqualByComparingTo(d.truth(i));
                assertThat(d.exact().facts().asList().get(i).amount().value()).isEqualByComparingTo(d.truth(i));
            }
            assertThat(d.truths()).hasSize(facts.size());
            assertThat(d.cells()).allSatisfy(c -> {
                assertThat(c.amount().signum()).isNotNegative();
                assertThat(c.amount().unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
            });
        });
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = {"HALF_UP", "HALF_EVEN", "HALF_DOWN"})
    void roundedFiguresAreWithinHalfAUnitOfTheTruth(RoundingMode mode) {
        theory(25).forAll(Generators.consistentDocuments(mode)).checkAssert(d -> {
            assertThat(d.convention()).isEqualTo(RoundingConvention.HALF);
            List<Fact> facts = d.rounded().facts().asList();
            for (int i = 0; i < facts.size(); i++) {
                Amount printed = facts.get(i).amount();
                BigDecimal half = printed.precision().resolution().divide(BigDecimal.valueOf(2));
                BigDecimal error = printed.value().subtract(d.truth(i)).abs();
                assertThat(error).as("%s, truth %s", facts.get(i), d.truth(i)).isLessThanOrEqualTo(half);
                // The mode decides ties: the plain BigDecimal rounding of the truth is the figure.
                assertThat(printed.value()).isEqualByComparingTo(
                        d.truth(i).setScale(printed.precision().decimals(), mode));
            }
        });
    }

    @Test
    void truncatedFiguresAreBelowTheTruthByLessThanAUnit() {
        theory(25).forAll(Generators.consistentDocuments(RoundingMode.DOWN))
                .checkAssert(d -> {
                    assertThat(d.convention()).isEqualTo(RoundingConvention.TRUNCATE);
                    List<Fact> facts = d.rounded().facts().asList();
                    for (int i = 0; i < facts.size(); i++) {
                        BigDecimal printed = facts.get(i).amount().value();
                        BigDecimal truth = d.truth(i);
                        BigDecimal r = facts.get(i).amount().precision().resolution();
                        // Toward zero: same sign (or zero), |printed| ≤ |truth| < |printed| + r.
                        assertThat(printed.signum() * truth.signum()).isNotNegative();
                        assertThat(printed.abs()).isLessThanOrEqualTo(truth.abs());
                        assertThat(truth.abs()).isLessThan(printed.abs().add(r));
                    }
                });
    }

    @Test
    void roundedDocumentsHaveNoInconsistentSummationUnderIntervals() {
        theory(30).forAll(Generators.consistentDocuments()).checkAssert(d -> {
            Document rounded = d.rounded();
            assertThat(rounded.convention()).isEqualTo(d.convention());
            List<Fact> facts = rounded.facts().asList();
            for (int i = 0; i < facts.size(); i++) {
                assertThat(facts.get(i).amount().interval(d.convention()).contains(d.truth(i)))
                        .as("%s holds %s", facts.get(i), d.truth(i)).isTrue();
            }
            for (SummationOracle.Link l : SummationOracle.links(rounded)) {
                assertThat(SummationOracle.holdsWithin(l, d.convention())).as("%s in %s", l, d).isTrue();
            }
        });
    }

    @Test
    void aPerturbedFigureBreaksASummationItTakesPartIn() {
        theory(60)
                .forAll(Generators.consistentDocuments(), org.quicktheories.generators.Generate.longRange(0, 1000))
                .checkAssert((d, seed) -> {
                    ConsistentDocument.Perturbation p = d.perturb(seed);
                    assertThat(p.delta().signum()).isPositive();
                    assertThat(p.document().facts().asList().get(p.index())).isEqualTo(p.perturbed());
                    assertThat(p.perturbed().coordinates()).isEqualTo(p.original().coordinates());
                    assertThat(p.perturbed().amount().precision()).isEqualTo(p.original().amount().precision());
                    List<SummationOracle.Link> broken = SummationOracle.links(p.document()).stream()
                            .filter(l -> l.kind() == SummationOracle.Kind.SUM && l.involves(p.perturbed()))
                            .filter(l -> !SummationOracle.holdsWithin(l, d.convention())).toList();
                    assertThat(broken).as("%s moved in %s", p.perturbed(), d).isNotEmpty();
                });
    }

    @Test
    void aPerturbationKeepsThePrecisionOfItsFigure() {
        ConsistentDocument d = ConsistentDocument.of(new DocumentShape(1, 2023, 3, 2, 0), RoundingMode.HALF_UP, 11);
        assertThat(d.perturb(0, BigDecimal.ZERO).document()).isEqualTo(d.rounded());
        ConsistentDocument.Perturbation p = d.perturb(1, new BigDecimal("-3"));
        assertThat(p.delta()).isEqualByComparingTo("-3");
        assertThat(p.document().facts().size()).isEqualTo(d.rounded().facts().size());
        // 表1 prints whole 万元: a move of 0.5 万元 cannot be printed there.
        assertThatThrownBy(() -> d.perturb(1, new BigDecimal("0.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.perturb(d.truths().size(), BigDecimal.ONE))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void namesResolveInTheEditionOfTheDocumentsYear() {
        theory(30).forAll(Generators.consistentDocuments()).checkAssert(d -> {
            int year = d.rounded().year().value();
            ClassificationEdition<FunctionCode> functions = Classification.bundledFunctions().edition(year);
            ClassificationEdition<EconomicCode> economic = Classification.bundledEconomic().edition(year);
            for (Table t : d.rounded().tables()) {
                for (Table.Row row : t.rows()) {
                    Optional<FunctionCode> f = row.coordinates().get(Dimension.FUNCTION);
                    Optional<EconomicCode> e = row.coordinates().get(Dimension.ECONOMIC);
                    f.ifPresent(c -> assertThat(functions.name(c)).as("%s %s", t.number(), c).contains(row.label()));
                    e.ifPresent(c -> assertThat(economic.name(c)).as("%s %s", t.number(), c).contains(row.label()));
                    f.ifPresent(c -> c.parent().ifPresent(p -> assertThat(functions.isKnown(p)).isTrue()));
                }
            }
            assertThat(d.cells()).allSatisfy(c -> {
                assertThat(c.coordinates().get(Dimension.FUNCTION).orElseThrow().level())
                        .isEqualTo(org.budgetkit.model.classification.Level.ITEM);
                assertThat(functions.isKnown(c.coordinates().get(Dimension.FUNCTION).orElseThrow())).isTrue();
                assertThat(economic.isKnown(c.coordinates().get(Dimension.ECONOMIC).orElseThrow())).isTrue();
            });
        });
    }

    @Test
    void documentsHaveTheirShapesTablesAndDecimals() {
        theory(30).forAll(Generators.consistentDocuments()).checkAssert(d -> {
            Document doc = d.rounded();
            assertThat(doc.units()).hasSize(d.shape().units());
            assertThat(doc.year().value()).isEqualTo(d.shape().year());
            assertThat(doc.phase()).isEqualTo(Phase.BUDGET);
            assertThat(doc.tables()).extracting(Table::number).containsExactlyElementsOf(TABLES);
            assertThat(doc.table("表9").orElseThrow().rows()).hasSize(3);
            for (Fact f : doc.facts()) {
                assertThat(f.amount().precision().decimals()).as(f.toString())
                        .isEqualTo(d.decimals(f.provenance().table()))
                        .isEqualTo(f.provenance().table().equals("表9") ? 2 : d.shape().decimals());
                assertThat(f.amount().unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
            }
            assertThat(d.exact().tables()).isEqualTo(doc.tables());
            // Functions per unit are capped by the shape (and the edition).
            long items = d.cells().stream().map(c -> c.coordinates().get(Dimension.UNIT).orElseThrow() + " "
                    + c.coordinates().get(Dimension.FUNCTION).orElseThrow()).distinct().count();
            assertThat(items).isLessThanOrEqualTo((long) d.shape().units() * d.shape().functionItems());
        });
    }

    @Test
    void equalArgumentsGiveEqualDocuments() {
        DocumentShape shape = new DocumentShape(2, 2017, 7, 3, 2);
        ConsistentDocument a = ConsistentDocument.of(shape, RoundingMode.HALF_EVEN, 99);
        ConsistentDocument b = ConsistentDocument.of(shape, RoundingMode.HALF_EVEN, 99);
        assertThat(a.rounded()).isEqualTo(b.rounded());
        assertThat(a.exact()).isEqualTo(b.exact());
        assertThat(a.cells()).isEqualTo(b.cells());
        assertThat(a.truths()).isEqualTo(b.truths());
        assertThat(ConsistentDocument.of(shape, RoundingMode.HALF_EVEN, 100).rounded()).isNotEqualTo(a.rounded());
        assertThat(Generators.seedSized(7).rounded()).isEqualTo(Generators.seedSized(7).rounded());
        assertThat(Generators.seedSized(7).truths()).isEqualTo(Generators.seedSized(7).truths());
    }

    @Test
    void seedSizedDocumentsAreAboutTheSeedsSize() {
        IntSummaryStatistics sizes = new IntSummaryStatistics();
        int ownSeed = 0;
        for (long s = 0; s < 100; s++) {
            ConsistentDocument d = Generators.seedSized(s);
            sizes.accept(d.rounded().facts().size());
            ownSeed += d.seed() == s ? 1 : 0;
        }
        // The seed has 705 figures.
        assertThat(sizes.getMin()).isGreaterThanOrEqualTo(Generators.SEED_SIZED_MIN_FIGURES).isGreaterThan(600);
        assertThat(sizes.getMax()).isLessThanOrEqualTo(Generators.SEED_SIZED_MAX_FIGURES).isLessThan(800);
        assertThat(sizes.getAverage()).isBetween(660.0, 740.0);
        // Most seeds are kept as they are; the others were redrawn.
        assertThat(ownSeed).isBetween(60, 99);
        ConsistentDocument d = Generators.seedSized(0);
        assertThat(d.shape()).isEqualTo(DocumentShape.SEED_SIZED);
        assertThat(d.mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(d.rounded().year().value()).isEqualTo(2023);
        assertThat(d.rounded().units()).hasSize(1);
        assertThat(ConsistentDocument.of(d.shape(), d.mode(), d.seed()).rounded()).isEqualTo(d.rounded());
    }

    @Test
    void tiesOccurSoTheModeMatters() {
        // Values at exact halves are generated often enough that half-up and half-even differ.
        int differing = 0;
        for (long s = 0; s < 20; s++) {
            List<BigDecimal> up = new ArrayList<>();
            ConsistentDocument.of(DocumentShape.SEED_SIZED, RoundingMode.HALF_UP, s).rounded().facts()
                    .forEach(f -> up.add(f.amount().value()));
            List<BigDecimal> even = new ArrayList<>();
            ConsistentDocument.of(DocumentShape.SEED_SIZED, RoundingMode.HALF_EVEN, s).rounded().facts()
                    .forEach(f -> even.add(f.amount().value()));
            differing += up.equals(even) ? 0 : 1;
        }
        assertThat(differing).isGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = {"UP", "CEILING", "FLOOR", "UNNECESSARY"})
    void modesNoConventionDescribesAreRejected(RoundingMode mode) {
        assertThatThrownBy(() -> ConsistentDocument.of(DocumentShape.SEED_SIZED, mode, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(mode.name());
        assertThatThrownBy(() -> Generators.consistentDocuments(mode)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shapesAreValidated() {
        assertThatThrownBy(() -> new DocumentShape(0, 2023, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentShape(4, 2023, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentShape(1, 2021, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021");
        assertThatThrownBy(() -> new DocumentShape(1, 2023, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentShape(1, 2023, 1, 9, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentShape(1, 2023, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generators.seedSized(1).decimals("表5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicApiRejectsNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(DocumentShape.class, DocumentShape.SEED_SIZED)
                .setDefault(RoundingMode.class, RoundingMode.HALF_UP);
        tester.testAllPublicStaticMethods(Generators.class);
        tester.testAllPublicStaticMethods(ConsistentDocument.class);
        tester.testAllPublicInstanceMethods(Generators.seedSized(3));
    }
}
