/** Finance's page of exports and the REST endpoint that streams the spreadsheets. */
package org.anslag.web.finance;
