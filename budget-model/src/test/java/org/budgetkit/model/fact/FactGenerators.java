package org.budgetkit.model.fact;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Generators;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of coordinates, shared by the model's tests (and, through the test
 * jar, other modules'): every dimension independently present or absent, with values from
 * {@link Generators} (names that contain separators, quotes and text that looks like other
 * coordinates).
 */
public final class FactGenerators {
    private FactGenerators() {
    }

    /** Coordinates on any subset of the dimensions (possibly none). */
    public static Gen<Coordinates> coordinates() {
        Gen<Coordinates> first = Generators.budgetUnits().zip(arbitrary().enumValues(Flow.class), Generators.years(),
                Generators.functionCodes(), lists().of(booleans().all()).ofSize(5),
                (unit, flow, year, function, present) -> {
                    Coordinates c = Coordinates.empty();
                    c = present.get(0) ? c.with(Dimension.UNIT, unit) : c;
                    c = present.get(1) ? c.with(Dimension.FLOW, flow) : c;
                    c = present.get(2) ? c.with(Dimension.YEAR, year) : c;
                    c = present.get(3) ? c.with(Dimension.FUNCTION, function) : c;
                    return c;
                });
        Gen<Coordinates> second = Generators.economicCodes().zip(arbitrary().enumValues(FundSource.class),
                arbitrary().enumValues(Nature.class), arbitrary().enumValues(SpecialItem.class),
                lists().of(booleans().all()).ofSize(4),
                (economic, source, nature, item, present) -> {
                    Coordinates c = Coordinates.empty();
                    c = present.get(0) ? c.with(Dimension.ECONOMIC, economic) : c;
                    c = present.get(1) ? c.with(Dimension.FUND_SOURCE, source) : c;
                    c = present.get(2) ? c.with(Dimension.NATURE, nature) : c;
                    c = present.get(3) ? c.with(Dimension.ITEM, item) : c;
                    return c;
                });
        Gen<Coordinates> third = Generators.projects().zip(arbitrary().enumValues(Measure.class),
                lists().of(booleans().all()).ofSize(2),
                (project, measure, present) -> {
                    Coordinates c = Coordinates.empty();
                    c = present.get(0) ? c.with(Dimension.PROJECT, project) : c;
                    // MEASURE=AMOUNT is the default: with() leaves it out.
                    c = present.get(1) ? c.with(Dimension.MEASURE, measure) : c;
                    return c;
                });
        return first.zip(second, third, (a, b, c) -> a.merge(b).merge(c));
    }

    /** Coordinates with the required unit, flow and year set, and any of the others. */
    public static Gen<Coordinates> factCoordinates() {
        return coordinates().zip(Generators.budgetUnits(), arbitrary().enumValues(Flow.class), Generators.years(),
                (c, unit, flow, year) -> c.without(Dimension.UNIT).without(Dimension.FLOW).without(Dimension.YEAR)
                        .with(Dimension.UNIT, unit).with(Dimension.FLOW, flow).with(Dimension.YEAR, year));
    }

    /** A few fixed values per dimension, so that generated coordinates often coincide or match. */
    public static Gen<Coordinates> smallCoordinates() {
        return arbitrary().pick(List.of("{}", "{function=201}", "{function=2010301}", "{nature=BASIC}",
                "{function=201, nature=BASIC}", "{flow=EXPENDITURE}", "{flow=EXPENDITURE, function=201}",
                "{year=2023}", "{year=2022, function=201}", "{fund_source=GENERAL_PUBLIC_BUDGET}",
                "{measure=CHANGE}", "{item=THREE_PUBLIC, measure=CHANGE}"))
                .map(Coordinates::parse);
    }
}
