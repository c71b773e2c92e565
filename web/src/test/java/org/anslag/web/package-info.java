/** Rules over all of the web module's pages and resources. */
package org.anslag.web;
