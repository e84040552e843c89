package org.budgetkit.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.budgetkit.io.BudgetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not readable disclosures give one {@link BudgetFormatException} with a clear
 * message in English and Chinese, never a stack trace from PDFBox or an empty document.
 */
class DisclosureReaderPdfErrorsTest {
    private static final DisclosureReader READER = DisclosureReader.standard();

    private static BudgetFormatException refused(byte[] pdf, String name) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> READER.readPdf(pdf, name));
        assertThat(t).isInstanceOf(BudgetFormatException.class);
        BudgetFormatException e = (BudgetFormatException) t;
        assertThat(e.source()).isEqualTo(name);
        assertThat(e.message(Locale.CHINESE)).startsWith(name).doesNotContain("Exception");
        return e;
    }

    /** A small table page, the content of a disclosure. */
    private static byte[] disclosurePage() {
        return TestPdfs.chinese().page()
                .text(150, 80, 14, "2025年部门“三公”经费和机关运行经费预算表")
                .text(60, 110, "编制部门：测试局").text(480, 110, "单位:万元")
                .row(130, 60, "合计", 110, "因公出国(境)费", 260, "公务接待费", 370, "小计", 420, "购置费", 480, "运行费")
                .text(530, 125, "机关运行经费预算").text(560, 138, "数")
                .row(170, 100, "1.00", 350, "1.00", 590, "12.34")
                .build();
    }

    @Test
    void randomBytesAreNotAPdf() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        BudgetFormatException e = refused(noise, "noise.pdf");
        assertThat(e.getMessage()).contains("not a readable PDF file");
        assertThat(e.message(Locale.CHINESE)).contains("不是可读取的 PDF 文件");
    }

    @Test
    void textPassedAsAPdfIsNotAPdf() {
        refused("部门名称：深圳市坪山区信访局 单位：万元\n".getBytes(StandardCharsets.UTF_8), "seed.txt");
    }

    @Test
    void aTruncatedPdfIsRefused() {
        byte[] pdf = disclosurePage();
        for (int cut : new int[] {pdf.length / 4, pdf.length / 2, 200}) {
            refused(Arrays.copyOf(pdf, cut), "cut.pdf");
        }
    }

    @Test
    void anEncryptedPdfIsRefused() {
        BudgetFormatException e = refused(TestPdfs.encrypted(disclosurePage()), "locked.pdf");
        assertThat(e.getMessage()).contains("encrypted");
        assertThat(e.message(Locale.CHINESE)).contains("已加密");
    }

    @Test
    void aScannedPdfWithOnlyImagesIsRefused() {
        BudgetFormatException e = refused(TestPdfs.imageOnly(), "scan.pdf");
        assertThat(e.getMessage()).contains("no text, only images").contains("OCR");
        assertThat(e.message(Locale.CHINESE)).contains("扫描件");
    }

    @Test
    void anEmptyPageIsRefused() {
        BudgetFormatException e = refused(TestPdfs.blank(), "blank.pdf");
        assertThat(e.getMessage()).contains("has no text");
    }

    @Test
    void textWithoutUnicodeValuesIsRefusedRatherThanReadAsNonsense() {
        BudgetFormatException e = refused(TestPdfs.garbled(), "garbled.pdf");
        assertThat(e.getMessage()).contains("cannot be extracted").contains("ToUnicode");
        assertThat(e.message(Locale.CHINESE)).contains("无法提取");
    }

    @Test
    void aPdfOfUnrelatedTextIsNoDisclosure() {
        BudgetFormatException latin = refused(TestPdfs.latin("Minutes of the annual meeting, 2023"), "minutes.pdf");
        assertThat(latin.getMessage()).contains("not a department budget or final account disclosure");
        byte[] story = TestPdfs.chinese().page().text(72, 100, "小猫在花园里晒太阳。").text(72, 130, "天气很好，它睡着了。")
                .build();
        BudgetFormatException chinese = refused(story, "story.pdf");
        assertThat(chinese.getMessage()).contains("not a department budget or final account disclosure");
        assertThat(chinese.message(Locale.CHINESE)).contains("不是部门预算或决算公开文件");
    }

    @Test
    void theDisclosurePageItselfIsRead() {
        // The control for the tests above: the same page, unbroken, is read.
        ReadResult r = READER.readPdf(disclosurePage(), "ok.pdf");
        assertThat(r.document().facts().size()).isEqualTo(3);
        assertThat(r.document().department().name()).isEqualTo("测试局");
    }

    @Test
    void readsFromAPathAStreamAndByContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("three-public.pdf");
        Files.write(file, disclosurePage());
        assertThat(READER.readPdf(file).document().source()).isEqualTo("three-public.pdf");
        assertThat(READER.read(file).document().facts().size()).isEqualTo(3);
        assertThat(READER.readPdf(new ByteArrayInputStream(disclosurePage()), "s.pdf").document().source())
                .isEqualTo("s.pdf");
        Path missing = dir.resolve("missing.pdf");
        assertThatThrownBy(() -> READER.readPdf(missing)).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
