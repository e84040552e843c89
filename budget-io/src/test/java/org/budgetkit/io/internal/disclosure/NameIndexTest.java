package org.budgetkit.io.internal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private static NameIndex index(int year) {
        return new NameIndex(Classification.bundledFunctions(), Classification.bundledEconomic(), year);
    }

    @Test
    void namesTheDocumentPrintsComeFirst() {
        NameIndex names = index(2023);
        names.learn(FunctionCode.parse("20103"), "政府办公厅（室）及相关机构事务");
        names.learn(FunctionCode.parse("2010302"), "一般行政管理事务");
        // 一般行政管理事务 is a 项 under many 款: the one the document prints is meant.
        assertThat(names.functionItem("一般行政管理事务")).contains(FunctionCode.parse("2010302"));
        assertThat(names.printedFunction(Optional.of(FunctionCode.parse("20103")), "一般行政管理事务"))
                .contains(FunctionCode.parse("2010302"));
    }

    @Test
    void aNameOnlyTheClassificationKnowsIsFoundThere() {
        NameIndex names = index(2023);
        names.learn(FunctionCode.parse("20103"), "政府办公厅（室）及相关机构事务");
        assertThat(names.functionItem("其他政府办公厅（室）及相关机构事务支出")).contains(FunctionCode.parse("2010399"));
        assertThat(names.function(Optional.empty(), "一、一般公共服务支出")).contains(FunctionCode.parse("201"));
        assertThat(names.economic(Optional.of(EconomicCode.parse("301")), "机关事业单位基本养老保险缴费"))
                .contains(EconomicCode.parse("30108"));
    }

    @Test
    void anAmbiguousOrUnknownNameIsNotGuessed() {
        // 2019 documents print 行政运行 under several 款 (20101, 20102, 20131 …).
        assertThat(index(2019).functionItem("行政运行")).isEmpty();
        NameIndex names = index(2023);
        assertThat(names.function(Optional.empty(), "不存在的支出")).isEmpty();
        names.learn(FunctionCode.parse("2010301"), "行政运行");
        names.learn(FunctionCode.parse("2080101"), "行政运行");
        assertThat(names.functionItem("行政运行")).isEmpty();
    }
}
