package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.learning.LearningNote;
import org.anslag.learning.LearningNotes;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/**
 * The notes part of a learning page: everyone's notes to read, a form for a new one, and the
 * reader's own notes to change or delete. A refused text stays in its field for the author to fix.
 */
public abstract class NoteEditing implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LearningNotes notes;
    @Inject
    CurrentUser currentUser;

    private final PerRequest<List<LearningNote>> shown = new PerRequest<>();
    private String draft;
    private final Map<Long, String> rewrites = new HashMap<>();

    protected abstract List<LearningNote> readNotes();

    protected abstract void write(String body);

    /** Where the page goes after a change, with its own parameters. */
    protected abstract String page();

    public List<LearningNote> getNotes() {
        return shown.get(this::readNotes);
    }

    public boolean mayChange(LearningNote note) {
        return note.isWrittenBy(currentUser.getUsername());
    }

    public String save() {
        try {
            write(draft);
            Feedback.info("research.note.saved");
            return page();
        } catch (RuleViolation violation) {
            refuse("write:note", violation);
            return null;
        }
    }

    public String rewrite(Long noteId) {
        try {
            notes.rewrite(currentUser.actor(), noteId, rewrites.get(noteId));
            Feedback.info("research.note.changed");
            return page();
        } catch (RuleViolation violation) {
            refuse(null, violation);
            return null;
        }
    }

    public String delete(Long noteId) {
        notes.delete(currentUser.actor(), noteId);
        Feedback.info("research.note.deleted");
        return page();
    }

    /** "Anteckning: …" next to the field (or at the top for a note being changed), naming the field. */
    private static void refuse(String clientId, RuleViolation violation) {
        String text = Feedback.text("research.note.label") + ": " + Feedback.text(violation.messageKey(), violation.arguments());
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    public int getMaxLength() {
        return LearningNotes.MAX_LENGTH;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    /** The texts of the reader's own notes as being changed, by note id; filled from the notes. */
    public Map<Long, String> getRewrites() {
        for (LearningNote note : getNotes()) {
            if (mayChange(note)) {
                rewrites.putIfAbsent(note.getId(), note.getBody());
            }
        }
        return rewrites;
    }
}
