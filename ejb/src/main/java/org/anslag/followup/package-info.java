/**
 * Progress reports of funded projects: narrative, indicators, hinders and success factors, and
 * their assessment by the evaluators assigned to the follow-up (ReportAssessors).
 */
package org.anslag.followup;
