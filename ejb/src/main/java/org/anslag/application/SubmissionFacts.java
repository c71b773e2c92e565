package org.anslag.application;

import java.util.Map;

/**
 * Facts another business area hands to the grant-application process when an application is
 * submitted (e.g. the budget's co-funding share for the eligibility rules), as process variables.
 */
public interface SubmissionFacts {

    Map<String, Object> factsOf(GrantApplication submitted);
}
