package org.budgetkit.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationEdition;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableKind;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.FactTree;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;
import org.junit.jupiter.api.Test;

/** The seed document's metadata, its bundled text, and its function tree with official names. */
class PingshanPetitionBureau2023DocumentTest {
    private static final Document DOC = PingshanPetitionBureau2023.document();
    private static final String NAME = "深圳市坪山区信访局";

    @Test
    void theBundledTextIsThePublishedSeedByteForByte() throws IOException, NoSuchAlgorithmException {
        byte[] bytes;
        try (InputStream in = PingshanPetitionBureau2023.openText()) {
            bytes = in.readAllBytes();
        }
        // SHA-256 of shared/seeds/000_d2f916a522492f5d.txt, the published text.
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo("46dcee070e46666b599c74711f6fd007975a3d8d65214da399f05eb473a86b3d");
        assertThat(PingshanPetitionBureau2023.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(SeedText.lines()).hasSize(1279 + 1); // 1,279 lines, each ending in LF
    }

    @Test
    void metadataIsThatOfTheText() {
        // 部门名称： 深圳市坪山区信访局 单位：万元 (line 427); 2023 年预算数; 本部门预算为汇总预算 (43).
        assertThat(SeedText.line(427)).isEqualTo("部门名称： " + NAME + " 单位：万元");
        assertThat(DOC.department()).isEqualTo(BudgetUnit.department(NAME));
        assertThat(DOC.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(DOC.phase()).isEqualTo(Phase.BUDGET);
        assertThat(DOC.unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        // 受四舍五入影响 (line 487): rounded half, not truncated.
        assertThat(SeedText.line(487)).contains("四舍五入");
        assertThat(DOC.convention()).isEqualTo(RoundingConvention.HALF);
        assertThat(DOC.source()).isEqualTo("shenzhen-pingshan-petition-bureau-2023-budget.txt")
                .isEqualTo(PingshanPetitionBureau2023.SOURCE);
        // 包括深圳市坪山区信访局本级、下属深圳市坪山区来访接待中心，共 2家基层单位 (lines 31–33).
        assertThat(DOC.units()).containsExactly(BudgetUnit.unit(NAME, NAME),
                BudgetUnit.unit(NAME, "深圳市坪山区来访接待中心"));
        assertThat(DOC.units()).allSatisfy(u -> assertThat(u.parent()).contains(DOC.department()));
        assertThat(SeedText.joined(31, 33)).contains("深圳市坪山区信访局本级、下属深圳市坪山区来访接待中心，共2家基层单位");
    }

    @Test
    void everyTableUsesItsShenzhenTemplateAndPrintsInTenThousandYuan() {
        String[] templates = {"budget-summary", "revenue-summary", "expenditure-summary", "basic-expenditure",
            "project-expenditure", "appropriation-summary", "general-budget-by-function",
            "general-budget-by-economic", "three-public", "government-fund", "state-capital",
            "performance-targets"};
        for (int i = 0; i < templates.length; i++) {
            Table t = DOC.tables().get(i);
            assertThat(t.template()).as(t.number()).isEqualTo("shenzhen/" + templates[i]);
            assertThat(t.kind()).isEqualTo(Templates.byId(t.template()).orElseThrow().kind());
            assertThat(t.unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
            // Every table prints 单位：万元 on its heading: line 427 for 表1, 1184 for 表12.
            assertThat(SeedText.joined(t.line(), t.line() + 6)).as(t.number()).contains("单位：万元");
        }
        assertThat(DOC.table("表3").orElseThrow().kind()).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
    }

    @Test
    void theFunctionTreeRendersTable7sSeventeenRowsWithThe2023Names() {
        // 表7 lines 989–1031, the 本级 unit's 支出总计 column; names as printed there.
        String expected = """
                合计 1,877 万元
                  201 一般公共服务支出 1,592 万元
                    20103 政府办公厅（室）及相关机构事务 1,592 万元
                      2010301 行政运行 471 万元
                      2010302 一般行政管理事务 449 万元
                      2010308 信访事务 672 万元
                  208 社会保障和就业支出 79 万元
                    20805 行政事业单位养老支出 79 万元
                      2080505 机关事业单位基本养老保险缴费支出 53 万元
                      2080506 机关事业单位职业年金缴费支出 26 万元
                  210 卫生健康支出 18 万元
                    21011 行政事业单位医疗 18 万元
                      2101101 行政单位医疗 18 万元
                  221 住房保障支出 187 万元
                    22102 住房改革支出 187 万元
                      2210201 住房公积金 59 万元
                      2210203 购房补贴 128 万元
                """;
        FactTree<FunctionCode> tree = PingshanPetitionBureau2023.functionTree();
        assertThat(tree.toString()).isEqualTo(expected);
        assertThat(tree.toString().lines()).hasSize(17);
        assertThat(tree.dimension()).isEqualTo(Dimension.FUNCTION);
        assertThat(tree.root().fact().orElseThrow().provenance().line()).isEqualTo(989);
    }

    @Test
    void everyPrintedClassificationNameIsThe2023EditionsName() {
        ClassificationEdition<FunctionCode> functions = Classification.bundledFunctions().edition(2023);
        ClassificationEdition<EconomicCode> economic = Classification.bundledEconomic().edition(2023);
        int checked = 0;
        for (Table t : DOC.tables()) {
            for (Table.Row row : t.rows()) {
                Optional<FunctionCode> f = row.coordinates().get(Dimension.FUNCTION);
                Optional<EconomicCode> e = row.coordinates().get(Dimension.ECONOMIC);
                // 表1/表6 number their 类 (一、…): the name follows the list marker.
                String label = row.label().replaceFirst("^[一二三四五六七八九十]+、", "");
                if (f.isPresent()) {
                    assertThat(functions.name(f.get())).as(t.number() + " " + row).contains(label);
                    checked++;
                }
                if (e.isPresent()) {
                    assertThat(economic.name(e.get())).as(t.number() + " " + row).contains(label);
                    checked++;
                }
                if (!row.code().isEmpty()) {
                    assertThat(f.map(Object::toString).or(() -> e.map(Object::toString))).as(row.toString())
                            .contains(row.code());
                    assertThat(SeedText.line(row.line())).startsWith(row.code() + " " + row.label() + " ");
                }
            }
        }
        // 表1 16 + 表3 16 + 表4 20 + 表5 3 + 表6 16 + 表7 16 + 表8 25 + 表12 3 rows with a code.
        assertThat(checked).isEqualTo(16 + 16 + 20 + 3 + 16 + 16 + 25 + 3);
    }
}
