/**
 * Municipalities, counties and other organisations, the people who sign in for them (roles,
 * employer and affiliations, registration, invitation, passwords, throttled sign-in), and the
 * importer of the Swedish municipality and county reference data.
 */
package org.anslag.organisation;
