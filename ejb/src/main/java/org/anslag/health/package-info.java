/**
 * Readiness checks for MicroProfile Health. WildFly registers health checks only from the EAR's
 * top-level deployment, so this package is packaged as a separate jar into the EAR's lib/.
 */
package org.anslag.health;
