package org.budgetkit.model.classification;

/** Shared parsing of code digits: full-width folding and the split {@code 204 06 01} form. */
final class Codes {
    private Codes() {
    }

    /**
     * The digits of a code written whole ({@code 2010301}) or split by white space into
     * groups of 3, 2 and 2 ({@code 204 06 01}); null if the text is neither.
     */
    static String digits(CharSequence text, int maxGroups) {
        StringBuilder digits = new StringBuilder(7);
        int groups = 0;
        int groupLength = 0;
        boolean inGroup = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) (c - '\uFF10' + '0');
            }
            if (c >= '0' && c <= '9') {
                if (!inGroup) {
                    if (groups > 0 && !(groups == 1 ? groupLength == 3 : groupLength == 2)) {
                        return null;
                    }
                    groups++;
                    groupLength = 0;
                    inGroup = true;
                }
                digits.append(c);
                groupLength++;
                if (digits.length() > 7) {
                    return null;
                }
            } else if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                inGroup = false;
            } else {
                return null;
            }
        }
        if (groups == 0 || groups > maxGroups) {
            return null;
        }
        if (groups > 1 && groupLength != 2) {
            return null;
        }
        return digits.toString();
    }
}
