/** Administration: reference data upload, registrations, invitations and the user accounts. */
package org.anslag.web.admin;
