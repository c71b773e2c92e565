/** Progress reports of funded projects: narrative, indicators, hinders and success factors, assessment. */
package org.anslag.followup;
