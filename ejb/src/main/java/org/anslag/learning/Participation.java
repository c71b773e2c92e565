package org.anslag.learning;

import java.time.LocalDate;
import org.anslag.call.CallType;

/** One municipality on one submitted application, as coordinator or as partner. */
public record Participation(Long applicationId, boolean funded, LocalDate submittedOn, Long programmeId, Long callId,
                            String callTitle, CallType callType, String municipalityCode, boolean coordinator) {
}
