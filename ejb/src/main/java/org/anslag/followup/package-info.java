/**
 * Progress reports of funded projects: narrative, indicators, spending against the approved budget
 * (Spending), hinders and success factors, the spread to other municipalities (Spread), and their
 * assessment by the evaluators assigned to the follow-up (ReportAssessors).
 */
package org.anslag.followup;
