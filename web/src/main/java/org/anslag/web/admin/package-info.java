/** Administration: the reference data upload. */
package org.anslag.web.admin;
