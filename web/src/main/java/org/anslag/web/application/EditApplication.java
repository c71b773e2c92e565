package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.application.SubmissionChecklist;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.organisation.Organisation;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.organisation.OrganisationChoice;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/**
 * The draft form. The first save creates the draft; every refused save or submission keeps
 * what was typed on the page and names the field to fix.
 */
@Named
@ViewScoped
public class EditApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Applications applications;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;
    @Inject
    SubmissionChecklist checklist;

    private Long callId;
    private Long applicationId;
    private long version;
    private String number;
    private String title;
    private String summary;
    private BigDecimal requestedAmount;
    private final OrganisationChoice partnerToAdd = new OrganisationChoice();
    private boolean addressNamesDraft;
    private java.time.Instant autosavedAt;
    @Inject
    org.anslag.web.shared.Formats format;
    private List<ApplicationPartner> partners = List.of();
    private final String newDraftPage = java.util.UUID.randomUUID().toString();

    public String load() {
        addressNamesDraft = addressNamesDraft || number != null;
        if (number != null && applicationId == null) {
            GrantApplication application = applications.viewByNumber(currentUser.actor(), number);
            if (application.getStatus() != ApplicationStatus.DRAFT) {
                return "/application/application.xhtml?faces-redirect=true&number=" + application.getNumber();
            }
            show(application);
            title = application.getTitle();
            summary = application.getSummary();
            requestedAmount = application.getRequestedAmount();
        } else if (number == null) {
            if (callId == null) {
                throw new NotFound("neither a call nor an application in the address");
            }
            applications.callToApplyTo(currentUser.actor(), callId);
        }
        return null;
    }

    private void show(GrantApplication application) {
        applicationId = application.getId();
        callId = application.getCall().getId();
        version = application.getVersion();
        number = application.getNumber();
        partners = application.getPartners();
    }

    /** Saved: the page is shown again from its own address, so a reload shows the draft rather than posting again. */
    public String save() {
        if (store()) {
            Feedback.info("application.saved", number);
            return bookmarkable();
        }
        return null;
    }

    /** After the first save the address names the draft, so a reload or a bookmark finds it again. */
    private String bookmarkable() {
        return "/application/edit-application.xhtml?faces-redirect=true&number=" + number;
    }

    public String addPartner() {
        if (partnerToAdd.id() == null) {
            Feedback.show("application", new RuleViolation("partner", "application.choosePartner"));
            return null;
        }
        if (store()) {
            try {
                show(applications.addPartner(currentUser.actor(), applicationId, partnerToAdd.id()));
                partnerToAdd.setId(null);
                return addressNamesDraft ? null : bookmarkable();
            } catch (RuleViolation violation) {
                Feedback.show("application", violation);
            }
        }
        return null;
    }

    public String removePartner(Long organisationId) {
        show(applications.removePartner(currentUser.actor(), applicationId, organisationId));
        return null;
    }

    public String submit() {
        if (!store()) {
            return null;
        }
        try {
            GrantApplication submitted = applications.submit(currentUser.actor(), applicationId);
            Feedback.info("application.submitted", submitted.getNumber());
            return "/application/application.xhtml?faces-redirect=true&number=" + submitted.getNumber();
        } catch (RuleViolation violation) {
            Feedback.show("application", violation);
            return null;
        }
    }

    /**
     * Saves the draft (creating it on first save); false with a field message when refused.
     * A background save and a click on Save can arrive together; one at a time, each sees the
     * draft and version the other left, so there is one draft and no false "changed meanwhile".
     */
    private synchronized boolean store() {
        try {
            if (applicationId == null) {
                show(applications.createDraft(currentUser.actor(), callId, title));
            }
            show(applications.saveDraft(currentUser.actor(), applicationId, version, title, summary, requestedAmount));
            return true;
        } catch (RuleViolation violation) {
            Feedback.show("application", violation);
            return false;
        }
    }

    /** The stored draft's missing items as "Field: what to do", each with the id of its field. */
    public List<ChecklistLine> getChecklist() {
        if (applicationId == null) {
            return List.of();
        }
        return checklist.of(applications.viewByNumber(currentUser.actor(), number)).stream()
                .map(item -> new ChecklistLine(item.page() == null ? "#application:" + item.field()
                        : item.page() + "?number=" + number + "#" + item.field(),
                        Feedback.aboutField(item.field(), item.messageKey(), item.arguments().toArray())))
                .toList();
    }

    /** A line of the checklist and the link to its field, on this page or another step's. */
    public record ChecklistLine(String link, String text) {
    }

    public FundingCall getCall() {
        return calls.call(callId);
    }

    /** Other municipalities, narrowed by the search text (part of the name, or the start of the SCB code). */
    /**
     * Saves the draft in the background when a field is left. A draft is only created once it has
     * a title; refusals show next to the field, as on a manual save.
     */
    public void autosave() {
        if (applicationId == null && (title == null || title.isBlank())) {
            return;
        }
        if (store()) {
            autosavedAt = java.time.Instant.now();
        }
    }

    public String getAutosaveStatus() {
        return autosavedAt == null ? "" : Feedback.text("draft.autosaved", format.dateTime(autosavedAt));
    }

    @Inject
    org.anslag.web.attachment.AttachmentList attachmentList;

    public String getAttachmentsLabel() {
        return Feedback.text("attachment.manage", attachmentList.of(applicationId).size());
    }

    /**
     * Names the draft in the browser's copy of unsaved text; a new draft by its call and this page,
     * so a second new application on the same call never gets the first one's text. Per user: two
     * people sharing a browser never get each other's unsaved text.
     */
    public String getBackupKey() {
        return getBackupOwner() + "." + (number != null ? "application-" + number : "call-" + callId + "-new-" + newDraftPage);
    }

    public String getBackupOwner() {
        return currentUser.getUsername();
    }

    public long getBackupVersion() {
        return applicationId == null ? -1 : version;
    }

    public String getBackupQuery() {
        return number != null ? "number=" + number : "call=" + callId;
    }

    /** The municipality chosen in the picker, kept as its id between requests. */
    public Organisation getPartnerChoice() {
        return partnerToAdd.get();
    }

    public void setPartnerChoice(Organisation choice) {
        partnerToAdd.set(choice);
    }

    public List<ApplicationPartner> getPartners() {
        return partners;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    /** The call in the address, as typed: anything but a call's id finds no call (404), never an error. */
    public String getCallKey() {
        return callId == null ? null : callId.toString();
    }

    public void setCallKey(String key) {
        try {
            this.callId = key == null || key.isBlank() ? null : Long.valueOf(key.strip());
        } catch (NumberFormatException notAnId) {
            this.callId = null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }
}
