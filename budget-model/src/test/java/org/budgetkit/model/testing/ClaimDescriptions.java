package org.budgetkit.model.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetkit.model.document.Claim;

/**
 * Claims described field by field, for comparing claims read from text with the hand-built ones
 * on everything but their sentence (which the hand-built seed may abbreviate).
 */
public final class ClaimDescriptions {
    private ClaimDescriptions() {
    }

    /**
     * One line per claim and part (parts indented under their claim): kind, subject, coordinates,
     * year, comparison year, amount, change, direction, percent, count, counter word, whole,
     * number of parts and line.
     *
     * @param claims the top-level claims, not null
     * @return the lines, never null
     */
    public static List<String> describe(List<Claim> claims) {
        List<String> out = new ArrayList<>();
        claims.forEach(c -> describe(c, "", out));
        return out;
    }

    private static void describe(Claim c, String indent, List<String> out) {
        out.add(indent + c.kind() + " | " + c.subject() + " | " + c.coordinates() + " | " + c.year() + " | "
                + c.comparisonYear().orElse(null) + " | " + c.amount().orElse(null) + " | " + c.change().orElse(null)
                + " | " + c.direction().orElse(null) + " | " + c.percent().orElse(null) + " | "
                + c.count().map(BigDecimal::toPlainString).orElse(null) + " | " + c.countUnit() + " | "
                + c.whole().orElse(null) + " | " + c.parts().size() + " parts | line " + c.line());
        for (Claim p : c.parts()) {
            describe(p, indent + "  ", out);
        }
    }
}
