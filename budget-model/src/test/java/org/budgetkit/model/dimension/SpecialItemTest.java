package org.budgetkit.model.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetkit.model.dimension.SpecialItem.GOVERNMENT_PROCUREMENT;
import static org.budgetkit.model.dimension.SpecialItem.OFFICIAL_VEHICLES;
import static org.budgetkit.model.dimension.SpecialItem.PROCUREMENT_SME;
import static org.budgetkit.model.dimension.SpecialItem.PROCUREMENT_SMALL_MICRO;
import static org.budgetkit.model.dimension.SpecialItem.THREE_PUBLIC;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SpecialItemTest {

    @ParameterizedTest
    @EnumSource(SpecialItem.class)
    void parsesEveryConstantByNameAndChineseName(SpecialItem item) {
        assertThat(SpecialItem.parse(item.name())).isSameAs(item);
        assertThat(SpecialItem.parse(item.chineseName())).isSameAs(item);
        assertThat(SpecialItem.parse("（二）" + item.chineseName())).isSameAs(item);
        assertThat(item.toString()).isEqualTo(item.chineseName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“三公”经费 | THREE_PUBLIC",
        "\"三公\"经费 | THREE_PUBLIC",
        "＂三公＂经费 | THREE_PUBLIC",
        "三公经费 | THREE_PUBLIC",
        "“三公”经费合计 | THREE_PUBLIC",
        "一、“三公”经费支出 | THREE_PUBLIC",
        "因公出国（境）费 | OVERSEAS_TRAVEL",
        "因公出国(境)费 | OVERSEAS_TRAVEL",
        "因公出国（境）费用 | OVERSEAS_TRAVEL",
        "公务接待费 | OFFICIAL_RECEPTION",
        "公务用车购置及运行维护费 | OFFICIAL_VEHICLES",
        "公务用车购置及运行费 | OFFICIAL_VEHICLES",
        "公务用车购置费 | VEHICLE_PURCHASE",
        "公务用车运行维护费 | VEHICLE_OPERATION",
        "公务用车运行费 | VEHICLE_OPERATION",
        "其中：公务用车运行费 | VEHICLE_OPERATION",
        "会议费 | MEETINGS",
        "培训费 | TRAINING",
        "政府采购 | GOVERNMENT_PROCUREMENT",
        "政府采购预算 | GOVERNMENT_PROCUREMENT",
        "货物 | PROCUREMENT_GOODS",
        "工程采购 | PROCUREMENT_WORKS",
        "服务 | PROCUREMENT_SERVICES",
        "其中：面向中小企业政府采购项目 | PROCUREMENT_SME",
        "其中：面向小型、微型企业政府采购项目 | PROCUREMENT_SMALL_MICRO",
        "面向小微企业 | PROCUREMENT_SMALL_MICRO",
        "机关运行经费 | ADMINISTRATIVE_OPERATION"})
    void parsesPrintedVariants(String text, SpecialItem expected) {
        assertThat(SpecialItem.parse(text)).isSameAs(expected);
    }

    @Test
    void rejectsOtherText() {
        for (String text : List.of("", "三公", "公务用车", "采购", "差旅费")) {
            assertThatThrownBy(() -> SpecialItem.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + text + "\"");
        }
    }

    @Test
    void threePublicIsTheSumOfItsPartsAndAPartOfTheExpenditure() {
        assertThat(THREE_PUBLIC.parent()).isEmpty();
        assertThat(THREE_PUBLIC.relation()).isEqualTo(Relation.OF_WHICH);
        assertThat(children(THREE_PUBLIC)).containsExactly(SpecialItem.OVERSEAS_TRAVEL,
                SpecialItem.OFFICIAL_RECEPTION, OFFICIAL_VEHICLES);
        assertThat(children(OFFICIAL_VEHICLES)).containsExactly(SpecialItem.VEHICLE_PURCHASE,
                SpecialItem.VEHICLE_OPERATION);
        assertThat(children(THREE_PUBLIC)).extracting(SpecialItem::relation).containsOnly(Relation.COMPONENT);
        assertThat(children(OFFICIAL_VEHICLES)).extracting(SpecialItem::relation).containsOnly(Relation.COMPONENT);
    }

    @Test
    void procurementIsGoodsWorksAndServicesWithOfWhichSmallBusinessShares() {
        assertThat(children(GOVERNMENT_PROCUREMENT)).containsExactly(SpecialItem.PROCUREMENT_GOODS,
                SpecialItem.PROCUREMENT_WORKS, SpecialItem.PROCUREMENT_SERVICES, PROCUREMENT_SME);
        assertThat(PROCUREMENT_SME.parent()).contains(GOVERNMENT_PROCUREMENT);
        assertThat(PROCUREMENT_SME.relation()).isEqualTo(Relation.OF_WHICH);
        assertThat(PROCUREMENT_SMALL_MICRO.parent()).contains(PROCUREMENT_SME);
        assertThat(PROCUREMENT_SMALL_MICRO.relation()).isEqualTo(Relation.OF_WHICH);
        assertThat(Dimension.ITEM.relation(PROCUREMENT_SME)).isEqualTo(Relation.OF_WHICH);
        assertThat(Dimension.ITEM.parent(PROCUREMENT_SMALL_MICRO)).contains(PROCUREMENT_SME);
        assertThat(SpecialItem.PROCUREMENT_GOODS.relation()).isEqualTo(Relation.COMPONENT);
    }

    @Test
    void topLevelItemsArePartsOfTheWholeExpenditure() {
        assertThat(Arrays.stream(SpecialItem.values()).filter(i -> i.parent().isEmpty()))
                .containsExactly(THREE_PUBLIC, SpecialItem.MEETINGS, SpecialItem.TRAINING, GOVERNMENT_PROCUREMENT,
                        SpecialItem.ADMINISTRATIVE_OPERATION)
                .extracting(SpecialItem::relation).containsOnly(Relation.OF_WHICH);
        assertThat(Arrays.stream(SpecialItem.values())).noneMatch(i -> i.relation() == Relation.GROUPING);
    }

    private static List<SpecialItem> children(SpecialItem parent) {
        return Arrays.stream(SpecialItem.values()).filter(i -> i.parent().filter(parent::equals).isPresent()).toList();
    }
}
