package org.anslag.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.anslag.application.GrantApplication;
import org.anslag.call.Programme;

/** What a researcher or manager noted about a programme, or about one of its funded projects. */
@Entity
public class LearningNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    // eager: the synthesis names each note's project after the notes' transaction has ended
    @ManyToOne
    @JoinColumn(name = "application_id")
    private GrantApplication project;
    private String author;
    private String body;
    private Instant writtenAt;
    private Instant changedAt;
    @Version
    private long version;

    protected LearningNote() {
    }

    LearningNote(Programme programme, GrantApplication project, String author, String body, Instant writtenAt) {
        this.programme = programme;
        this.project = project;
        this.author = author;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    void rewrite(String body, Instant changedAt) {
        this.body = body;
        this.changedAt = changedAt;
    }

    public boolean isWrittenBy(String username) {
        return author.equals(username);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    /** The project the note is about, or null for a note about the whole programme. */
    public GrantApplication getProject() {
        return project;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
