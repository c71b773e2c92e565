/**
 * The embedded Camunda engine (started on the server's datasource and transaction manager) and
 * the services' handle on the processes: start them, complete their tasks, correlate messages.
 * All engine-facing code lives here. The beans the models call by name when a timer fires
 * ({@code fundingCallEvents}, {@code applicationProcessEvents}, ...) live in the area they serve,
 * so this package depends on no business area.
 */
package org.anslag.workflow;
