package org.budgetkit.model.dimension;

import java.util.Objects;

/**
 * A named project (项目) of a project-expenditure table.
 *
 * <p>{@code new Project("信访事务")}; {@code parse(toString())} returns an equal project.
 * Immutable and thread-safe.
 *
 * @param name the project name as printed, not blank, one line
 */
public record Project(String name) {
    /**
     * Validates the name.
     *
     * @throws IllegalArgumentException if the name is blank or has a line break
     */
    public Project {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a project name must be non-blank and one line: \"" + name + "\"");
        }
        name = name.strip();
    }

    /**
     * Reads a project name.
     *
     * @param text the name, not null
     * @return the project, never null
     * @throws IllegalArgumentException if blank
     */
    public static Project parse(CharSequence text) {
        return new Project(Objects.requireNonNull(text, "text").toString());
    }

    /** @return the name */
    @Override
    public String toString() {
        return name;
    }
}
