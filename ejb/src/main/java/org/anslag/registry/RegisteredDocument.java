package org.anslag.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the diary: a document of a case, never changed once registered. */
@Entity
public class RegisteredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dnr;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private String kind;
    private Long applicationId;
    private String applicationNumber;
    private String title;
    private String counterpart;
    private Instant registeredAt;
    private String registeredBy;

    protected RegisteredDocument() {
    }

    RegisteredDocument(String dnr, Direction direction, String kind, Long applicationId, String applicationNumber,
                       String title, String counterpart, Instant registeredAt, String registeredBy) {
        this.dnr = dnr;
        this.direction = direction;
        this.kind = kind;
        this.applicationId = applicationId;
        this.applicationNumber = applicationNumber;
        this.title = title;
        this.counterpart = counterpart;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public Long getId() {
        return id;
    }

    public String getDnr() {
        return dnr;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
