/**
 * The registrar's diary (diarium): every application that arrives and every decision that leaves
 * is registered under its case's registration number (dnr, e.g. 2026-00042) with a date, as the
 * public-access principle and archiving rules require of a Swedish agency.
 */
package org.anslag.registry;
