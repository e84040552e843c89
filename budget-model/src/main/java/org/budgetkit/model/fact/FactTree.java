package org.budgetkit.model.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.money.Amount;

/**
 * Facts arranged along one hierarchical dimension, as a readable tree: the facts of a
 * by-function table column under their 类, 款 and 项.
 *
 * <p>{@code FactTree.of(facts, Dimension.FUNCTION, edition::describe)} prints
 * <pre>
 * 合计 1,877 万元
 *   201 一般公共服务支出 1,592 万元
 *     20103 政府办公厅（室）及相关机构事务 1,592 万元
 * </pre>
 * A value whose ancestors are not among the facts still appears under them: the ancestors
 * without a fact are shown without an amount. The facts should differ only along the
 * dimension; where two share a value (or two have none, for the total), the first is shown.
 * Immutable and thread-safe.
 *
 * @param <V> the value type of the dimension
 */
public final class FactTree<V> {
    /**
     * A node: a value of the dimension (empty for the total), its label and its fact, if any.
     *
     * @param <V> the value type
     * @param value the value, or empty for the total
     * @param label the label, never null
     * @param fact the fact at this value, or empty
     * @param children the nodes below, never null
     */
    public record Node<V>(Optional<V> value, String label, Optional<Fact> fact, List<Node<V>> children) {
        /** Copies the children. */
        public Node {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(fact, "fact");
            children = List.copyOf(children);
        }

        /** @return the amount of the fact, or empty */
        public Optional<Amount> amount() {
            return fact.map(Fact::amount);
        }
    }

    private final Dimension<V> dimension;
    private final Node<V> root;

    private FactTree(Dimension<V> dimension, Node<V> root) {
        this.dimension = dimension;
        this.root = root;
    }

    /**
     * Arranges facts along a dimension.
     *
     * @param <V> the value type
     * @param facts the facts, not null
     * @param dimension a hierarchical dimension, not null
     * @param labels the label of a value, such as {@code 2010301 行政运行}, not null
     * @return the tree, never null
     * @throws IllegalArgumentException if the dimension is not hierarchical
     */
    public static <V> FactTree<V> of(FactSet facts, Dimension<V> dimension, Function<? super V, String> labels) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(labels, "labels");
        if (!dimension.isHierarchical()) {
            throw new IllegalArgumentException(dimension + " is not hierarchical");
        }
        Fact total = null;
        Map<V, Fact> byValue = new LinkedHashMap<>();
        for (Fact f : facts) {
            Optional<V> v = f.coordinates().get(dimension);
            if (v.isEmpty()) {
                total = total == null ? f : total;
            } else {
                byValue.putIfAbsent(v.get(), f);
            }
        }
        // Every value and its ancestors become nodes, in order of first appearance.
        Map<Optional<V>, List<V>> children = new LinkedHashMap<>();
        List<V> seen = new ArrayList<>();
        for (V v : byValue.keySet()) {
            List<V> chain = new ArrayList<>();
            for (V x = v; x != null; x = dimension.parent(x).orElse(null)) {
                chain.add(0, x);
            }
            Optional<V> parent = Optional.empty();
            for (V x : chain) {
                if (!seen.contains(x)) {
                    seen.add(x);
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(x);
                }
                parent = Optional.of(x);
            }
        }
        Node<V> root = node(Optional.empty(), "合计", Optional.ofNullable(total), children, byValue, labels);
        return new FactTree<>(dimension, root);
    }

    private static <V> Node<V> node(Optional<V> value, String label, Optional<Fact> fact,
            Map<Optional<V>, List<V>> children, Map<V, Fact> facts, Function<? super V, String> labels) {
        List<Node<V>> kids = new ArrayList<>();
        for (V child : children.getOrDefault(value, List.of())) {
            kids.add(node(Optional.of(child), labels.apply(child), Optional.ofNullable(facts.get(child)), children,
                    facts, labels));
        }
        return new Node<>(value, label, fact, kids);
    }

    /** @return the dimension, never null */
    public Dimension<V> dimension() {
        return dimension;
    }

    /** @return the root: the total (with its fact, if one was given), never null */
    public Node<V> root() {
        return root;
    }

    /** One line a node, indented two spaces a level: {@code   201 一般公共服务支出 1,592 万元}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(root, 0, out);
        return out.toString();
    }

    private static <V> void render(Node<V> node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.label());
        node.amount().ifPresent(a -> out.append(' ').append(a.toShortString()));
        out.append('\n');
        for (Node<V> child : node.children()) {
            render(child, depth + 1, out);
        }
    }
}
