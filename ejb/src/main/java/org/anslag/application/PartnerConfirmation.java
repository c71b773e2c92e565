package org.anslag.application;

/** Whether a partner municipality has confirmed taking part; LAPSED when nobody answered in time. */
public enum PartnerConfirmation {
    PENDING, CONFIRMED, DECLINED, LAPSED
}
