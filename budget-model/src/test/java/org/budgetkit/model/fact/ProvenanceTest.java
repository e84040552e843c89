package org.budgetkit.model.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    private static final String SEED = "000_d2f916a522492f5d.txt";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "表1 | 一、一般公共服务支出 | 支出/2023年预算数 | 452 | 0 | 表1 “一、一般公共服务支出” × “支出/2023年预算数” (line 452)",
        "表1 | 一、一般公共服务支出 | 支出/2023年预算数 | 452 | 3 | 表1 “一、一般公共服务支出” × “支出/2023年预算数” (page 3, line 452)",
        "表1 | 一、一般公共服务支出 | 支出/2023年预算数 | 0   | 3 | 表1 “一、一般公共服务支出” × “支出/2023年预算数” (page 3)",
        "表1 | 一、一般公共服务支出 | 支出/2023年预算数 | 0   | 0 | 表1 “一、一般公共服务支出” × “支出/2023年预算数”",
        "表6 | ''                 | 收入/预算数        | 935 | 0 | 表6 × “收入/预算数” (line 935)",
        "表6 | 合计               | ''                | 0   | 0 | 表6 “合计”",
        "''  | 合计               | 总计               | 0   | 0 | “合计” × “总计”",
        "''  | ''                 | 总计               | 0   | 0 | × “总计”",
        "''  | ''                 | ''                | 12  | 0 | (line 12)",
        "''  | ''                 | ''                | 0   | 0 | ''"})
    void describeNamesWhatIsKnown(String table, String row, String column, int line, int page, String expected) {
        assertThat(new Provenance(SEED, table, row, column, line, page).describe()).isEqualTo(expected);
    }

    @Test
    void noneSaysNothing() {
        assertThat(Provenance.none()).isEqualTo(new Provenance("", "", "", "", 0, 0));
        assertThat(Provenance.none().describe()).isEmpty();
    }

    @Test
    void rejectsNegativePositionsAndMultiLineLabels() {
        assertThatThrownBy(() -> new Provenance(SEED, "表1", "r", "c", -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Provenance(SEED, "表1", "r", "c", 0, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
        assertThatThrownBy(() -> new Provenance(SEED, "表\n1", "r", "c", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Provenance(SEED, "表1", "一、\n一般公共服务支出", "c", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Provenance(SEED, "表1", "r", "支出/\n预算数", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsOverEveryComponent() {
        new EqualsTester()
                .addEqualityGroup(new Provenance(SEED, "表1", "r", "c", 1, 2), new Provenance(SEED, "表1", "r", "c", 1, 2))
                .addEqualityGroup(new Provenance("other", "表1", "r", "c", 1, 2))
                .addEqualityGroup(new Provenance(SEED, "表2", "r", "c", 1, 2))
                .addEqualityGroup(new Provenance(SEED, "表1", "r2", "c", 1, 2))
                .addEqualityGroup(new Provenance(SEED, "表1", "r", "c2", 1, 2))
                .addEqualityGroup(new Provenance(SEED, "表1", "r", "c", 3, 2))
                .addEqualityGroup(new Provenance(SEED, "表1", "r", "c", 1, 0))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        new NullPointerTester().testAllPublicConstructors(Provenance.class);
    }
}
