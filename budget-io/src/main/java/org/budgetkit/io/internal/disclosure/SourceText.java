package org.budgetkit.io.internal.disclosure;

import java.util.List;

/**
 * The lines of a disclosure, from text or rebuilt from a PDF: what the parser reads.
 *
 * @param name the source name used in every provenance
 * @param lines the non-blank lines in reading order
 * @param text the text the line numbers refer to
 * @param positioned whether words carry positions (PDF input)
 */
record SourceText(String name, List<Line> lines, String text, boolean positioned) {
    SourceText {
        lines = List.copyOf(lines);
    }
}
