package org.budgetkit.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.Verdict;
import org.budgetkit.rules.change.Change;
import org.budgetkit.rules.change.ClaimCheck;
import org.budgetkit.rules.change.ClaimChecker;
import org.budgetkit.rules.change.Judgement;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The sentence {@link Change#phrase} writes, read back by the extractor, is judged exact. */
class PhraseRoundTripTest {
    private static final String DEPT = "深圳市坪山区信访局";
    private static final FiscalYear Y2023 = FiscalYear.of(2023);
    private static final FiscalYear Y2022 = FiscalYear.of(2022);

    /** Amounts of 0 to 2 decimals from 0 to 9,999,999 units of their last digit; zero one time in ~6. */
    private static Gen<BigDecimal> values() {
        return SourceDSL.integers().between(0, 2).zip(SourceDSL.longs().between(-1_500_000, 9_999_999L),
                (d, n) -> BigDecimal.valueOf(Math.max(0, n), d));
    }

    @Test
    void generatedSentenceIsReadBackAndJudgedExact() {
        Gen<AmountUnit> units = SourceDSL.arbitrary().pick(List.of(AmountUnit.values()));
        qt().withExamples(400).forAll(units, values(), values(), SourceDSL.integers().between(0, 2))
                .checkAssert((unit, c, p, pd) -> {
                    Amount current = Amount.of(c, unit, Precision.decimals(c.scale()));
                    Amount prior = Amount.of(p, unit, Precision.decimals(p.scale()));
                    Change change = Change.between(current, prior);
                    String sentence = "2023年部门预算支出" + current.toShortString().replace(" ", "") + "，"
                            + change.phrase(Locale.CHINESE, Y2022, pd) + "。";
                    List<Claim> claims = NarrativeReader.of(DEPT, Y2023, Phase.BUDGET).read(List.of(sentence));
                    assertThat(claims).as(sentence).hasSize(1);
                    Claim claim = claims.get(0);
                    assertThat(claim.amount()).as(sentence).contains(current);
                    assertThat(claim.direction()).as(sentence).contains(change.direction());
                    assertThat(claim.comparisonYear()).contains(Y2022);
                    if (change.direction() == Direction.FLAT) {
                        assertThat(claim.change()).isEmpty();
                    } else {
                        assertThat(claim.signedChange()).as(sentence).contains(change.amount());
                    }
                    assertThat(claim.percent().map(Percentage::value)).as(sentence)
                            .isEqualTo(change.percent(pd, RoundingMode.HALF_UP).filter(x -> change.direction()
                                    != Direction.FLAT).map(x -> x.value().abs()));
                    // current − change = prior, exactly.
                    List<Amount> terms = new ArrayList<>(List.of(current));
                    claim.signedChange().ifPresent(s -> terms.add(s.negated()));
                    assertThat(Judgement.sum(prior, terms).verdict()).as(sentence).isEqualTo(Verdict.EXACT);
                    // The percent, as the checker judges it from the sentence alone, and from both years.
                    if (claim.percent().isPresent()) {
                        Percentage printed = claim.percent().get();
                        Percentage signed = change.direction() == Direction.DECREASE
                                ? Percentage.of(printed.value().negate(), printed.decimals()) : printed;
                        assertThat(Judgement.changePercent(signed, current, prior).verdict()).as(sentence)
                                .isEqualTo(Verdict.EXACT);
                    }
                    Document doc = Document.builder(DEPT, Y2023, Phase.BUDGET).claim(claim).build();
                    for (ClaimCheck check : ClaimChecker.check(doc)) {
                        assertThat(check.verdict().orElse(Verdict.EXACT)).as(sentence).isEqualTo(Verdict.EXACT);
                        assertThat(check.isCheckable()).isEqualTo(claim.percent().isPresent());
                    }
                });
    }
}
