/** Applications' budgets: costs per partner, year and category, co-funding, and the call's money rules. */
package org.anslag.budget;
