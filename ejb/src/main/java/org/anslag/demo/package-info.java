/** The demo data set: users for each role, a few municipalities, two open calls and a finished programme
 * with its history (demo/history.json). Only in demo mode. */
package org.anslag.demo;
