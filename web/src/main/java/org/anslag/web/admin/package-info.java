/**
 * Administration: reference data upload, registrations, invitations, the user accounts and the
 * reports of accessibility barriers.
 */
package org.anslag.web.admin;
