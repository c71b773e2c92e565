/** The frozen submitted version of an application, its checksum, receipt and PDF. */
package org.anslag.submission;
