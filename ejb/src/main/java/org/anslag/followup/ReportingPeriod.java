package org.anslag.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One reporting period of a grant. The call gives every grant the same periods; a grant keeps its
 * own copy because an approved extension moves the periods it has not yet reported.
 */
@Entity
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private int periodNumber;
    private LocalDate endsOn;
    @Version
    private long version;

    protected ReportingPeriod() {
    }

    ReportingPeriod(Long applicationId, int periodNumber, LocalDate endsOn) {
        this.applicationId = applicationId;
        this.periodNumber = periodNumber;
        this.endsOn = endsOn;
    }

    void moveTo(LocalDate newEnd) {
        this.endsOn = newEnd;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    /** 1 for the first period. */
    public int getPeriodNumber() {
        return periodNumber;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
