/**
 * Personal data (GDPR): the register of what each entity holds and why (the record of
 * processing), and data-subject requests: everything about one person, exported, then
 * pseudonymised where no legal hold keeps it.
 */
package org.anslag.privacy;
