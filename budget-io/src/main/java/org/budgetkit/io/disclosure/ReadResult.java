package org.budgetkit.io.disclosure;

import java.util.List;
import java.util.Objects;
import org.budgetkit.model.document.Document;

/**
 * What reading a disclosure gives: the document, the warnings a caller should see, the
 * narrative's lines, and the text the line numbers of every provenance refer to.
 *
 * <p>{@code DisclosureReader.standard().readText(text, "a.txt").document().facts().size()}.
 * Immutable and thread-safe.
 */
public final class ReadResult {
    private final Document document;
    private final List<ReadWarning> warnings;
    private final List<NarrativeLine> narrative;
    private final String text;

    /** A result; made by {@link DisclosureReader}. */
    ReadResult(Document document, List<ReadWarning> warnings, List<NarrativeLine> narrative, String text) {
        this.document = Objects.requireNonNull(document, "document");
        this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        this.narrative = List.copyOf(Objects.requireNonNull(narrative, "narrative"));
        this.text = Objects.requireNonNull(text, "text");
    }

    /** @return the document, never null */
    public Document document() {
        return document;
    }

    /** @return the warnings in reading order, never null (empty when there is nothing to say) */
    public List<ReadWarning> warnings() {
        return warnings;
    }

    /** @return the lines of the narrative in reading order, never null */
    public List<NarrativeLine> narrative() {
        return narrative;
    }

    /**
     * The text every provenance's line refers to: the input text itself, or for a PDF the
     * lines rebuilt from its text positions (one line per printed line, words separated by a
     * space).
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    /** {@code ReadResult[深圳市坪山区信访局 2023 预算: 12 tables, 705 facts, 0 claims; 0 warnings]}. */
    @Override
    public String toString() {
        return "ReadResult[" + document + "; " + warnings.size() + " warnings]";
    }
}
