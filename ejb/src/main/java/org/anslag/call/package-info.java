/** Programmes and their funding calls: deadlines, budgets, assessment criteria. */
package org.anslag.call;
