/** What every page uses: sign-in configuration, the current user, language, messages, formats. */
package org.anslag.web.shared;
