/** The registrar's diary as staff read it. */
package org.anslag.web.registry;
