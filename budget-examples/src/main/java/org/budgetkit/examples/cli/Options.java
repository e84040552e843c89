package org.budgetkit.examples.cli;

import java.util.Locale;
import org.budgetkit.rules.Severity;

/** Reading of the options several commands share. */
final class Options {
    private Options() {
    }

    static Locale locale(String lang) {
        if (lang == null) {
            return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        }
        return switch (lang) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang takes zh or en, not \"" + lang + "\"");
        };
    }

    static Severity severity(String text) {
        try {
            return Severity.ofId(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--severity takes error, warning or info, not \"" + text + "\"");
        }
    }

}
