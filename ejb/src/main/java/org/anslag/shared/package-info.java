/** Building blocks every business area shares: who is acting, the clock, rule violations. */
package org.anslag.shared;
