// budgetkit in JShell: jshell budget.jsh  (after ./budget --version has built the jar)
/env --class-path budget-examples/target/budget.jar
import java.math.*;
import java.util.*;
import org.budgetkit.model.money.*;
import org.budgetkit.model.classification.*;
import org.budgetkit.model.dimension.*;
import org.budgetkit.model.fact.*;
import org.budgetkit.model.document.*;
import org.budgetkit.model.sample.*;
var doc = PingshanPetitionBureau2023.document();
System.out.println("doc = " + doc);
