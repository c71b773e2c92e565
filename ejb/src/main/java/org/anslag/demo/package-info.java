/** The demo data set: users for each role, a few municipalities, an open call. Only in demo mode. */
package org.anslag.demo;
