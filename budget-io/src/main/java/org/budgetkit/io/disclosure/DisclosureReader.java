package org.budgetkit.io.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.internal.disclosure.DisclosureParser;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;

/**
 * Reads a published department budget or final account (部门预算/决算公开) into a complete
 * {@link org.budgetkit.model.document.Document}: its tables recognised by title and mapped to
 * facts through their {@linkplain org.budgetkit.model.document.Templates templates}, its
 * metadata (department, year, phase, units, the unit of each table), and every fact's page and
 * line. Reads the text extracted from a disclosure's PDF (like the bundled seed) or the PDF
 * itself, whose text positions rebuild rows and columns (Apache PDFBox).
 *
 * <pre>{@code
 * ReadResult r = DisclosureReader.standard().readPdf(Path.of("putuo-justice-2026-budget.pdf"));
 * r.document().table("表3").orElseThrow();   // 部门支出预算总表, in 元
 * r.warnings();                               // what could not be placed (kept unplaced)
 * }</pre>
 *
 * <p>Templates read: the 12 tables of a Shenzhen district budget, the 9 of a Shanghai district
 * budget and of its final account, Jiangsu's 公开01–12 (三公 with 会议费/培训费, 政府采购). A
 * table no template recognises is kept with {@link org.budgetkit.model.document.TableKind#OTHER}
 * and its figures unplaced, with a warning; a figure is never dropped. Names printed without
 * codes are resolved in the document's own code rows, then in the classifications (the bundled
 * ones unless others are given: {@link #withFunctions}). The narrative's lines are returned
 * with the result ({@link ReadResult#narrative()}) and its numeric claims join the document,
 * read by {@link org.budgetkit.io.narrative.NarrativeReader} with the codes the tables print
 * (so that {@code 统计信息事务（款）专项普查活动（项）} resolves where no list has it). Page numbers,
 * first or last on a page, or next to a form feed in extracted text, are neither narrative nor
 * rows.
 *
 * <p>Immutable and thread-safe.
 */
public final class DisclosureReader {
    /** Inputs larger than this (64 MiB) are refused: no disclosure comes near. */
    public static final int MAX_BYTES = 64 << 20;

    private static volatile DisclosureReader standard;

    private final Classification<FunctionCode> functions;
    private final Classification<EconomicCode> economic;
    private final DisclosureParser parser;

    private DisclosureReader(Classification<FunctionCode> functions, Classification<EconomicCode> economic) {
        this.functions = functions;
        this.economic = economic;
        this.parser = new DisclosureParser(functions, economic);
    }

    /**
     * The reader with the bundled classifications ({@link Classification#bundledFunctions()},
     * {@link Classification#bundledEconomic()}).
     *
     * @return the reader, never null
     */
    public static DisclosureReader standard() {
        DisclosureReader r = standard;
        if (r == null) {
            r = new DisclosureReader(Classification.bundledFunctions(), Classification.bundledEconomic());
            standard = r;
        }
        return r;
    }

    /**
     * This reader resolving function names in another classification (a complete official list
     * merged with the bundled one, say).
     *
     * @param newFunctions the function classification, not null
     * @return the reader, never null
     */
    public DisclosureReader withFunctions(Classification<FunctionCode> newFunctions) {
        return new DisclosureReader(Objects.requireNonNull(newFunctions, "newFunctions"), economic);
    }

    /**
     * This reader resolving economic names in another classification.
     *
     * @param newEconomic the economic classification, not null
     * @return the reader, never null
     */
    public DisclosureReader withEconomic(Classification<EconomicCode> newEconomic) {
        return new DisclosureReader(functions, Objects.requireNonNull(newEconomic, "newEconomic"));
    }

    /**
     * Reads text extracted from a disclosure's PDF, such as
     * {@code PingshanPetitionBureau2023.text()}: lines as extracted (blank lines ignored), tables
     * after their title, wrapped names over lines, codes at line start.
     *
     * @param text the text, not null
     * @param source the source name used in every provenance, not null
     * @return the result, never null
     * @throws BudgetFormatException if the text is not a disclosure (no known table and no
     *     title naming department, year and phase), longer than {@link #MAX_BYTES} characters,
     *     or a figure is malformed
     */
    public ReadResult readText(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.length() > MAX_BYTES) {
            throw new BudgetFormatException(source, 0, 0, "", "text longer than " + MAX_BYTES + " characters",
                    "文本超过 " + MAX_BYTES + " 个字符", null);
        }
        return result(parser.parseText(text, source));
    }

    /**
     * Reads a UTF-8 text file extracted from a disclosure; the source name is the file name.
     *
     * @param file the file, not null
     * @return the result, never null
     * @throws BudgetFormatException if the file is not UTF-8 or not a disclosure (see
     *     {@link #readText(String, String)})
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadResult readText(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        byte[] bytes = bytes(file, name);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BudgetFormatException(name, 0, 0, "", "not UTF-8 text", "不是 UTF-8 编码的文本", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return readText(text, name);
    }

    /**
     * Reads a disclosure PDF; the source name is the file name.
     *
     * @param file the PDF, not null
     * @return the result, never null
     * @throws BudgetFormatException if the file is not a readable PDF (corrupt, another format),
     *     is encrypted with a password, has no text (scanned images only) or text without Unicode
     *     values, or is not a disclosure
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadResult readPdf(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        return readPdf(bytes(file, name), name);
    }

    /**
     * Reads a disclosure PDF from a stream (read to its end, not closed).
     *
     * @param in the PDF, not null
     * @param source the source name used in every provenance, not null
     * @return the result, never null
     * @throws BudgetFormatException as {@link #readPdf(Path)} does, or if the stream holds more
     *     than {@link #MAX_BYTES} bytes
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ReadResult readPdf(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(source);
            }
            return readPdf(bytes, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a disclosure PDF from its bytes.
     *
     * @param pdf the PDF, not null
     * @param source the source name used in every provenance, not null
     * @return the result, never null
     * @throws BudgetFormatException as {@link #readPdf(Path)} does
     */
    public ReadResult readPdf(byte[] pdf, String source) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(source, "source");
        if (pdf.length > MAX_BYTES) {
            throw tooLarge(source);
        }
        return result(parser.parsePdf(pdf, source));
    }

    /**
     * Reads a file as a PDF if it starts with {@code %PDF}, as UTF-8 text otherwise.
     *
     * @param file the file, not null
     * @return the result, never null
     * @throws BudgetFormatException as {@link #readPdf(Path)} or {@link #readText(Path)} does
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        byte[] bytes = bytes(file, name);
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return readPdf(bytes, name);
        }
        return readText(file);
    }

    private static byte[] bytes(Path file, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(name);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BudgetFormatException tooLarge(String source) {
        return new BudgetFormatException(source, 0, 0, "", "input larger than " + MAX_BYTES + " bytes",
                "输入超过 " + MAX_BYTES + " 字节", null);
    }

    private static ReadResult result(DisclosureParser.Parsed p) {
        return new ReadResult(p.document(), p.warnings(), p.narrative(), p.text());
    }

    /** {@code DisclosureReader[bundled codes-observed.csv, …]}. */
    @Override
    public String toString() {
        return "DisclosureReader[" + functions + ", " + economic + "]";
    }
}
