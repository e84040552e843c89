package org.budgetkit.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.model.testing.ClaimDescriptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the seed's text yields the hand-built seed document: every fact (amount,
 * coordinates, provenance with its line), every table (number, title, kind, unit, line, rows,
 * unplaced figures), the metadata, the performance indicators and the narrative's claims (equal
 * on every field but the sentence text, which the hand-built seed abbreviates).
 */
class DisclosureReaderSeedTest {
    private static final String TEXT = PingshanPetitionBureau2023.text();
    private static final Document WANT = PingshanPetitionBureau2023.document();
    private static final ReadResult READ = DisclosureReader.standard().readText(TEXT, PingshanPetitionBureau2023.SOURCE);

    @Test
    void readsTheSeedIntoTheHandBuiltDocument() {
        Document got = READ.document();
        assertThat(got.source()).isEqualTo(PingshanPetitionBureau2023.SOURCE);
        assertThat(got.title()).isEqualTo(WANT.title());
        assertThat(got.department()).isEqualTo(WANT.department());
        assertThat(got.year()).isEqualTo(WANT.year());
        assertThat(got.phase()).isEqualTo(WANT.phase());
        assertThat(got.unit()).isEqualTo(WANT.unit());
        assertThat(got.convention()).isEqualTo(WANT.convention());
        assertThat(got.units()).isEqualTo(WANT.units());
        assertThat(got.tables()).hasSize(12);
        for (int i = 0; i < WANT.tables().size(); i++) {
            assertThat(got.tables().get(i)).as(WANT.tables().get(i).number()).isEqualTo(WANT.tables().get(i));
            assertThat(got.tables().get(i).kind()).isEqualTo(WANT.tables().get(i).kind());
        }
        assertThat(got.facts().asList()).hasSize(705).containsExactlyElementsOf(WANT.facts().asList());
        assertThat(got.facts()).isEqualTo(WANT.facts());
        assertThat(got.indicators()).hasSize(15).isEqualTo(WANT.indicators());
        assertThat(got.allClaims()).hasSize(73);
        assertThat(ClaimDescriptions.describe(got.claims())).containsExactlyElementsOf(
                ClaimDescriptions.describe(WANT.claims()));
    }

    @Test
    void everyFactCarriesItsLineInTheText() {
        String[] lines = TEXT.split("\n", -1);
        for (Fact f : READ.document().facts()) {
            String printed = lines[f.provenance().line() - 1].replace(",", "");
            assertThat(printed.split(" ")).as(f.toString()).contains(f.amount().toPlainString());
        }
    }

    @Test
    void keepsTheUnlabelledFigureOf表6AndSaysSo() {
        assertThat(READ.warnings()).singleElement().satisfies(w -> {
            assertThat(w.table()).isEqualTo("表6");
            assertThat(w.line()).isEqualTo(935);
            assertThat(w.message(Locale.CHINESE)).contains("表6").contains("未定位");
            assertThat(w.message(Locale.ENGLISH)).contains("figure without a row label");
        });
    }

    @Test
    void returnsTheNarrativeLinesForTheClaimExtractor() {
        List<NarrativeLine> narrative = READ.narrative();
        String[] lines = TEXT.split("\n", -1);
        long nonBlankBeforeTables = 0;
        for (int i = 0; i < 421; i++) {
            if (!lines[i].isBlank()) {
                nonBlankBeforeTables++;
            }
        }
        assertThat(narrative).hasSize((int) nonBlankBeforeTables);
        assertThat(narrative).allSatisfy(l -> {
            assertThat(l.line()).isLessThanOrEqualTo(421);
            assertThat(l.page()).isZero();
            assertThat(l.text()).isEqualTo(lines[l.line() - 1]);
        });
        assertThat(narrative).extracting(NarrativeLine::line).contains(89, 91, 333);
        assertThat(READ.text()).isEqualTo(TEXT);
    }

    @Test
    void aPageNumberBesideAFormFeedIsNeitherNarrativeNorPartOfAFigure() {
        // pdftotext ends a page with its number and starts the next with a form feed: Jiangsu's
        // "增长" / "4" / "\f13.11%" must not read 413.11%. Here the seed's sentence of line 89
        // breaks after "比" onto page 5, its number on line 90.
        String[] lines = TEXT.split("\n", -1);
        assertThat(lines[88]).endsWith("1,877万元，比");
        assertThat(lines[89]).isEmpty();
        lines[89] = "                 4";
        lines[90] = "\f" + lines[90];
        ReadResult r = DisclosureReader.standard().readText(String.join("\n", lines), PingshanPetitionBureau2023.SOURCE);
        assertThat(r.narrative()).extracting(NarrativeLine::line).doesNotContain(90).contains(89, 91);
        assertThat(ClaimDescriptions.describe(r.document().claims()))
                .containsExactlyElementsOf(ClaimDescriptions.describe(WANT.claims()));
        assertThat(r.document().facts()).isEqualTo(WANT.facts());
        // Without the form feed a lone number is text like any other.
        lines[90] = lines[90].substring(1);
        ReadResult plain = DisclosureReader.standard().readText(String.join("\n", lines),
                PingshanPetitionBureau2023.SOURCE);
        assertThat(plain.narrative()).extracting(NarrativeLine::line).contains(90);
    }

    @Test
    void readsTheTextFromAFileNamedInEveryProvenance(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pingshan.txt");
        Files.writeString(file, "\uFEFF" + TEXT.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Document got = DisclosureReader.standard().readText(file).document();
        assertThat(got.source()).isEqualTo("pingshan.txt");
        assertThat(got.facts().size()).isEqualTo(705);
        for (int i = 0; i < 705; i++) {
            Fact a = got.facts().asList().get(i);
            Fact b = WANT.facts().asList().get(i);
            assertThat(a.provenance().source()).isEqualTo("pingshan.txt");
            assertThat(a.amount()).isEqualTo(b.amount());
            assertThat(a.coordinates()).isEqualTo(b.coordinates());
            assertThat(a.provenance().line()).isEqualTo(b.provenance().line());
        }
    }

    @Test
    void whiteSpaceBetweenWordsDoesNotChangeTheDocument() {
        String[] lines = TEXT.split("\n", -1);
        // Any run of spaces, tabs or ideographic spaces separates words as one space does.
        qt().withExamples(8).withFixedSeed(20230101L).forAll(integers().between(1, Integer.MAX_VALUE))
                .checkAssert(seed -> {
                    Random random = new Random(seed);
                    StringBuilder text = new StringBuilder();
                    String[] gaps = {" ", "  ", "\t", "\u3000", " \t "};
                    for (int i = 0; i < lines.length; i++) {
                        String line = lines[i];
                        if (random.nextInt(3) == 0) {
                            line = line.replace(" ", gaps[random.nextInt(gaps.length)]);
                        }
                        text.append(line);
                        if (i < lines.length - 1) {
                            text.append('\n');
                        }
                    }
                    Document got = DisclosureReader.standard().readText(text.toString(),
                            PingshanPetitionBureau2023.SOURCE).document();
                    assertThat(got.facts()).isEqualTo(WANT.facts());
                    assertThat(got.tables()).isEqualTo(WANT.tables());
                    assertThat(got.indicators()).isEqualTo(WANT.indicators());
                });
    }

    @Test
    void aSentenceAfterATableIsNarrativeNotARow() {
        // Text has no page breaks: a table runs to the next title, unless the narrative resumes.
        String[] lines = TEXT.split("\n", -1);
        assertThat(lines[1175]).isEqualTo("注：本部门无国有资本经营预算支出。");
        String sentence = "本部门政府采购预算 169 ，其中服务采购 169 ，占项目支出的 15 %，均为本年新增项目。";
        String text = String.join("\n", java.util.Arrays.copyOf(lines, 1176)) + "\n\n三、其他说明\n\n" + sentence + "\n";
        ReadResult r = DisclosureReader.standard().readText(text, PingshanPetitionBureau2023.SOURCE);
        assertThat(r.document().tables()).hasSize(11);
        assertThat(r.document().facts().size()).isEqualTo(705 - 15);
        assertThat(r.narrative()).extracting(NarrativeLine::text).contains(sentence);
        assertThat(r.warnings()).hasSize(1);
    }

    @Test
    void aMalformedFigureIsAnErrorNamingSourceLineAndColumn() {
        String[] lines = TEXT.split("\n", -1);
        assertThat(lines[612]).isEqualTo("2010301 行政运行 471 463 8 0 0 0");
        lines[612] = "2010301 行政运行 4,71 463 8 0 0 0";
        String broken = String.join("\n", lines);
        assertThatThrownBy(() -> DisclosureReader.standard().readText(broken, "broken.txt"))
                .isInstanceOfSatisfying(BudgetFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("broken.txt");
                    assertThat(e.line()).isEqualTo(613);
                    assertThat(e.column()).isEqualTo(lines[612].indexOf("4,71") + 1);
                    assertThat(e.text()).isEqualTo("4,71");
                    assertThat(e.message(Locale.CHINESE)).contains("数字格式错误");
                });
    }

    @Test
    void textThatIsNoDisclosureIsRefused() {
        assertThatThrownBy(() -> DisclosureReader.standard().readText("一只小狗在草地上跑。\n天气很好。\n", "dog.txt"))
                .isInstanceOfSatisfying(BudgetFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("dog.txt");
                    assertThat(e.getMessage()).contains("not a department budget or final account disclosure");
                    assertThat(e.message(Locale.CHINESE)).contains("不是部门预算或决算公开文件");
                });
        assertThatThrownBy(() -> DisclosureReader.standard().readText("", "empty.txt"))
                .isInstanceOf(BudgetFormatException.class);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, new byte[] {(byte) 0xB1, (byte) 0xED, (byte) 0x20, (byte) 0x31});
        assertThatThrownBy(() -> DisclosureReader.standard().readText(file))
                .isInstanceOfSatisfying(BudgetFormatException.class,
                        e -> assertThat(e.getMessage()).contains("not UTF-8"));
    }
}
