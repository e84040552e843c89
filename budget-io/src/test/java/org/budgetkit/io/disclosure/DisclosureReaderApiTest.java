package org.budgetkit.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

class DisclosureReaderApiTest {
    @Test
    void rejectsNulls() {
        NullPointerTester tester = new NullPointerTester().setDefault(Document.class,
                PingshanPetitionBureau2023.document());
        tester.testAllPublicStaticMethods(DisclosureReader.class);
        tester.testAllPublicInstanceMethods(DisclosureReader.standard());
        tester.testAllPublicConstructors(ReadWarning.class);
        tester.testAllPublicConstructors(NarrativeLine.class);
        tester.testConstructors(ReadResult.class, NullPointerTester.Visibility.PACKAGE);
        tester.testAllPublicInstanceMethods(new ReadWarning("a.pdf", 1, 2, "表1", "x", "某"));
    }

    @Test
    void warningsAreValuesWithAMessageInEachLanguage() {
        ReadWarning w = new ReadWarning("a.pdf", 12, 340, "表3", "unrecognised table", "未识别的表格");
        assertThat(w.message(Locale.ENGLISH)).isEqualTo("a.pdf p.12:340 表3: unrecognised table");
        assertThat(w.message(Locale.CHINESE)).isEqualTo("a.pdf 第12页:340 表3：未识别的表格");
        assertThat(new ReadWarning("a.txt", 0, 0, "", "x", "某").message(Locale.ROOT)).isEqualTo("a.txt: x");
        assertThat(w.toString()).isEqualTo(w.message(Locale.ROOT));
        new EqualsTester().addEqualityGroup(w, new ReadWarning("a.pdf", 12, 340, "表3", "unrecognised table", "未识别的表格"))
                .addEqualityGroup(new ReadWarning("a.pdf", 12, 341, "表3", "unrecognised table", "未识别的表格"))
                .testEquals();
        assertThatThrownBy(() -> new ReadWarning("a", -1, 0, "", "x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadWarning("a", 0, -1, "", "x", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void narrativeLinesAreOneLineFromLineOne() {
        assertThat(new NarrativeLine(1, 0, "文字").text()).isEqualTo("文字");
        assertThatThrownBy(() -> new NarrativeLine(0, 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NarrativeLine(1, -1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NarrativeLine(1, 0, "a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultHoldsCopiesOfItsLists() {
        Document doc = PingshanPetitionBureau2023.document();
        List<ReadWarning> warnings = new java.util.ArrayList<>();
        ReadResult r = new ReadResult(doc, warnings, List.of(), "");
        warnings.add(new ReadWarning("a", 0, 0, "", "x", "x"));
        assertThat(r.warnings()).isEmpty();
        assertThat(r.document()).isSameAs(doc);
        assertThat(r.toString()).contains("705 facts").contains("0 warnings");
    }

    @Test
    void oneReaderReadsManyDocumentsAtOnce() throws Exception {
        String text = PingshanPetitionBureau2023.text();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Document>> read = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                read.add(pool.submit(() -> DisclosureReader.standard()
                        .readText(text, PingshanPetitionBureau2023.SOURCE).document()));
            }
            for (java.util.concurrent.Future<Document> f : read) {
                assertThat(f.get().facts()).isEqualTo(PingshanPetitionBureau2023.document().facts());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRowWhoseNameTheClassificationLacksIsKeptUnplacedWithAWarning() {
        // Without 2010399 in the classification, 表5's 其他政府办公厅（室）及相关机构事务支出 and
        // 表12's task of that name cannot be placed: their figures stay, unplaced, and are reported.
        Classification<FunctionCode> without2010399 = Classification.loadFunctions(new StringReader(
                "code,name,first_seen_year,last_seen_year\n"
                        + "201,一般公共服务支出,2023,2023\n20103,政府办公厅（室）及相关机构事务,2023,2023\n"
                        + "2010301,行政运行,2023,2023\n2010302,一般行政管理事务,2023,2023\n2010308,信访事务,2023,2023\n"
                        + "208,社会保障和就业支出,2023,2023\n210,卫生健康支出,2023,2023\n221,住房保障支出,2023,2023\n"),
                "test");
        ReadResult r = DisclosureReader.standard().withFunctions(without2010399)
                .readText(PingshanPetitionBureau2023.text(), PingshanPetitionBureau2023.SOURCE);
        Table t5 = r.document().table("表5").orElseThrow();
        assertThat(t5.rows()).extracting(Table.Row::label).doesNotContain("其他政府办公厅（室）及相关机构事务支出");
        assertThat(t5.unplaced()).hasSize(14).allSatisfy(u -> {
            assertThat(u.row()).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
            assertThat(u.line()).isEqualTo(906);
        });
        assertThat(r.warnings()).extracting(ReadWarning::english)
                .anySatisfy(w -> assertThat(w).contains("其他政府办公厅（室）及相关机构事务支出").contains("classification"));
        // Figures named in the document itself (表3's codes) still resolve 表1's names.
        assertThat(r.document().facts().size()).isEqualTo(705 - 14);
        assertThat(DisclosureReader.standard().toString()).contains("DisclosureReader");
    }
}
