/** The budget step of a draft. */
package org.anslag.web.budget;
