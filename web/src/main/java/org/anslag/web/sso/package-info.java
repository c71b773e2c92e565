/**
 * Staff sign-in through the agency's identity provider with OpenID Connect (authorization code
 * flow with PKCE): {@code /sso/login} sends the browser to the provider, {@code /sso/callback}
 * verifies the ID token it comes back with and signs the user in through the same Jakarta
 * Security mechanism as the form sign-in. Off unless {@code OIDC_ISSUER}, {@code OIDC_CLIENT_ID}
 * and {@code OIDC_CLIENT_SECRET} are set.
 */
package org.anslag.web.sso;
