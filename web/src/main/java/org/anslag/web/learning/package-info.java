/** Pages and downloads of programme learning: coverage, hinders and success factors, indicators, calibration, catalogue, notes. */
package org.anslag.web.learning;
