/** The applicant's pages: own applications, the draft form with partners, submission, details. */
package org.anslag.web.application;
