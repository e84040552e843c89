package org.budgetkit.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PerformanceIndicatorTest {

    @Test
    void holdsTheIndicatorAsPrinted() {
        PerformanceIndicator p = new PerformanceIndicator("表12", "产出指标", "数量指标", "员额核定人数", "33 人", 1200);
        assertThat(p.table()).isEqualTo("表12");
        assertThat(p.level1()).isEqualTo("产出指标");
        assertThat(p.level2()).isEqualTo("数量指标");
        assertThat(p.name()).isEqualTo("员额核定人数");
        assertThat(p.target()).isEqualTo("33 人");
        assertThat(p.line()).isEqualTo(1200);
        // Levels and target may be empty where the table leaves them blank.
        assertThat(new PerformanceIndicator("", "", "", "x", "", 0).target()).isEmpty();
    }

    @Test
    void needsANameAndANonNegativeLine() {
        assertThatThrownBy(() -> new PerformanceIndicator("表12", "产出指标", "数量指标", " ", "33 人", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PerformanceIndicator("表12", "产出指标", "数量指标", "员额核定人数", "33 人", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsOverEveryComponent() {
        new EqualsTester()
                .addEqualityGroup(new PerformanceIndicator("表12", "a", "b", "c", "d", 1),
                        new PerformanceIndicator("表12", "a", "b", "c", "d", 1))
                .addEqualityGroup(new PerformanceIndicator("表12", "a", "b", "c", "d", 2))
                .addEqualityGroup(new PerformanceIndicator("表12", "a", "b", "c", "e", 1))
                .addEqualityGroup(new PerformanceIndicator("表11", "a", "b", "c", "d", 1))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        new NullPointerTester().testAllPublicConstructors(PerformanceIndicator.class);
    }
}
