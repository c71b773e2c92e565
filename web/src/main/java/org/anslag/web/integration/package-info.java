/**
 * The integration API under /api/v1 for the agency's other systems: bearer-token sign-in,
 * rate limit and audit ({@link org.anslag.web.integration.TokenGate}), the read-only resources
 * with their OpenAPI description, and ADMIN's page to issue and revoke tokens.
 */
package org.anslag.web.integration;
