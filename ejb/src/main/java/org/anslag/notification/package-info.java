/** E-mail to users: queued in an outbox with the change it reports, sent after the commit. */
package org.anslag.notification;
