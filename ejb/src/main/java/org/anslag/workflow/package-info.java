/**
 * The embedded Camunda engine (started on the server's datasource and transaction manager) and
 * the glue between the BPMN models and the services. All engine-facing code lives here.
 */
package org.anslag.workflow;
