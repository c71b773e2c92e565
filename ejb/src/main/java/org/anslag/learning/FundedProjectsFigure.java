package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.anslag.application.GrantApplication;
import org.anslag.call.Programme;
import org.anslag.shared.Actor;
import org.anslag.shared.RuleViolation;

/**
 * The funded projects of a programme as learning/projects.xhtml lists them
 * ({@code funded-projects?programme=3}): organisations only, never a person.
 */
@Stateless
public class FundedProjectsFigure implements FigureSource {

    public static final String NAME = "funded-projects";

    @EJB
    LearningAccess access;
    @EJB
    LearningProjects projects;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
        Long programmeId = programmeId(filters.get("programme"));
        Programme programme = access.requireProgramme(actor, programmeId);
        ResourceBundle labels = ResourceBundle.getBundle("org.anslag.learning.projects", locale);
        List<List<Object>> rows = projects.of(actor, programmeId).stream().map(project -> row(project, labels)).toList();
        return new Figure(labels.getString("title"),
                List.of(new Figure.Filter(labels.getString("programme"), programme.getName())),
                List.of(labels.getString("number"), labels.getString("projectTitle"), labels.getString("coordinator"),
                        labels.getString("partners"), labels.getString("call"), labels.getString("status")),
                rows);
    }

    private static List<Object> row(GrantApplication project, ResourceBundle labels) {
        String partners = project.getPartners().stream().map(partner -> partner.getOrganisation().getName())
                .collect(Collectors.joining(", "));
        return List.of(project.getNumber(), project.getTitle(), project.getCoordinator().getName(), partners,
                project.getCall().getTitle(), labels.getString("status." + project.getStatus()));
    }

    static Long programmeId(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("programme", "research.programme.missing");
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("programme", "research.programme.invalid", value);
        }
    }
}
