/**
 * The {@code budget} command line: {@code audit}, {@code extract}, {@code convert} and
 * {@code tree}. Exit status 0 when no finding is an error, 1 when one is, 2 for unusable input
 * or arguments (one line on standard error, never a stack trace).
 */
package org.budgetkit.examples.cli;
