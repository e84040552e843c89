package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClassificationEditionTest {
    private static final ClassificationEdition<FunctionCode> F2023 = Classification.bundledFunctions().edition(2023);
    private static final ClassificationEdition<EconomicCode> E2023 = Classification.bundledEconomic().edition(2023);

    private static FunctionCode f(String digits) {
        return FunctionCode.parse(digits);
    }

    @Test
    void unknownReportsTheCodesNotInTheEditionInOrderWithoutRepeats() {
        List<FunctionCode> codes = List.of(f("2010301"), f("2999999"), f("201"), f("2130101"), f("2999999"),
                f("2010308"), f("20101"));
        // 20101 人大事务 is observed 2017–2019 only.
        assertThat(F2023.unknown(codes)).containsExactly(f("2999999"), f("2130101"), f("20101"));
        assertThat(F2023.unknown(List.of())).isEmpty();
        assertThat(E2023.unknown(List.of(EconomicCode.parse("30101"), EconomicCode.parse("50101"),
                EconomicCode.parse("39999")))).containsExactly(EconomicCode.parse("50101"), EconomicCode.parse("39999"));
    }

    @Test
    void structurallyValidCodesAreAcceptedButNotKnown() {
        FunctionCode unlisted = f("2999999");
        assertThat(F2023.isKnown(unlisted)).isFalse();
        assertThat(F2023.name(unlisted)).isEmpty();
        assertThat(F2023.describe(unlisted)).isEqualTo("2999999");
        assertThat(unlisted.parent()).contains(f("29999"));
        assertThat(F2023.children(Optional.of(f("29999")))).isEmpty();
    }

    @Test
    void childrenFollowTheTreeOfTheReferenceFile() {
        List<ObservedCodes.Row> rows = ObservedCodes.rows("function").stream().filter(r -> r.appliesTo(2023)).toList();
        List<Optional<FunctionCode>> parents = new ArrayList<>();
        parents.add(Optional.empty());
        rows.forEach(r -> parents.add(Optional.of(f(r.code()))));
        for (Optional<FunctionCode> parent : parents) {
            String prefix = parent.map(FunctionCode::digits).orElse("");
            int length = prefix.isEmpty() ? 3 : prefix.length() + 2;
            TreeSet<String> expected = new TreeSet<>();
            rows.stream().map(ObservedCodes.Row::code)
                    .filter(c -> c.length() == length && c.startsWith(prefix)).forEach(expected::add);
            assertThat(F2023.children(parent)).as("children of %s", parent).extracting(FunctionCode::digits)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(F2023.children(Optional.empty())).extracting(FunctionCode::digits)
                .containsExactly("201", "204", "208", "210", "221");
        assertThat(F2023.children(Optional.of(f("20103")))).extracting(FunctionCode::digits)
                .containsExactly("2010301", "2010302", "2010308", "2010399");
    }

    @Test
    void codesAreOrderedAndTheEditionIsImmutable() {
        assertThat(new ArrayList<>(F2023.codes())).isSorted();
        assertThatThrownBy(() -> F2023.codes().add(f("2999999"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> F2023.children(Optional.empty()).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(F2023.year()).isEqualTo(2023);
        assertThat(F2023.toString()).isEqualTo("ClassificationEdition[2023, " + F2023.codes().size() + " codes]");
    }

    @Test
    void describeGivesCodeAndName() {
        assertThat(F2023.describe(f("2010301"))).isEqualTo("2010301 行政运行");
        assertThat(E2023.describe(EconomicCode.parse("30108"))).isEqualTo("30108 机关事业单位基本养老保险缴费");
    }

    @Test
    void sameNameTwiceUnderOneParentIsAmbiguous() {
        Classification<FunctionCode> c = Classification.of("test", List.of(
                new Classification.Entry<>(f("2990101"), "某某事务", 2023, 2023),
                new Classification.Entry<>(f("2990102"), "某某事务", 2023, 2023),
                new Classification.Entry<>(f("2990103"), "某某事务管理", 2023, 2023)));
        ClassificationEdition<FunctionCode> e = c.edition(2023);
        assertThat(e.findByName(Optional.of(f("29901")), "某某事务")).isEmpty();
        assertThat(e.findByName(Optional.of(f("29901")), "某某事务管理")).contains(f("2990103"));
        assertThat(e.findAllByName("某某事务")).containsExactly(f("2990101"), f("2990102"));
    }
}
