/**
 * Grant applications from draft to decision: the coordinating municipality, its partners, the
 * requested amount, submission before the deadline and withdrawal.
 */
package org.anslag.application;
