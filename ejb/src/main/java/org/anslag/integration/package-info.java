/**
 * The read-only integration API for the agency's other systems (diarium, ERP, BI): the tokens
 * ADMIN issues to them, each with a scope saying what it may read, and the records they read
 * (calls, applications, decisions, payments, reports), paged and in stable shapes.
 */
package org.anslag.integration;
