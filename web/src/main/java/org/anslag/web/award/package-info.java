/** The manager's funding decision and the coordinator's acceptance of the grant agreement. */
package org.anslag.web.award;
