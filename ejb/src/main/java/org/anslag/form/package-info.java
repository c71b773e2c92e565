/** Each call's own application form (sections and questions) and the applications' answers. */
package org.anslag.form;
