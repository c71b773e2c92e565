/** Signing in and out, the start page per role, and the reference data upload. */
package org.anslag.web.organisation;
