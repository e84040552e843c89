package org.budgetkit.model.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * A function-classification code (支出功能分类科目) such as 2010301: 类 201 (CLASS) › 款 20103
 * (SECTION) › 项 2010301 (ITEM).
 *
 * <p>{@code FunctionCode.parse("2010301").parent()} is {@code 20103}; {@code parse("204 06 01")}
 * reads the split form some documents print; {@link #of(String, String, String)} joins codes
 * printed in separate 类/款/项 columns. {@code parse(toString())} returns an equal code.
 * Immutable and thread-safe.
 */
public final class FunctionCode implements ClassificationCode {
    private final String digits;
    private final Level level;

    private FunctionCode(String digits, Level level) {
        this.digits = digits;
        this.level = level;
    }

    /**
     * Reads a function code: 3, 5 or 7 digits ({@code 201}, {@code 20103}, {@code 2010301}),
     * or the split form ({@code 204 06 01}); full-width digits are accepted. The 类 starts
     * with 2.
     *
     * @param text the code, not null
     * @return the code, never null
     * @throws IllegalArgumentException if the text is not a function code ({@code 2031},
     *     {@code 301}, letters)
     */
    public static FunctionCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String d = Codes.digits(text.toString().strip(), 3);
        Level level = d == null ? null : Level.ofDigits(d.length());
        if (level == null || d.charAt(0) != '2') {
            throw new IllegalArgumentException(
                    "not a function code (3, 5 or 7 digits, the 类 starting with 2): \"" + text + "\"");
        }
        return new FunctionCode(d, level);
    }

    /**
     * Joins a code printed in separate 类, 款 and 项 columns: {@code of("204", "06", "01")} is
     * {@code 2040601}; {@code of("204", "06", null)} is {@code 20406}.
     *
     * @param classDigits the 类, 3 digits, not null
     * @param sectionDigits the 款, 2 digits, or null or blank for a 类
     * @param itemDigits the 项, 2 digits, or null or blank; requires a 款
     * @return the code, never null
     * @throws IllegalArgumentException if a part is malformed or a 项 comes without a 款
     */
    public static FunctionCode of(String classDigits, String sectionDigits, String itemDigits) {
        Objects.requireNonNull(classDigits, "classDigits");
        boolean hasSection = sectionDigits != null && !sectionDigits.isBlank();
        boolean hasItem = itemDigits != null && !itemDigits.isBlank();
        if (classDigits.strip().length() != 3 || (hasSection && sectionDigits.strip().length() != 2)
                || (hasItem && (!hasSection || itemDigits.strip().length() != 2))) {
            throw new IllegalArgumentException("not a function code in 类/款/项 columns: \""
                    + classDigits + "\", \"" + sectionDigits + "\", \"" + itemDigits + "\"");
        }
        return parse(classDigits.strip() + (hasSection ? sectionDigits.strip() : "")
                + (hasItem ? itemDigits.strip() : ""));
    }

    @Override
    public Scheme scheme() {
        return Scheme.FUNCTION;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String digits() {
        return digits;
    }

    @Override
    public Optional<FunctionCode> parent() {
        return switch (level) {
            case CLASS -> Optional.empty();
            case SECTION -> Optional.of(new FunctionCode(digits.substring(0, 3), Level.CLASS));
            case ITEM -> Optional.of(new FunctionCode(digits.substring(0, 5), Level.SECTION));
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionCode c && c.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The digits, such as {@code 2010301}. */
    @Override
    public String toString() {
        return digits;
    }
}
