package org.anslag.web.form;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.attachment.Attachment;
import org.anslag.form.Answers;
import org.anslag.form.ApplicationForms;
import org.anslag.form.FormQuestion;
import org.anslag.form.QuestionKind;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.LanguageSelection;

/**
 * The call's questions for one application, in the reader's language. Typed answers are kept
 * in the view while a refused save is corrected.
 */
@Named
@ViewScoped
public class AnswerForm extends org.anslag.web.shared.DraftPart {

    private static final long serialVersionUID = 1L;

    /** A question and what is typed for it (multiple choices as a list of option numbers). */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long questionId;
        private final String section;
        private final boolean newSection;
        private final String text;
        private final QuestionKind kind;
        private final boolean required;
        private final Integer maxLength;
        private final List<String> options;
        private final boolean confidential;
        private String value;
        private List<String> chosen = new ArrayList<>();

        Line(FormQuestion question, Locale locale, boolean newSection, String stored) {
            this.questionId = question.getId();
            this.section = question.section(locale);
            this.newSection = newSection;
            this.text = question.text(locale);
            this.kind = question.getKind();
            this.required = question.isRequired();
            this.maxLength = question.getMaxLength();
            this.options = question.optionLabels(locale);
            this.confidential = question.isConfidential();
            this.value = stored;
            if (kind == QuestionKind.MULTIPLE_CHOICE && stored != null) {
                this.chosen = new ArrayList<>(Arrays.asList(stored.split(",")));
            }
        }

        String typed() {
            return kind == QuestionKind.MULTIPLE_CHOICE ? String.join(",", chosen) : value;
        }

        public Long getQuestionId() {
            return questionId;
        }

        public String getSection() {
            return section;
        }

        public boolean isNewSection() {
            return newSection;
        }

        public String getText() {
            return text;
        }

        public String getKind() {
            return kind.name();
        }

        public boolean isRequired() {
            return required;
        }

        public Integer getMaxLength() {
            return maxLength;
        }

        public List<String> getOptions() {
            return options;
        }

        /** The options as choices whose value is the option's number. */
        public List<jakarta.faces.model.SelectItem> getItems() {
            List<jakarta.faces.model.SelectItem> items = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                items.add(new jakarta.faces.model.SelectItem(String.valueOf(i), options.get(i)));
            }
            return items;
        }

        public String getHint() {
            String hint = kind == QuestionKind.TEXT && maxLength != null ? Feedback.text("form.maxLengthHint", maxLength)
                    : kind == QuestionKind.DATE ? Feedback.text("form.dateHint") : "";
            return confidential ? (hint + " " + Feedback.text("form.confidentialAnswerHint")).strip() : hint;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public List<String> getChosen() {
            return chosen;
        }

        public void setChosen(List<String> chosen) {
            this.chosen = chosen;
        }
    }

    @EJB
    ApplicationForms forms;
    @EJB
    Answers answers;
    @Inject
    org.anslag.web.attachment.AttachmentList attachmentList;
    @Inject
    LanguageSelection language;

    private final List<Line> lines = new ArrayList<>();

    public void load() {
        if (!lines.isEmpty()) {
            return;
        }
        Map<Long, String> stored = answers.of(currentUser.actor(), applicationId());
        String section = null;
        for (FormQuestion question : forms.questions(getApplication().getCall().getId())) {
            String current = question.section(language.getLocale());
            lines.add(new Line(question, language.getLocale(), !current.equals(section), stored.get(question.getId())));
            section = current;
        }
    }

    public String save() {
        try {
            Map<Long, String> typed = new HashMap<>();
            lines.forEach(line -> typed.put(line.questionId, line.typed()));
            answers.save(currentUser.actor(), applicationId(), typed);
            Feedback.info("form.saved");
            return "/application/answers.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("answers", violation);
            return null;
        }
    }

    public List<Attachment> getAttachments() {
        return attachmentList.of(applicationId());
    }

    public String optionLabel(Line line, String key) {
        return line.options.get(Integer.parseInt(key));
    }

    public String attachmentName(String id) {
        return getAttachments().stream().filter(a -> String.valueOf(a.getId()).equals(id)).map(Attachment::getFileName)
                .findFirst().orElse("");
    }



    public List<Line> getLines() {
        return lines;
    }


}
