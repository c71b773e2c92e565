/** Rules over the whole code base, such as the order in which the business areas build on each other. */
package org.anslag;
