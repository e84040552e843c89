package org.budgetkit.model.sample;

/** Placeholder until the seed data lands. */
public final class PingshanPetitionBureau2023 {
    private PingshanPetitionBureau2023() {
    }
}
