/** Building a call's application form, and answering it. */
package org.anslag.web.form;
