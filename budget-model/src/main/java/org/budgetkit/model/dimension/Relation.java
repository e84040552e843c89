package org.budgetkit.model.dimension;

/**
 * How a value of a hierarchical dimension relates to its parent.
 *
 * <p>Immutable and thread-safe.
 */
public enum Relation {
    /** One of the parts that together make up the parent: parent = Σ components. */
    COMPONENT,
    /** A part singled out ("其中"): not more than the parent, and not summed with its siblings. */
    OF_WHICH
}
