/** Spreadsheets for finance, written with Apache POI. */
package org.anslag.finance;
