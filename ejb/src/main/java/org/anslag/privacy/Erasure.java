package org.anslag.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answered request for erasure: its id numbers the pseudonym that replaced the person, and it
 * keeps counts only, so the record of the erasure identifies no one.
 */
@Entity
@Table(name = "personal_data_erasure")
public class Erasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant erasedAt;
    private String erasedBy;
    private int rowsChanged;
    private int filesDeleted;
    private int filesHeld;
    private int mailsDeleted;

    protected Erasure() {
    }

    Erasure(Instant erasedAt, String erasedBy) {
        this.erasedAt = erasedAt;
        this.erasedBy = erasedBy;
    }

    void counted(int rows, int deleted, int held, int mails) {
        this.rowsChanged = rows;
        this.filesDeleted = deleted;
        this.filesHeld = held;
        this.mailsDeleted = mails;
    }

    public String pseudonymName() {
        return "Raderad person " + id;
    }

    public String pseudonymUsername() {
        return "raderad-" + id;
    }

    public String pseudonymEmail() {
        return "raderad-" + id + "@raderad.invalid";
    }

    public Long getId() {
        return id;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public int getRowsChanged() {
        return rowsChanged;
    }

    public int getFilesDeleted() {
        return filesDeleted;
    }

    public int getFilesHeld() {
        return filesHeld;
    }

    public int getMailsDeleted() {
        return mailsDeleted;
    }
}
