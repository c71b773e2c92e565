package org.anslag.learning;

/** The after-report's first question: is the project's result still in use? */
public enum StillInUse {
    YES, PARTLY, NO
}
