/** ADMIN's pages and downloads for personal data: the register (record of processing) and data-subject requests. */
package org.anslag.web.privacy;
