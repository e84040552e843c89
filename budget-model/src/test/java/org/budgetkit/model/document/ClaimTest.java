package org.budgetkit.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetkit.model.document.TableTest.Y2023;
import static org.budgetkit.model.document.TableTest.wan;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.Percentage;
import org.junit.jupiter.api.Test;

class ClaimTest {
    private static final FiscalYear Y2022 = FiscalYear.of(2022);
    private static final Coordinates REVENUE = Coordinates.parse("{unit=部门 深圳市坪山区信访局, flow=REVENUE, year=2023}");

    private static Claim.Builder builder(Claim.Kind kind) {
        return Claim.builder(kind, "部门预算收入", Y2023);
    }

    @Test
    void aChangeClaimHoldsWhatTheSentenceSays() {
        // 2023年部门预算收入1,877万元，比2022年增加463万元，增长33%
        Claim c = builder(Claim.Kind.CHANGE).coordinates(REVENUE).amount(wan("1,877"))
                .change(Y2022, Claim.Direction.INCREASE, wan("463"), Percentage.parse("33%"))
                .source("2023年部门预算收入1,877万元，比2022年增加463万元，增长33%", 150).build();
        assertThat(c.kind()).isEqualTo(Claim.Kind.CHANGE);
        assertThat(c.subject()).isEqualTo("部门预算收入");
        assertThat(c.coordinates()).isEqualTo(REVENUE);
        assertThat(c.year()).isEqualTo(Y2023);
        assertThat(c.comparisonYear()).contains(Y2022);
        assertThat(c.amount()).contains(wan("1,877"));
        assertThat(c.change()).contains(wan("463"));
        assertThat(c.signedChange()).contains(wan("463"));
        assertThat(c.direction()).contains(Claim.Direction.INCREASE);
        assertThat(c.percent()).contains(Percentage.parse("33%"));
        assertThat(c.count()).isEmpty();
        assertThat(c.countUnit()).isEmpty();
        assertThat(c.whole()).isEmpty();
        assertThat(c.parts()).isEmpty();
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.sentence()).startsWith("2023年部门预算收入");
        assertThat(c.line()).isEqualTo(150);
        assertThat(c.toString()).isEqualTo("部门预算收入 2023: 1,877 万元 (±0.5), 比2022年增加 463 万元 (±0.5), 33% (line 150)");
    }

    @Test
    void aDecreaseIsSignedNegative() {
        // 较2022年预算减少131万元，下降23%
        Claim c = builder(Claim.Kind.CHANGE).change(Y2022, Claim.Direction.DECREASE, wan("131"), Percentage.parse("23%"))
                .build();
        assertThat(c.change()).contains(wan("131"));
        assertThat(c.signedChange()).contains(wan("-131"));
        assertThat(c.signedChange().orElseThrow().isNegative()).isTrue();
        assertThat(c.amount()).isEmpty();
        assertThat(c.toString()).isEqualTo("部门预算收入 2023: 比2022年减少 131 万元 (±0.5), 23%");
    }

    @Test
    void aFlatOrUnsizedChangeHasNoOrAnUnsignedSignedChange() {
        Claim flat = builder(Claim.Kind.CHANGE).change(Y2022, Claim.Direction.FLAT, null, null).build();
        assertThat(flat.change()).isEmpty();
        assertThat(flat.signedChange()).isEmpty();
        assertThat(flat.percent()).isEmpty();
        assertThat(flat.direction()).contains(Claim.Direction.FLAT);
        assertThat(flat.toString()).isEqualTo("部门预算收入 2023: 比2022年持平");
        Claim percentOnly = builder(Claim.Kind.CHANGE).change(Y2022, Claim.Direction.INCREASE, null,
                Percentage.parse("474%")).build();
        assertThat(percentOnly.signedChange()).isEmpty();
        assertThat(percentOnly.percent()).contains(Percentage.parse("474%"));
        Claim zero = builder(Claim.Kind.CHANGE).change(Y2022, Claim.Direction.FLAT, wan("0"), null).build();
        assertThat(zero.signedChange()).contains(wan("0"));
    }

    @Test
    void theSizeOfAChangeIsPrintedWithoutSign() {
        assertThatThrownBy(() -> builder(Claim.Kind.CHANGE)
                .change(Y2022, Claim.Direction.DECREASE, wan("-131"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-131");
        assertThatThrownBy(() -> builder(Claim.Kind.CHANGE)
                .change(Y2022, Claim.Direction.DECREASE, wan("131"), Percentage.parse("-23%")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-23");
    }

    @Test
    void anAmountClaimNeedsAnAmountAndNoChangeOrCount() {
        Claim ok = Claim.builder(Claim.Kind.AMOUNT, "信访事务", Y2023).amount(wan("672")).build();
        assertThat(ok.amount()).contains(wan("672"));
        assertThat(ok.toString()).isEqualTo("信访事务 2023: 672 万元 (±0.5)");
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.AMOUNT, "信访事务", Y2023).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AMOUNT").hasMessageContaining("信访事务");
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.AMOUNT, "信访事务", Y2023).amount(wan("672"))
                .change(Y2022, Claim.Direction.INCREASE, wan("555"), null).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.AMOUNT, "信访事务", Y2023).amount(wan("672"))
                .count(BigDecimal.ONE, "个").build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangeClaimNeedsADirectionAndNoCount() {
        assertThatThrownBy(() -> builder(Claim.Kind.CHANGE).amount(wan("1,877")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHANGE");
        assertThatThrownBy(() -> builder(Claim.Kind.CHANGE).change(Y2022, Claim.Direction.FLAT, null, null)
                .count(BigDecimal.TEN, "人").build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShareClaimNeedsAWholeAndAPercent() {
        Claim share = Claim.builder(Claim.Kind.SHARE, "基本支出", Y2023).amount(wan("748")).share(REVENUE,
                Percentage.parse("39.85%")).build();
        assertThat(share.whole()).contains(REVENUE);
        assertThat(share.percent()).contains(Percentage.parse("39.85%"));
        assertThat(share.toString()).isEqualTo("基本支出 2023: 748 万元 (±0.5), 39.85%");
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.SHARE, "基本支出", Y2023).amount(wan("748")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SHARE");
        // A change after the share replaces the percent: no percent, no share.
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.SHARE, "基本支出", Y2023)
                .share(REVENUE, Percentage.parse("39.85%")).change(Y2022, Claim.Direction.FLAT, null, null).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCountClaimNeedsACountAndNoAmount() {
        Claim count = Claim.builder(Claim.Kind.COUNT, "行政编制总数", Y2023).count(new BigDecimal("8"), "人")
                .source("深圳市坪山区信访局行政编制总数 8 人", 40).build();
        assertThat(count.count()).contains(new BigDecimal("8"));
        assertThat(count.countUnit()).isEqualTo("人");
        assertThat(count.toString()).isEqualTo("行政编制总数 2023: 8 人 (line 40)");
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.COUNT, "行政编制总数", Y2023).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COUNT");
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.COUNT, "行政编制总数", Y2023).count(BigDecimal.ONE, "人")
                .amount(wan("1")).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.COUNT, "x", Y2023).count(new BigDecimal("-1"), "人"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Claim.builder(Claim.Kind.COUNT, "x", Y2023).count(BigDecimal.ZERO, "").build().count())
                .contains(BigDecimal.ZERO);
    }

    @Test
    void theSubjectIsNotBlankAndTheLineNotNegative() {
        assertThatThrownBy(() -> Claim.builder(Claim.Kind.AMOUNT, "  ", Y2023))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Claim.builder(Claim.Kind.AMOUNT, " 信访事务 ", Y2023).amount(wan("1")).build().subject())
                .isEqualTo("信访事务");
        assertThatThrownBy(() -> builder(Claim.Kind.AMOUNT).source("s", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partsNestAndCount() {
        Claim wages = Claim.builder(Claim.Kind.AMOUNT, "工资福利支出", Y2023).amount(wan("600")).build();
        Claim personnel = Claim.builder(Claim.Kind.AMOUNT, "人员支出", Y2023).amount(wan("704")).part(wages).build();
        Claim publicUse = Claim.builder(Claim.Kind.AMOUNT, "公用支出", Y2023).amount(wan("44")).build();
        Claim basic = Claim.builder(Claim.Kind.AMOUNT, "基本支出", Y2023).amount(wan("748")).part(personnel)
                .part(publicUse).build();
        assertThat(basic.parts()).containsExactly(personnel, publicUse);
        assertThat(basic.size()).isEqualTo(4);
        assertThat(basic.toString()).isEqualTo("基本支出 2023: 748 万元 (±0.5) [2 parts]");
        assertThatThrownBy(() -> basic.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityIsOverEverything() {
        new EqualsTester()
                .addEqualityGroup(builder(Claim.Kind.AMOUNT).amount(wan("1,877")).build(),
                        builder(Claim.Kind.AMOUNT).amount(wan("1,877")).build())
                .addEqualityGroup(builder(Claim.Kind.AMOUNT).amount(wan("1,878")).build())
                .addEqualityGroup(builder(Claim.Kind.AMOUNT).amount(Amount.of(new BigDecimal("1877.00"),
                        wan("1").unit(), 2)).build())
                .addEqualityGroup(builder(Claim.Kind.AMOUNT).amount(wan("1,877")).coordinates(REVENUE).build())
                .addEqualityGroup(builder(Claim.Kind.AMOUNT).amount(wan("1,877")).source("s", 1).build())
                .addEqualityGroup(builder(Claim.Kind.CHANGE).amount(wan("1,877"))
                        .change(Y2022, Claim.Direction.INCREASE, wan("463"), null).build())
                .addEqualityGroup(builder(Claim.Kind.CHANGE).amount(wan("1,877"))
                        .change(Y2022, Claim.Direction.DECREASE, wan("463"), null).build())
                .testEquals();
    }

    @Test
    void rejectsNulls() throws NoSuchMethodException {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(FiscalYear.class, Y2023);
        tester.setDefault(Amount.class, wan("1"));
        tester.setDefault(Coordinates.class, REVENUE);
        tester.setDefault(Percentage.class, Percentage.parse("1%"));
        tester.setDefault(Claim.class, builder(Claim.Kind.AMOUNT).amount(wan("1")).build());
        // change(from, way, size, percentage): size and percentage are documented as nullable.
        tester.ignore(Claim.Builder.class.getMethod("change", FiscalYear.class, Claim.Direction.class, Amount.class,
                Percentage.class));
        tester.testAllPublicStaticMethods(Claim.class);
        tester.testAllPublicInstanceMethods(builder(Claim.Kind.CHANGE));
        tester.testAllPublicInstanceMethods(builder(Claim.Kind.AMOUNT).amount(wan("1")).build());
        assertThatThrownBy(() -> builder(Claim.Kind.CHANGE).change(null, Claim.Direction.FLAT, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder(Claim.Kind.CHANGE).change(Y2022, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
