package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationCode;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.classification.Level;

/**
 * Resolves names printed without codes: first against the codes the document itself prints
 * with their names (a 收支总表 names the 类 its 支出总表 codes), then against the
 * classification's edition of the document's year (with its nearest-edition fallback).
 */
final class NameIndex {
    private final Classification<FunctionCode> functions;
    private final Classification<EconomicCode> economic;
    private final int year;
    private final Map<FunctionCode, String> seenFunctions = new LinkedHashMap<>();
    private final Map<EconomicCode, String> seenEconomic = new LinkedHashMap<>();

    NameIndex(Classification<FunctionCode> functions, Classification<EconomicCode> economic, int year) {
        this.functions = functions;
        this.economic = economic;
        this.year = year;
    }

    void learn(FunctionCode code, String name) {
        if (!name.isBlank()) {
            seenFunctions.putIfAbsent(code, Tokens.norm(name));
        }
    }

    void learn(EconomicCode code, String name) {
        if (!name.isBlank()) {
            seenEconomic.putIfAbsent(code, Tokens.norm(name));
        }
    }

    /**
     * The function codes the document prints with their names, as a classification of its year
     * over the one it was given: what the narrative's names are resolved in.
     */
    Classification<FunctionCode> printedFunctions(String source) {
        List<Classification.Entry<FunctionCode>> entries = new ArrayList<>();
        for (Map.Entry<FunctionCode, String> e : seenFunctions.entrySet()) {
            entries.add(new Classification.Entry<>(e.getKey(), e.getValue(), year, year));
        }
        if (entries.isEmpty()) {
            return functions;
        }
        return Classification.of("printed in " + source, entries).merge(functions);
    }

    boolean seen(FunctionCode code) {
        return seenFunctions.containsKey(code);
    }

    /** The function code named {@code name} directly under {@code parent} (empty: a 类). */
    Optional<FunctionCode> function(Optional<FunctionCode> parent, String name) {
        return under(seenFunctions, functions, parent, name);
    }

    /** The function code named {@code name} under {@code parent} among those the document prints. */
    Optional<FunctionCode> printedFunction(Optional<FunctionCode> parent, String name) {
        return Optional.ofNullable(printed(seenFunctions, parent, Tokens.norm(name)));
    }

    /** The economic code named {@code name} directly under {@code parent} (empty: a 类). */
    Optional<EconomicCode> economic(Optional<EconomicCode> parent, String name) {
        return under(seenEconomic, economic, parent, name);
    }

    /**
     * The function 项 named {@code name}, wherever it is: the one the document prints, else the
     * only one of that name in the edition, else the only one under a 款 the document prints.
     */
    Optional<FunctionCode> functionItem(String name) {
        String wanted = Tokens.norm(name);
        List<FunctionCode> printed = new ArrayList<>();
        for (Map.Entry<FunctionCode, String> e : seenFunctions.entrySet()) {
            if (e.getKey().level() == Level.ITEM && e.getValue().equals(wanted)) {
                printed.add(e.getKey());
            }
        }
        if (printed.size() == 1) {
            return Optional.of(printed.get(0));
        }
        if (printed.size() > 1) {
            return Optional.empty();
        }
        List<FunctionCode> listed = new ArrayList<>();
        for (FunctionCode c : functions.edition(year).findAllByName(name)) {
            if (c.level() == Level.ITEM) {
                listed.add(c);
            }
        }
        if (listed.size() == 1) {
            return Optional.of(listed.get(0));
        }
        List<FunctionCode> underPrinted = new ArrayList<>();
        for (FunctionCode c : listed) {
            if (c.parent().map(seenFunctions::containsKey).orElse(false)) {
                underPrinted.add(c);
            }
        }
        return underPrinted.size() == 1 ? Optional.of(underPrinted.get(0)) : Optional.empty();
    }

    private <C extends ClassificationCode> Optional<C> under(Map<C, String> seen, Classification<C> classification,
            Optional<C> parent, String name) {
        String wanted = Tokens.norm(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        C found = printed(seen, parent, wanted);
        if (found != null) {
            return Optional.of(found);
        }
        return classification.findByName(year, parent, name);
    }

    private static <C extends ClassificationCode> C printed(Map<C, String> seen, Optional<C> parent, String wanted) {
        C found = null;
        for (Map.Entry<C, String> e : seen.entrySet()) {
            if (e.getValue().equals(wanted) && e.getKey().parent().equals(parent)) {
                if (found != null && !found.equals(e.getKey())) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }
}
