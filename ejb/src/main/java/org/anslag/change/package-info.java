/**
 * Change requests while a grant runs: the coordinator asks to reallocate the budget, to extend the
 * end date or to add or replace a partner municipality; a programme manager (and a second one
 * above the call's four-eyes limit) approves or refuses, and an approved change is applied to the
 * budget, the reporting periods, the payment plan or the partners in one transaction.
 */
package org.anslag.change;
