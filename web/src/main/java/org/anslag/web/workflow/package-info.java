/** The task list: every open step of the grant-application process the user may take. */
package org.anslag.web.workflow;
