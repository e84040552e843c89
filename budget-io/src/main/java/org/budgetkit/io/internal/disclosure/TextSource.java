package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Splits text extracted from a disclosure into lines of words (no positions). */
final class TextSource {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u3000\u00A0]+");

    private TextSource() {
    }

    static SourceText of(String text, String name) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            String raw = text.substring(start, end);
            if (raw.endsWith("\r")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            List<Word> words = new ArrayList<>();
            for (String token : SPACES.split(raw.strip())) {
                if (!token.isEmpty()) {
                    words.add(Word.of(token));
                }
            }
            if (!words.isEmpty()) {
                lines.add(new Line(number, 0, Double.NaN, Double.NaN, words, raw));
            }
            if (end == length) {
                break;
            }
            start = end + 1;
        }
        return new SourceText(name, lines, text, false);
    }
}
