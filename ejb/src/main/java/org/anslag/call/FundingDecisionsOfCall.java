package org.anslag.call;

/**
 * Whether a call has funding decisions, taken or awaiting a second manager. The award area
 * answers (a CDI bean), so that call, which award builds on, need not know award.
 */
public interface FundingDecisionsOfCall {

    boolean anyFor(Long callId);
}
