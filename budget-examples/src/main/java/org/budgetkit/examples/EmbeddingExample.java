package org.budgetkit.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Reconciler;
import org.budgetkit.rules.Reconciliation;
import org.budgetkit.rules.change.ClaimChecker;

/**
 * budgetkit embedded in an application, in ten lines: read a disclosure, reconcile it, check its
 * claims, export its facts. Depend on it with
 * <pre>{@code
 * <dependency>
 *   <groupId>org.budgetkit</groupId>
 *   <artifactId>budget-io</artifactId>      <!-- brings budget-model -->
 *   <version>0.1.0-SNAPSHOT</version>
 * </dependency>
 * <dependency>
 *   <groupId>org.budgetkit</groupId>
 *   <artifactId>budget-rules</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 * </dependency>
 * }</pre>
 * Run with a disclosure PDF or text, or none for the bundled example:
 * {@code java -cp budget-examples/target/budget.jar org.budgetkit.examples.EmbeddingExample [FILE]}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Reads, reconciles, checks and exports one disclosure.
     *
     * @param args an optional disclosure file
     */
    public static void main(String[] args) {
        Document doc = args.length == 0 ? PingshanPetitionBureau2023.document()
                : DisclosureReader.standard().read(Path.of(args[0])).document();
        Reconciliation reconciliation = Reconciler.standard().reconcile(doc);
        System.out.println(doc + "; " + reconciliation);
        for (Finding f : reconciliation.findings()) {
            System.out.println(f.severity() + " " + f.rule() + ": " + f.message(Locale.CHINESE));
        }
        ClaimChecker.check(doc).stream().filter(c -> c.verdict().isPresent())
                .forEach(c -> System.out.println(c.verdict().get() + " " + c.claim()));
        System.out.print(TidyCsv.write(doc.facts().inTable("表9")));
    }
}
