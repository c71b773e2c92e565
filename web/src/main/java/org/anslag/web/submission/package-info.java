/** The receipt and the frozen submitted version as PDF. */
package org.anslag.web.submission;
