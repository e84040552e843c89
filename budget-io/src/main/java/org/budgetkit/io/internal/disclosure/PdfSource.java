package org.budgetkit.io.internal.disclosure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.budgetkit.io.BudgetFormatException;

/**
 * Rebuilds the printed lines of a PDF from PDFBox's text positions: glyphs grouped into lines
 * by baseline, lines split into words at horizontal gaps, each word with its extent, so that
 * table columns can be told apart by position.
 */
final class PdfSource {
    /** Pages beyond this are refused: no disclosure has as many. */
    static final int MAX_PAGES = 2_000;
    /** Share of glyphs without a usable Unicode value above which the text is taken as unreadable. */
    private static final double MAX_GARBLED = 0.2;

    private PdfSource() {
    }

    /** A glyph: its text, left edge, width, baseline (from the top) and font size. */
    private record Glyph(String text, double x, double w, double y, double size) {
    }

    static SourceText read(byte[] pdf, String name) {
        try (PDDocument doc = load(pdf, name)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw error(name, "the PDF has no pages", "PDF 文件没有页面", null);
            }
            if (pages > MAX_PAGES) {
                throw error(name, "the PDF has " + pages + " pages, more than " + MAX_PAGES,
                        "PDF 文件有 " + pages + " 页，超过上限 " + MAX_PAGES, null);
            }
            Collector collector = new Collector();
            collector.setSortByPosition(false);
            collector.getText(doc);
            int images = 0;
            for (PDPage page : doc.getPages()) {
                images += countImages(page.getResources(), 0);
            }
            return build(collector.pages, images, name);
        } catch (IOException e) {
            throw error(name, "the PDF cannot be read (" + e.getMessage() + ")", "无法读取 PDF 文件（" + e.getMessage() + "）",
                    e);
        }
    }

    private static PDDocument load(byte[] pdf, String name) {
        try {
            return Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw error(name, "the PDF is encrypted with a password; decrypt it first",
                    "PDF 文件已加密（需要密码），请先解密", e);
        } catch (IOException | RuntimeException e) {
            throw error(name, "not a readable PDF file (corrupt or another format): " + e.getMessage(),
                    "不是可读取的 PDF 文件（已损坏或为其他格式）：" + e.getMessage(), e);
        }
    }

    private static int countImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return 0;
        }
        int n = 0;
        for (COSName xname : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(xname);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += countImages(form.getResources(), depth + 1);
            }
        }
        return n;
    }

    static BudgetFormatException error(String name, String english, String chinese, Throwable cause) {
        return new BudgetFormatException(name, 0, 0, "", english, chinese, cause);
    }

    /** Collects the glyphs of every page. */
    private static final class Collector extends PDFTextStripper {
        final List<List<Glyph>> pages = new ArrayList<>();
        private List<Glyph> current;

        Collector() throws IOException {
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            current = new ArrayList<>();
            pages.add(current);
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (current == null) {
                current = new ArrayList<>();
                pages.add(current);
            }
            String u = t.getUnicode();
            double size = t.getFontSizeInPt();
            if (!(size > 0.5)) {
                size = t.getHeightDir();
            }
            current.add(new Glyph(u == null ? "" : u, t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(), size));
        }
    }

    private static SourceText build(List<List<Glyph>> pages, int images, String name) {
        int total = 0;
        int garbled = 0;
        int han = 0;
        for (List<Glyph> page : pages) {
            for (Glyph g : page) {
                if (g.text.isBlank()) {
                    continue;
                }
                total++;
                char c = g.text.charAt(0);
                if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c)) {
                    garbled++;
                } else if (Tokens.isHan(c)) {
                    han++;
                }
            }
        }
        if (total == 0) {
            if (images > 0) {
                throw error(name, "the PDF has no text, only images (a scanned document?); run OCR on it first",
                        "PDF 文件没有文字层，只有图像（扫描件？），请先进行文字识别（OCR）", null);
            }
            throw error(name, "the PDF has no text", "PDF 文件中没有文字", null);
        }
        if (garbled > total * MAX_GARBLED) {
            throw error(name, "the PDF's text cannot be extracted: " + garbled + " of " + total
                    + " characters have no Unicode value (fonts without a ToUnicode map)",
                    "无法提取 PDF 文字：" + total + " 个字符中有 " + garbled + " 个没有 Unicode 编码（字体缺少 ToUnicode 映射）", null);
        }
        if (han == 0) {
            throw error(name, "the PDF has no Chinese text: not a department budget or final account disclosure",
                    "PDF 文件中没有中文文字，不是部门预算或决算公开文件", null);
        }
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int number = 0;
        for (int p = 0; p < pages.size(); p++) {
            for (List<Glyph> row : rows(pages.get(p))) {
                Line line = line(row, ++number, p + 1);
                lines.add(line);
                text.append(line.text()).append('\n');
            }
        }
        return new SourceText(name, lines, text.toString(), true);
    }

    /** Groups glyphs into printed lines: baselines within 30% of the font size are one line. */
    private static List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.text.isBlank()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        double top = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (row == null || g.y - top > 0.3 * Math.max(size, g.size)) {
                row = new ArrayList<>();
                rows.add(row);
                top = g.y;
                size = g.size;
            }
            row.add(g);
        }
        return rows;
    }

    private static Line line(List<Glyph> row, int number, int page) {
        row.sort(Comparator.comparingDouble(Glyph::x));
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double x0 = 0;
        double x1 = 0;
        double height = 0;
        double y = row.get(0).y;
        Glyph last = null;
        for (Glyph g : row) {
            height = Math.max(height, g.size);
            if (last != null && g.text.equals(last.text) && Math.abs(g.x - last.x) < 0.5) {
                continue; // the same glyph painted twice (a fake bold)
            }
            double gap = g.x - x1;
            if (word.length() > 0 && gap > Math.max(1.5, 0.3 * g.size)) {
                addWord(words, word.toString(), x0, x1);
                word.setLength(0);
            }
            if (word.length() == 0) {
                x0 = g.x;
            }
            word.append(g.text);
            x1 = Math.max(x1, g.x + g.w);
            if (word.length() == g.text.length()) {
                x1 = g.x + g.w;
            }
            last = g;
        }
        if (word.length() > 0) {
            addWord(words, word.toString(), x0, x1);
        }
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w.text());
        }
        return new Line(number, page, y, height, words, text.toString());
    }

    /** Adds a word, split where an amount or code touches a label; the split is proportional to characters. */
    private static void addWord(List<Word> words, String text, double x0, double x1) {
        List<String> parts = Tokens.splitGlued(text);
        if (parts.size() == 1) {
            words.add(new Word(text, x0, x1));
            return;
        }
        double perChar = (x1 - x0) / Math.max(1, weight(text));
        double x = x0;
        for (String p : parts) {
            double w = perChar * weight(p);
            words.add(new Word(p, x, x + w));
            x += w;
        }
    }

    /** Width in half-width units: CJK characters count twice. */
    private static int weight(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return n;
    }
}
