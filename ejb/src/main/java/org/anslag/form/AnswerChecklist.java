package org.anslag.form;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.application.ChecklistContribution;
import org.anslag.application.GrantApplication;
import org.anslag.application.SubmissionChecklist.Item;

/** The form's part of the submission checklist: every required question answered. */
@ApplicationScoped
public class AnswerChecklist implements ChecklistContribution {

    @EJB
    ApplicationForms forms;
    @EJB
    Answers answers;

    @Override
    public List<Item> itemsFor(GrantApplication draft) {
        return itemsFor(forms.questions(draft.getCall().getId()), answers.ofApplication(draft.getId()));
    }

    static List<Item> itemsFor(List<FormQuestion> questions, Map<Long, String> answered) {
        return questions.stream().filter(FormQuestion::isRequired).filter(q -> !answered.containsKey(q.getId()))
                .map(q -> new Item("answers.xhtml", "q" + q.getId(), "form.unanswered",
                        List.of(q.text(Locale.forLanguageTag("sv")))))
                .toList();
    }
}
