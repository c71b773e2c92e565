package org.anslag.application;

/**
 * Where an evaluator stands with one application, as another business area sees it: review knows
 * who reviews it and who declared a conflict, follow-up who assesses its reports. The access
 * policy asks every area, so application needs no import of theirs.
 */
public interface EvaluatorStanding {

    Standing of(String evaluator, GrantApplication application);

    enum Standing {
        /** This area gives the evaluator no reason to read the application. */
        NONE,
        /** Assigned here after declaring no conflict: may read the content. */
        ASSIGNED,
        /** Declared a conflict: may read nothing beyond who applies with whom, whatever else says. */
        CONFLICTED
    }
}
