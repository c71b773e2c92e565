/** Funding decisions within the call's budget, and the grant agreement the coordinator accepts. */
package org.anslag.award;
