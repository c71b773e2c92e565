package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.call.Programme;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;

/**
 * Learning notes: whoever may read a programme's learning (its researchers, the managers) writes
 * notes about the programme or one of its funded projects and reads everyone's; only the author
 * changes or deletes a note.
 */
@Stateless
public class LearningNotes {

    /** As long as the column; a note is a paragraph or a few, a synthesis gathers many. */
    public static final int MAX_LENGTH = 4000;

    @PersistenceContext
    EntityManager em;
    @EJB
    LearningAccess access;
    @EJB
    LearningProjects projects;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public LearningNote aboutProgramme(Actor actor, Long programmeId, String body) {
        Programme programme = access.requireProgramme(actor, programmeId);
        return write(actor, programme, null, body);
    }

    public LearningNote aboutProject(Actor actor, String number, String body) {
        GrantApplication project = projects.project(actor, number);
        return write(actor, project.getCall().getProgramme(), project, body);
    }

    public LearningNote rewrite(Actor actor, Long noteId, String body) {
        LearningNote note = own(actor, noteId);
        note.rewrite(checked(body), clock.instant());
        audit.record(actor.username(), "CHANGE_LEARNING_NOTE", subject(note), "note " + noteId);
        return note;
    }

    public void delete(Actor actor, Long noteId) {
        LearningNote note = own(actor, noteId);
        audit.record(actor.username(), "DELETE_LEARNING_NOTE", subject(note), "note " + noteId);
        em.remove(note);
    }

    /** Every note of the programme, the programme's own first, then per project, oldest first. */
    public List<LearningNote> ofProgramme(Actor actor, Long programmeId) {
        access.requireProgramme(actor, programmeId);
        return em.createQuery("""
                select n from LearningNote n left join n.project p
                where n.programme.id = :programme
                order by case when p.id is null then 0 else 1 end, p.number, n.writtenAt, n.id""", LearningNote.class)
                .setParameter("programme", programmeId).getResultList();
    }

    public List<LearningNote> ofProject(Actor actor, String number) {
        GrantApplication project = projects.project(actor, number);
        return em.createQuery("select n from LearningNote n where n.project = :project order by n.writtenAt, n.id",
                LearningNote.class).setParameter("project", project).getResultList();
    }

    private LearningNote write(Actor actor, Programme programme, GrantApplication project, String body) {
        LearningNote note = new LearningNote(programme, project, actor.username(), checked(body), clock.instant());
        em.persist(note);
        audit.record(actor.username(), "WRITE_LEARNING_NOTE", subject(note), project == null ? "programme" : project.getNumber());
        return note;
    }

    /** The actor's own note in a programme they still may read. */
    private LearningNote own(Actor actor, Long noteId) {
        LearningNote note = noteId == null ? null : em.find(LearningNote.class, noteId);
        if (note == null) {
            throw new NotFound("learning note " + noteId);
        }
        access.requireProgramme(actor, note.getProgramme().getId());
        if (!note.isWrittenBy(actor.username())) {
            throw new AccessDenied(actor.username() + " did not write learning note " + noteId);
        }
        return note;
    }

    private static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("note", "research.note.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolation("note", "research.note.tooLong", MAX_LENGTH, text.length());
        }
        return text;
    }

    private static String subject(LearningNote note) {
        return "programme:" + note.getProgramme().getId();
    }
}
