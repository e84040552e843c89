package org.budgetkit.model.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetkit.model.fact.FactSetTest.fact;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FundSource;
import org.junit.jupiter.api.Test;

class FactTreeTest {
    private static final Function<FunctionCode, String> NAMES = Classification.bundledFunctions().edition(2023)::describe;

    // The 支出总计 column of the seed's 表7, with some rows left out (20103, 208 and 20805 have no
    // fact here) and 201 printed again by another table.
    private static final Fact TOTAL = fact("表7", "2023", "1,877", 989);
    private static final Fact F201 = fact("表7", "2023, function=201", "1,592", 991);
    private static final Fact F2010301 = fact("表7", "2023, function=2010301", "471", 995);
    private static final Fact F2010308 = fact("表7", "2023, function=2010308", "672", 999);
    private static final Fact F2080505 = fact("表7", "2023, function=2080505", "53", 1005);
    private static final Fact F221 = fact("表7", "2023, function=221", "187", 1025);
    private static final Fact F201_AGAIN = fact("表1", "2023, function=201", "1,592", 452);
    private static final FactSet FACTS = FactSet.of(List.of(TOTAL, F201, F2010301, F2010308, F2080505, F221,
            F201_AGAIN));

    @Test
    void missingAncestorsAreShownWithoutAmount() {
        FactTree<FunctionCode> tree = FactTree.of(FACTS, Dimension.FUNCTION, NAMES);
        assertThat(tree.toString()).isEqualTo("""
                合计 1,877 万元
                  201 一般公共服务支出 1,592 万元
                    20103 政府办公厅（室）及相关机构事务
                      2010301 行政运行 471 万元
                      2010308 信访事务 672 万元
                  208 社会保障和就业支出
                    20805 行政事业单位养老支出
                      2080505 机关事业单位基本养老保险缴费支出 53 万元
                  221 住房保障支出 187 万元
                """);
    }

    @Test
    void nodesCarryValueLabelFactAndChildren() {
        FactTree<FunctionCode> tree = FactTree.of(FACTS, Dimension.FUNCTION, NAMES);
        assertThat(tree.dimension()).isSameAs(Dimension.FUNCTION);
        FactTree.Node<FunctionCode> root = tree.root();
        assertThat(root.value()).isEmpty();
        assertThat(root.label()).isEqualTo("合计");
        assertThat(root.fact()).contains(TOTAL);
        assertThat(root.amount()).contains(TOTAL.amount());
        assertThat(root.children()).extracting(n -> n.value().orElseThrow().digits()).containsExactly("201", "208", "221");

        FactTree.Node<FunctionCode> n201 = root.children().get(0);
        // Two facts on 201: the first is shown.
        assertThat(n201.fact()).contains(F201);
        assertThat(n201.label()).isEqualTo("201 一般公共服务支出");
        FactTree.Node<FunctionCode> n20103 = n201.children().get(0);
        assertThat(n20103.value()).contains(FunctionCode.parse("20103"));
        assertThat(n20103.fact()).isEmpty();
        assertThat(n20103.amount()).isEmpty();
        assertThat(n20103.children()).extracting(FactTree.Node::fact)
                .containsExactly(Optional.of(F2010301), Optional.of(F2010308));
        FactTree.Node<FunctionCode> n221 = root.children().get(2);
        assertThat(n221.children()).isEmpty();
        assertThatThrownBy(() -> root.children().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withoutATotalTheRootHasNoAmount() {
        FactTree<FunctionCode> tree = FactTree.of(FactSet.of(List.of(F2010301)), Dimension.FUNCTION,
                FunctionCode::digits);
        assertThat(tree.root().fact()).isEmpty();
        assertThat(tree.toString()).isEqualTo("合计\n  201\n    20103\n      2010301 471 万元\n");
        assertThat(FactTree.of(FactSet.empty(), Dimension.FUNCTION, FunctionCode::digits).toString())
                .isEqualTo("合计\n");
    }

    @Test
    void worksOnAnyHierarchicalDimension() {
        FactSet sources = FactSet.of(List.of(
                fact("表2", "2023, fund_source=BASIC_APPROPRIATION", "748", 400),
                fact("表2", "2023, fund_source=GENERAL_PUBLIC_BUDGET", "1,877", 400),
                fact("表2", "2023, fund_source=DUTY_PROJECT_APPROPRIATION", "1,129", 400)));
        FactTree<FundSource> tree = FactTree.of(sources, Dimension.FUND_SOURCE, FundSource::chineseName);
        assertThat(tree.toString()).isEqualTo("""
                合计
                  本年收入
                    政府预算拨款
                      一般公共预算拨款 1,877 万元
                        基本支出拨款 748 万元
                        履职类项目拨款 1,129 万元
                """);
    }

    @Test
    void rejectsDimensionsWithoutHierarchy() {
        for (Dimension<?> d : List.of(Dimension.YEAR, Dimension.PROJECT, Dimension.MEASURE)) {
            assertThatThrownBy(() -> tree(d)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(d.id());
        }
    }

    private static <V> FactTree<V> tree(Dimension<V> d) {
        return FactTree.of(FACTS, d, Object::toString);
    }

    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(FactSet.class, FACTS);
        tester.setDefault(Dimension.class, Dimension.FUNCTION);
        tester.testAllPublicStaticMethods(FactTree.class);
        tester.testAllPublicConstructors(FactTree.Node.class);
    }
}
