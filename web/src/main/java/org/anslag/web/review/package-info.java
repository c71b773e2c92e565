/** The manager's eligibility check and evaluator assignment, and the evaluator's scoring. */
package org.anslag.web.review;
