package org.budgetkit.model.classification;

import java.util.ArrayList;
import java.util.List;

/** The few lines of RFC 4180 the classification lists need: quoted fields, no embedded newlines. */
final class SimpleCsv {
    private SimpleCsv() {
    }

    /**
     * The fields of one line and the column (from 1) where each starts in the line as written,
     * quotes included, so that errors about a field point at it.
     */
    record Fields(List<String> values, int[] columns, int lineLength) {
        int size() {
            return values.size();
        }

        String get(int index) {
            return values.get(index);
        }

        int column(int index) {
            return columns[index];
        }
    }

    /** Splits a line into fields, or throws naming the line and column of what is wrong. */
    static Fields split(String line, String source, int lineNumber) {
        List<String> fields = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            starts.add(i + 1);
            if (i < line.length() && line.charAt(i) == '"') {
                int start = i;
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new ClassificationFormatException(source, lineNumber, start + 1, "unclosed quote");
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new ClassificationFormatException(source, lineNumber, i + 1,
                            "text after a closing quote");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i);
                    if (c == '"') {
                        throw new ClassificationFormatException(source, lineNumber, i + 1,
                                "quote inside an unquoted field");
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return new Fields(List.copyOf(fields), starts.stream().mapToInt(Integer::intValue).toArray(),
                        line.length());
            }
            i++;
        }
    }
}
