package org.budgetkit.model.classification;

import java.util.Objects;

/**
 * The level of a classification code: 类 (CLASS), 款 (SECTION) or 项 (ITEM).
 *
 * <p>Immutable and thread-safe.
 */
public enum Level {
    /** 类: 3 digits, such as 201. */
    CLASS("类", 3),
    /** 款: 5 digits, such as 20103. */
    SECTION("款", 5),
    /** 项: 7 digits, such as 2010301 (function classification only). */
    ITEM("项", 7);

    private final String chineseName;
    private final int digits;

    Level(String chineseName, int digits) {
        this.chineseName = chineseName;
        this.digits = digits;
    }

    /** @return 类, 款 or 项, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the number of digits of a code at this level */
    public int digits() {
        return digits;
    }

    /**
     * The level with this Chinese name.
     *
     * @param name 类, 款 or 项, not null
     * @return the level, never null
     * @throws IllegalArgumentException for any other name
     */
    public static Level ofChineseName(String name) {
        Objects.requireNonNull(name, "name");
        for (Level l : values()) {
            if (l.chineseName.equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("not a level (类, 款, 项): \"" + name + "\"");
    }

    static Level ofDigits(int length) {
        for (Level l : values()) {
            if (l.digits == length) {
                return l;
            }
        }
        return null;
    }
}
