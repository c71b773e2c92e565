/**
 * What the programme learns across its projects: coverage of Sweden's municipalities, hinders and
 * success factors, indicators against targets, evaluator calibration, the public results catalogue
 * with the interest and adoption other municipalities register (ResultUptake), follow-up
 * questionnaires after a project closes, and the accompanying researcher's notes
 * (ResearcherAssignment).
 */
package org.anslag.learning;
