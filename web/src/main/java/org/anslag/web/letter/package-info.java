/** Decision letters on the application page and as PDF downloads. */
package org.anslag.web.letter;
