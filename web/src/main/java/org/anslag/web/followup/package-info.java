/** The coordinator's progress report and the evaluator's assessment of it. */
package org.anslag.web.followup;
