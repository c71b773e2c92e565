package org.anslag.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** ADMIN made this RESEARCHER account the accompanying researcher of this programme. */
@Entity
@Table(name = "programme_researcher")
@IdClass(ResearcherAssignment.Key.class)
public class ResearcherAssignment {

    /** The composite key: one assignment per programme and researcher. */
    public static class Key implements Serializable {
        private Long programmeId;
        private String username;

        protected Key() {
        }

        public Key(Long programmeId, String username) {
            this.programmeId = programmeId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(programmeId, key.programmeId)
                    && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeId, username);
        }
    }

    @Id
    private Long programmeId;
    @Id
    private String username;
    private String assignedBy;
    private Instant assignedAt;

    protected ResearcherAssignment() {
    }

    public ResearcherAssignment(Long programmeId, String username, String assignedBy, Instant assignedAt) {
        this.programmeId = programmeId;
        this.username = username;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getUsername() {
        return username;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
