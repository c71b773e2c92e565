package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.learning.AfterReport;
import org.anslag.learning.AfterReportAnswer;
import org.anslag.learning.AfterReports;
import org.anslag.learning.StillInUse;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/**
 * The coordinator's users answer a round of the after-report: is the result still in use, which
 * municipalities adopted it (one per line, by name or kommunkod), and what effects it had.
 */
@Named
@ViewScoped
public class AnswerAfterReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AfterReports afterReports;
    @EJB
    Applications applications;
    @EJB
    Organisations organisations;
    @Inject
    CurrentUser currentUser;

    private String number;
    private String months;
    private StillInUse stillInUse;
    private String adoptedIn;
    private String effects;
    private final PerRequest<AfterReport> report = new PerRequest<>();

    public void load() {
        getReport();
    }

    public AfterReport getReport() {
        return report.get(() -> afterReports.forCoordinator(currentUser.actor(), number, round()));
    }

    public GrantApplication getApplication() {
        return applications.byNumber(number);
    }

    public String submit() {
        try {
            List<Long> adopting = municipalities();
            afterReports.answer(currentUser.actor(), number, round(), new AfterReportAnswer(stillInUse, adopting, effects));
            Feedback.info("afterReport.thanks", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("answer", violation);
            return null;
        }
    }

    /** The typed lines as municipalities; refuses a line it does not recognise, naming it. */
    private List<Long> municipalities() {
        List<Organisation> known = organisations.municipalities();
        List<Long> ids = new ArrayList<>();
        for (String line : lines()) {
            Organisation municipality = MunicipalityChoice.find(known, line)
                    .orElseThrow(() -> new RuleViolation("adoptedIn", "afterReport.error.unknownMunicipality", line));
            if (!ids.contains(municipality.getId())) {
                ids.add(municipality.getId());
            }
        }
        return ids;
    }

    private List<String> lines() {
        return adoptedIn == null ? List.of()
                : Arrays.stream(adoptedIn.split("[\\n,;]")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The names of the municipalities an answered round reports. */
    public String adoptedNames() {
        return organisations.all(getReport().getAdoptedIn()).stream().map(Organisation::getName)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private int round() {
        if (!"12".equals(months) && !"24".equals(months)) {
            throw new NotFound("after-report round " + months);
        }
        return Integer.parseInt(months);
    }

    public StillInUse[] getChoices() {
        return StillInUse.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public StillInUse getStillInUse() {
        return stillInUse;
    }

    public void setStillInUse(StillInUse stillInUse) {
        this.stillInUse = stillInUse;
    }

    public String getAdoptedIn() {
        return adoptedIn;
    }

    public void setAdoptedIn(String adoptedIn) {
        this.adoptedIn = adoptedIn;
    }

    public String getEffects() {
        return effects;
    }

    public void setEffects(String effects) {
        this.effects = effects;
    }
}
