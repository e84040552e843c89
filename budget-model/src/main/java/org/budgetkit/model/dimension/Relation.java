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
    OF_WHICH,
    /**
     * A grouping of elementary values from across the tree (其他资金 = every fund source but
     * 政府预算拨款): never summed with its siblings; compare it through the leaves it covers.
     */
    GROUPING
}
