package org.budgetkit.io.internal.disclosure;

import java.util.List;

/**
 * A line of the source: its number in the source text (from 1), its page (from 1; 0 for text
 * input), its baseline and height (points from the top of the page; {@code NaN} for text
 * input) and its words in reading order.
 */
record Line(int number, int page, double y, double height, List<Word> words, String text) {
    Line {
        words = List.copyOf(words);
    }

    boolean positioned() {
        return !Double.isNaN(y);
    }

    boolean isBlank() {
        return words.isEmpty();
    }
}
