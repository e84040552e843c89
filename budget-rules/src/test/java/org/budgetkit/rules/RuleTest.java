package org.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTest {
    @Test
    void idsAreUniqueStableAndDescribedInBothLanguages() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rule.values()) {
            assertThat(ids.add(r.id())).isTrue();
            assertThat(r.id()).matches("[a-z]+(\\.[a-z-]+)?");
            assertThat(Rule.ofId(r.id())).isSameAs(r);
            assertThat(r.description(Locale.ENGLISH)).isNotBlank().doesNotContain("\n");
            assertThat(r.description(Locale.CHINESE)).isNotBlank().doesNotContain("\n")
                    .isNotEqualTo(r.description(Locale.ENGLISH));
            assertThat(r.toString()).isEqualTo(r.id());
        }
        assertThat(Rule.ofId("sum.function")).isEqualTo(Rule.SUM_FUNCTION);
        assertThat(Rule.ofId("identity.balance").description(Locale.CHINESE)).contains("收入总计 = 支出总计");
    }

    @Test
    void unknownIdIsRejected() {
        assertThatThrownBy(() -> Rule.ofId("sum.nothing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rule.ofId(null)).isInstanceOf(NullPointerException.class);
    }
}
