/**
 * JMH benchmarks of budgetkit: reconciliation, CSV and JSON reading and writing, disclosure
 * reading, roll-up. Built into {@code budget-examples/target/benchmarks.jar}; never part of the
 * test run.
 */
package org.budgetkit.examples.bench;
