package org.anslag.application;

/** Whether a partner municipality has confirmed taking part. */
public enum PartnerConfirmation {
    PENDING, CONFIRMED, DECLINED
}
