/** The accessibility statement (public/accessibility.xhtml) and its form for reporting barriers. */
package org.anslag.web.accessibility;
