/** The budget command line and runnable examples of the budgetkit API. */
package org.budgetkit.examples;
