/** The open data downloads: funded projects for anyone, no sign-in, read only. */
package org.anslag.web.opendata;
