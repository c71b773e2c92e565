/** Who did what, when: every state change and every export leaves an entry. */
package org.anslag.audit;
