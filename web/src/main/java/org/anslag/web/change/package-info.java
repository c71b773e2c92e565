/** Change requests of running grants: asking (coordinator), confirming (new partner), deciding (managers), the list on the application page. */
package org.anslag.web.change;
