// budgetkit in JShell:   ./budget --version >/dev/null && jshell budget.jsh
// (./budget builds budget-examples/target/budget.jar the first time)
/env --class-path budget-examples/target/budget.jar
import java.math.*;
import java.nio.file.*;
import java.util.*;
import org.budgetkit.model.money.*;
import org.budgetkit.model.classification.*;
import org.budgetkit.model.dimension.*;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.fact.*;
import org.budgetkit.model.document.*;
import org.budgetkit.model.sample.*;
import org.budgetkit.rules.*;
import org.budgetkit.rules.change.*;
import org.budgetkit.io.disclosure.*;
var doc = PingshanPetitionBureau2023.document();
System.out.println("doc = " + doc);
