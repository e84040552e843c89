package org.budgetkit.io.disclosure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Tiny PDFs made with PDFBox for tests: Chinese text placed at given positions (the standard
 * CJK font STSong-Light with the UniGB-UCS2-H encoding, not embedded: PDFBox maps it to
 * Unicode), and broken or unusual files: blank, encrypted, image-only, Latin text, text whose
 * font maps to no Unicode.
 */
final class TestPdfs {
    private TestPdfs() {
    }

    /** Text placed on pages: {@code page().text(x, yFromTop, "…")}. */
    static final class Builder {
        private final List<StringBuilder> pages = new ArrayList<>();

        Builder page() {
            pages.add(new StringBuilder());
            return this;
        }

        Builder text(double x, double yFromTop, String text) {
            return text(x, yFromTop, 10, text);
        }

        Builder text(double x, double yFromTop, double size, String text) {
            StringBuilder hex = new StringBuilder();
            for (char c : text.toCharArray()) {
                hex.append(String.format("%04X", (int) c));
            }
            pages.get(pages.size() - 1).append("BT /F1 ").append(size).append(" Tf 1 0 0 1 ").append(x).append(' ')
                    .append(PDRectangle.A4.getHeight() - yFromTop).append(" Tm <").append(hex).append("> Tj ET\n");
            return this;
        }

        /** A row of cells: {@code row(y, x1, "a", x2, "b", …)}; a figure's x is its right edge. */
        Builder row(double y, Object... cells) {
            for (int i = 0; i + 1 < cells.length; i += 2) {
                double x = ((Number) cells[i]).doubleValue();
                String s = (String) cells[i + 1];
                boolean figure = s.matches("[-0-9,.]+");
                // STSong-Light without widths: every character is 1 em (10 points) wide.
                text(figure ? x - 10 * s.length() : x, y, s);
            }
            return this;
        }

        byte[] build() {
            try (PDDocument doc = new PDDocument()) {
                COSDictionary font = cjkFont();
                for (StringBuilder content : pages) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    PDResources resources = new PDResources();
                    COSDictionary fonts = new COSDictionary();
                    fonts.setItem(COSName.getPDFName("F1"), font);
                    resources.getCOSObject().setItem(COSName.FONT, fonts);
                    page.setResources(resources);
                    page.setContents(stream(doc, content.toString()));
                }
                return save(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Builder chinese() {
        return new Builder();
    }

    private static COSDictionary cjkFont() {
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
        cid.setItem(COSName.BASE_FONT, COSName.getPDFName("STSong-Light"));
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 2);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, COSName.getPDFName("STSong-Light"));
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(0, -200, 1000, 1100));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        cid.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("STSong-Light-UniGB-UCS2-H"));
        font.setItem(COSName.ENCODING, COSName.getPDFName("UniGB-UCS2-H"));
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static PDStream stream(PDDocument doc, String content) throws IOException {
        PDStream s = new PDStream(doc);
        try (OutputStream out = s.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** One blank page. */
    static byte[] blank() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of Latin text in Helvetica. */
    static byte[] latin(String text) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                c.newLineAtOffset(72, 700);
                c.showText(text);
                c.endText();
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A disclosure-like page encrypted with a user password. */
    static byte[] encrypted(byte[] plain) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page holding only an image, as a scan does. */
    static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 60; x++) {
                scan.setRGB(x, x % 40, 0xFFFFFF);
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.drawImage(image, 50, 400, 480, 320);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page whose font maps every code to a private-use character (glyph names uniE000 …):
     * text that looks right when printed but extracts as nothing readable.
     */
    static byte[] garbled() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(33));
            for (int i = 0; i < 90; i++) {
                differences.add(COSName.getPDFName(String.format("uniE%03X", i)));
            }
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
            font.setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            page.setContents(stream(doc, "BT /F1 12 Tf 72 700 Td (ABCDEFGHIJKLMNOP 12345) Tj ET\n"));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
