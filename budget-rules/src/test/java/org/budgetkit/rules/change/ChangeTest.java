package org.budgetkit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Interval;
import org.budgetkit.model.money.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeTest {
    private static final FiscalYear Y2022 = FiscalYear.of(2022);

    private static Amount wan(String figure) {
        return Amount.parseFigure(figure, AmountUnit.TEN_THOUSAND_YUAN);
    }

    @ParameterizedTest(name = "{1} → {0}: {2} {3}, {4}")
    @CsvSource(delimiter = ';', value = {
        // The seed's claims: current; prior; direction; size; percent at 0 decimals half-up; at 2 decimals
        "1,877; 1,414; INCREASE; 463; 33; 32.74",
        "449; 580; DECREASE; 131; -23; -22.59",
        "672; 117; INCREASE; 555; 474; 474.36",
        "44; 41; INCREASE; 3; 7; 7.32",
        "6.1; 4.60; INCREASE; 1.50; 33; 32.61",
        "0; 0; FLAT; 0; ; ",
    })
    void seedChanges(String current, String prior, Direction direction, String size, String pct0, String pct2) {
        Change c = Change.between(wan(current), wan(prior));
        assertThat(c.direction()).isEqualTo(direction);
        assertThat(c.size().value()).isEqualByComparingTo(size);
        if (pct0 == null) {
            assertThat(c.percent(0, RoundingMode.HALF_UP)).isEmpty();
        } else {
            assertThat(c.percent(0, RoundingMode.HALF_UP)).contains(Percentage.of(new BigDecimal(pct0), 0));
            assertThat(c.percent(2, RoundingMode.HALF_UP)).contains(Percentage.of(new BigDecimal(pct2), 2));
        }
    }

    @Test
    void changeKeepsEveryDigitAcrossPrecisionsAndUnits() {
        Change c = Change.between(wan("6.1"), wan("4.63"));
        assertThat(c.amount()).isEqualTo(Amount.parse("1.47 万元 (±0.005)"));
        Change yuan = Change.between(wan("1,877"), Amount.parseFigure("14,140,000", AmountUnit.YUAN));
        assertThat(yuan.amount().value()).isEqualByComparingTo("463");
        assertThat(yuan.amount().unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        // The interval of true changes: [1876.5, 1877.5] − [1413.5, 1414.5] = [462, 464].
        assertThat(Change.between(wan("1,877"), wan("1,414")).interval())
                .isEqualTo(Interval.closed(new BigDecimal("462"), new BigDecimal("464")));
    }

    @Test
    void zeroPriorIsNewWithoutPercent() {
        Change c = Change.between(wan("8"), wan("0"));
        assertThat(c.isNew()).isTrue();
        assertThat(c.direction()).isEqualTo(Direction.INCREASE);
        assertThat(c.percent(0, RoundingMode.HALF_UP)).isEmpty();
        assertThat(c.phrase(Locale.CHINESE, Y2022)).isEqualTo("比2022年增加8万元（新增）");
        assertThat(c.phrase(Locale.ENGLISH, Y2022)).isEqualTo("up 8万元 (ten thousand yuan) on 2022 (new: nothing in 2022)");
        assertThat(Change.between(wan("8"), Amount.nil(AmountUnit.TEN_THOUSAND_YUAN)).isNew()).isTrue();
    }

    @Test
    void roundingModeIsExplicit() {
        Change c = Change.between(wan("449"), wan("580"));
        assertThat(c.percent(0, RoundingMode.DOWN)).contains(Percentage.of(new BigDecimal("-22"), 0));
        assertThat(c.percent(0, RoundingMode.FLOOR)).contains(Percentage.of(new BigDecimal("-23"), 0));
        assertThatThrownBy(() -> c.percent(0, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> c.percent(-1, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phrasesInTheDocumentsStyle() {
        assertThat(Change.between(wan("1,877"), wan("1,414")).phrase(Locale.CHINESE, Y2022))
                .isEqualTo("比2022年增加463万元，增长33%");
        assertThat(Change.between(wan("449"), wan("580")).phrase(Locale.CHINESE, Y2022))
                .isEqualTo("比2022年减少131万元，下降23%");
        assertThat(Change.between(wan("0"), wan("0")).phrase(Locale.CHINESE, Y2022)).isEqualTo("与2022年持平");
        assertThat(Change.between(wan("6.1"), wan("4.6")).phrase(Locale.CHINESE, Y2022, 1))
                .isEqualTo("比2022年增加1.5万元，增长32.6%");
        assertThat(Change.between(wan("449"), wan("580")).phrase(Locale.ENGLISH, Y2022))
                .isEqualTo("down 131万元 (ten thousand yuan), 23%, from 2022");
        assertThat(Change.between(wan("1"), wan("1")).phrase(Locale.ENGLISH, Y2022)).isEqualTo("unchanged from 2022");
    }

    @Test
    void contracts() {
        new NullPointerTester().setDefault(Amount.class, wan("1")).setDefault(FiscalYear.class, Y2022)
                .testAllPublicStaticMethods(Change.class);
        new NullPointerTester().setDefault(FiscalYear.class, Y2022)
                .testAllPublicInstanceMethods(Change.between(wan("2"), wan("1")));
        new EqualsTester()
                .addEqualityGroup(Change.between(wan("2"), wan("1")), Change.between(wan("2"), wan("1")))
                .addEqualityGroup(Change.between(wan("2.0"), wan("1")))
                .addEqualityGroup(Change.between(wan("1"), wan("2")))
                .testEquals();
        assertThat(Change.between(wan("1,877"), wan("1,414")).toString())
                .isEqualTo("1,414 万元 (±0.5) → 1,877 万元 (±0.5): 增加 463 万元");
    }
}
