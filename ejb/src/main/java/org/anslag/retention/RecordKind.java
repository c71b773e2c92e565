package org.anslag.retention;

/**
 * The kinds of record a retention rule covers, each with what goes when its period has passed.
 * Submitted applications, decisions, agreements, payments and reports are public records kept
 * under the archiving rules (arkivlagen); the data-subject request pseudonymises the people in them.
 */
public enum RecordKind {
    /** A draft never submitted and not changed for the period: its texts, answers and files go. */
    UNSUBMITTED_DRAFT,
    /** Sent (or given up) mail: the body goes; recipient, subject and times stay. */
    SENT_MAIL,
    /** Staff reads of applications and files: the entries go. */
    READ_LOG,
    /** Who did what: the entries go. */
    AUDIT_LOG,
    /** Finished process instances in Camunda's history: the engine's history cleanup removes them. */
    PROCESS_HISTORY
}
