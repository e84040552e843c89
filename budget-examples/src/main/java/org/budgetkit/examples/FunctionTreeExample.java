package org.budgetkit.examples;

import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;

/**
 * Prints the bundled example disclosure (深圳市坪山区信访局 2023 department budget) with its
 * function tree: run it with
 * {@code java -cp budget-examples/target/benchmarks.jar org.budgetkit.examples.FunctionTreeExample}.
 */
public final class FunctionTreeExample {
    private FunctionTreeExample() {
    }

    /**
     * Prints the document summary, its tables and the function tree of 表7.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Document doc = PingshanPetitionBureau2023.document();
        System.out.println(doc);
        doc.tables().forEach(t -> System.out.println("  " + t));
        System.out.println();
        System.out.println("表7 一般公共预算支出 by function (本级, 支出总计):");
        System.out.print(PingshanPetitionBureau2023.functionTree());
    }
}
