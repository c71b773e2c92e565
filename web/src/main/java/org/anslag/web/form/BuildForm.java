package org.anslag.web.form;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.anslag.call.CallStatus;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.form.ApplicationForms;
import org.anslag.form.FormQuestion;
import org.anslag.form.QuestionDraft;
import org.anslag.form.QuestionKind;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** The programme manager's view of a call's application form: its questions and a new one. */
@Named
@ViewScoped
public class BuildForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicationForms forms;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long callId;
    private String sectionSv;
    private String sectionEn;
    private String textSv;
    private String textEn;
    private QuestionKind kind = QuestionKind.TEXT;
    private boolean required = true;
    private Integer maxLength = QuestionDraft.DEFAULT_MAX_LENGTH;
    private String options;
    private boolean confidential;

    public void load() {
        calls.call(callId);
    }

    public String add() {
        try {
            List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\R"));
            forms.add(currentUser.actor(), callId, new QuestionDraft(sectionSv, sectionEn, textSv, textEn, kind, required,
                    maxLength == null ? 0 : maxLength, lines, confidential));
            Feedback.info("form.questionAdded", textSv);
            return here();
        } catch (RuleViolation violation) {
            Feedback.show("question", violation);
            return null;
        }
    }

    public String remove(Long questionId) {
        return change(() -> forms.remove(currentUser.actor(), questionId));
    }

    public String moveUp(Long questionId) {
        return change(() -> forms.moveUp(currentUser.actor(), questionId));
    }

    private String change(Runnable change) {
        try {
            change.run();
            return here();
        } catch (RuleViolation violation) {
            Feedback.show("questions", violation);
            return null;
        }
    }

    private String here() {
        return "/call/application-form.xhtml?faces-redirect=true&call=" + callId;
    }

    public FundingCall getCall() {
        return calls.call(callId);
    }

    public boolean isChangeable() {
        return getCall().getStatus() == CallStatus.DRAFT;
    }

    public List<FormQuestion> getQuestions() {
        return forms.questions(callId);
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getSectionSv() {
        return sectionSv;
    }

    public void setSectionSv(String sectionSv) {
        this.sectionSv = sectionSv;
    }

    public String getSectionEn() {
        return sectionEn;
    }

    public void setSectionEn(String sectionEn) {
        this.sectionEn = sectionEn;
    }

    public String getTextSv() {
        return textSv;
    }

    public void setTextSv(String textSv) {
        this.textSv = textSv;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
