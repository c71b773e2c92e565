package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.call.Programme;
import org.anslag.learning.LearningAccess;
import org.anslag.learning.LearningNote;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.PerRequest;

/**
 * learning/notes.xhtml?programme=3: every note of a programme (its own and its projects'), a new
 * note about the programme, and the synthesis to download. Without a programme, the reader's newest.
 */
@Named
@ViewScoped
public class ProgrammeNotes extends NoteEditing {

    private static final long serialVersionUID = 1L;

    @EJB
    LearningAccess access;

    private final PerRequest<List<Programme>> readable = new PerRequest<>();
    private final PerRequest<Programme> programme = new PerRequest<>();
    private Long programmeId;

    public void load() {
        if (programmeId == null) {
            programmeId = access.defaultProgramme(currentUser.actor()).map(Programme::getId)
                    .orElseThrow(() -> new NotFound("a programme to take notes on"));
        }
        getProgramme();
    }

    @Override
    protected List<LearningNote> readNotes() {
        return notes.ofProgramme(currentUser.actor(), programmeId);
    }

    @Override
    protected void write(String body) {
        notes.aboutProgramme(currentUser.actor(), programmeId, body);
    }

    @Override
    protected String page() {
        return "/learning/notes.xhtml?faces-redirect=true&programme=" + programmeId;
    }

    public List<Programme> getProgrammes() {
        return readable.get(() -> access.programmes(currentUser.actor()));
    }

    public Programme getProgramme() {
        return programme.get(() -> access.requireProgramme(currentUser.actor(), programmeId));
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }
}
