package org.budgetkit.io.disclosure;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a reader noticed while reading a disclosure that the caller should know: a table
 * no template recognises (kept as printed, its figures unplaced), a figure that could not be
 * placed on coordinates, a row whose name is not in the classification. Nothing it names was
 * dropped: the figures are in the document, as facts or as {@linkplain
 * org.budgetkit.model.document.Table#unplaced() unplaced figures}.
 *
 * <p>{@code new ReadWarning("a.pdf", 12, 340, "表3", "unrecognised table", "未识别的表格")}.
 * Immutable and thread-safe.
 *
 * @param source the source name, not null
 * @param page the page, from 1; 0 if unknown (text input)
 * @param line the line of the source text, from 1; 0 if not about one line
 * @param table the table number (such as {@code 表3}), or empty
 * @param english what happened, in English, not null
 * @param chinese what happened, in Chinese, not null
 */
public record ReadWarning(String source, int page, int line, String table, String english, String chinese) {
    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if {@code page} or {@code line} is negative
     */
    public ReadWarning {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        if (page < 0 || line < 0) {
            throw new IllegalArgumentException("page and line are 0 (unknown) or positive: " + page + ", " + line);
        }
    }

    /**
     * The warning as one line in the locale's language (Chinese for {@code zh}, English
     * otherwise): {@code a.pdf p.12:340 表3: unrecognised table}.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder(source);
        if (page > 0) {
            out.append(zh ? " 第" + page + "页" : " p." + page);
        }
        if (line > 0) {
            out.append(':').append(line);
        }
        if (!table.isEmpty()) {
            out.append(' ').append(table);
        }
        return out.append(zh ? "：" : ": ").append(zh ? chinese : english).toString();
    }

    /** The English message. */
    @Override
    public String toString() {
        return message(Locale.ROOT);
    }
}
