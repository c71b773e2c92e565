/**
 * Operations (drift): what an administrator watches and restarts when something got stuck: the
 * process instances by state, the engine's failed jobs, and the mail the outbox has not delivered.
 */
package org.anslag.operations;
