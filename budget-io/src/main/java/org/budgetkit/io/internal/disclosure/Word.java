package org.budgetkit.io.internal.disclosure;

/**
 * A word of a line: its text and, for a PDF, its horizontal extent in points ({@code NaN}
 * for text input, where positions are unknown).
 */
record Word(String text, double x0, double x1) {
    static Word of(String text) {
        return new Word(text, Double.NaN, Double.NaN);
    }

    boolean positioned() {
        return !Double.isNaN(x0);
    }

    double centre() {
        return (x0 + x1) / 2;
    }
}
