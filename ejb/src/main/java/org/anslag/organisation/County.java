package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.io.Serializable;

/** A Swedish county (län), identified by its two-digit SCB code. */
@Entity
public class County implements Serializable {

    @Id
    private String code;
    private String name;

    protected County() {
    }

    public County(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }
}
