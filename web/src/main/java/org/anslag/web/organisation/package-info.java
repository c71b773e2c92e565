/**
 * Signing in and out, the start page per role, registration and invitation acceptance, and a
 * user's own password: changing it, and resetting a forgotten one by e-mailed link.
 */
package org.anslag.web.organisation;
