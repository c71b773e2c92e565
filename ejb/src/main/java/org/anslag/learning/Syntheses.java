package org.anslag.learning;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.audit.AuditLog;
import org.anslag.call.Programme;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;

/**
 * Gathers a programme's synthesis: its notes and every learning figure there is, so figures added
 * later join by being a {@link FigureSource}. A figure the reader may not see, or that needs a filter
 * a programme alone does not give, is left out. Gathering runs outside a transaction so that such a
 * refusal cannot roll back the rest; the export is then audited in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Syntheses {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.STOCKHOLM);

    /** The document's own words in the reader's language; patterns in MessageFormat. */
    public record Labels(String titlePattern, String exportedByPattern, String notesHeading, String programmeNotes,
                         String projectPattern, String bylinePattern, String noNotes, String figuresHeading, String noFigures) {
    }

    @EJB
    LearningAccess access;
    @EJB
    LearningNotes notes;
    @EJB
    Organisations organisations;
    @Inject
    @Any
    Instance<FigureSource> figureSources;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext context;

    public Synthesis synthesis(Actor actor, Long programmeId, Labels labels, Locale locale) {
        Programme programme = access.requireProgramme(actor, programmeId);
        List<Figure> figures = figures(actor, programmeId, locale);
        List<Synthesis.Section> sections = sections(notes.ofProgramme(actor, programmeId), labels);
        context.getBusinessObject(Syntheses.class).recordExport(actor, programmeId, sections, figures);
        String exported = MessageFormat.format(labels.exportedByPattern(), name(actor.username()), STAMP.format(clock.instant()));
        return new Synthesis(MessageFormat.format(labels.titlePattern(), programme.getName()), List.of(exported),
                labels.notesHeading(), sections, labels.noNotes(), labels.figuresHeading(), figures, labels.noFigures());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordExport(Actor actor, Long programmeId, List<Synthesis.Section> sections, List<Figure> figures) {
        audit.record(actor.username(), "EXPORT_SYNTHESIS", "programme:" + programmeId,
                sections.stream().mapToInt(section -> section.notes().size()).sum() + " notes, " + figures.size() + " figures");
    }

    private List<Figure> figures(Actor actor, Long programmeId, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        figureSources.stream().sorted(Comparator.comparing(FigureSource::name)).forEach(source -> {
            try {
                figures.add(source.figure(actor, Map.of("programme", String.valueOf(programmeId)), locale));
            } catch (AccessDenied | NotFound | RuleViolation notForThisReader) {
                // the synthesis holds what the reader may download; this figure is not among it
            }
        });
        return figures;
    }

    private List<Synthesis.Section> sections(List<LearningNote> all, Labels labels) {
        Map<String, List<Synthesis.Note>> byHeading = new LinkedHashMap<>();
        for (LearningNote note : all) {
            String heading = note.getProject() == null ? labels.programmeNotes()
                    : MessageFormat.format(labels.projectPattern(), note.getProject().getNumber(), note.getProject().getTitle());
            String byline = MessageFormat.format(labels.bylinePattern(), name(note.getAuthor()), STAMP.format(note.getWrittenAt()));
            byHeading.computeIfAbsent(heading, key -> new ArrayList<>()).add(new Synthesis.Note(byline, note.getBody()));
        }
        return byHeading.entrySet().stream().map(entry -> new Synthesis.Section(entry.getKey(), entry.getValue())).toList();
    }

    private String name(String username) {
        return organisations.account(username).map(UserAccount::getFullName).orElse(username);
    }
}
