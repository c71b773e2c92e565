package org.anslag.form;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anslag.application.SubmissionChecklist;
import org.junit.jupiter.api.Test;

/** Answers are checked against their question; a refusal names the question. */
class AnswerRulesTest {

    private final FormQuestion need = question(1, QuestionKind.TEXT, true, 30, List.of());
    private final FormQuestion staff = question(2, QuestionKind.NUMBER, false, 0, List.of());
    private final FormQuestion start = question(3, QuestionKind.DATE, true, 0, List.of());
    private final FormQuestion audience = question(4, QuestionKind.SINGLE_CHOICE, true, 0,
            List.of("Medarbetare | Staff", "Invånare | Residents"));
    private final FormQuestion areas = question(5, QuestionKind.MULTIPLE_CHOICE, false, 0,
            List.of("Vård", "Skola", "Miljö"));
    private final FormQuestion plan = question(6, QuestionKind.FILE, false, 0, List.of());

    @Test
    void textIsKeptTrimmedWithinItsLimitAndRefusedBeyondNamingTheQuestionAndTheLengths() {
        assertThat(AnswerRules.normalise(need, "  Idéer tas inte om hand  ", Set.of())).isEqualTo("Idéer tas inte om hand");
        var refusal = assertRefused(() -> AnswerRules.normalise(need, "x".repeat(31), Set.of()), "q1", "form.tooLong");
        assertThat(refusal.arguments()).containsExactly("Fråga 1", 30, 31);
    }

    @Test
    void aBlankAnswerIsNoAnswer() {
        assertThat(AnswerRules.normalise(need, "   ", Set.of())).isNull();
        assertThat(AnswerRules.normalise(audience, null, Set.of())).isNull();
    }

    @Test
    void numbersAcceptSwedishWritingAndDatesMustBeIso() {
        assertThat(AnswerRules.normalise(staff, "1 250,5", Set.of())).isEqualTo("1250.5");
        assertRefused(() -> AnswerRules.normalise(staff, "många", Set.of()), "q2", "form.notANumber");
        assertThat(AnswerRules.normalise(start, "2027-01-15", Set.of())).isEqualTo("2027-01-15");
        assertRefused(() -> AnswerRules.normalise(start, "15/1 2027", Set.of()), "q3", "form.notADate");
    }

    @Test
    void choicesAreOptionNumbersWithinTheQuestionsOptions() {
        assertThat(AnswerRules.normalise(audience, "1", Set.of())).isEqualTo("1");
        assertRefused(() -> AnswerRules.normalise(audience, "0,1", Set.of()), "q4", "form.oneOption");
        assertRefused(() -> AnswerRules.normalise(audience, "2", Set.of()), "q4", "form.unknownOption");
        assertThat(AnswerRules.normalise(areas, "2,0,2", Set.of())).isEqualTo("0,2");
        assertThat(audience.optionLabels(Locale.ENGLISH)).containsExactly("Staff", "Residents");
        assertThat(areas.optionLabels(Locale.ENGLISH)).containsExactly("Vård", "Skola", "Miljö");
    }

    @Test
    void aFileAnswerMustBeOneOfTheApplicationsAttachments() {
        assertThat(AnswerRules.normalise(plan, "17", Set.of(17L))).isEqualTo("17");
        assertRefused(() -> AnswerRules.normalise(plan, "18", Set.of(17L)), "q6", "form.unknownAttachment");
    }

    @Test
    void theChecklistNamesEachUnansweredRequiredQuestionWithALinkToIt() {
        List<SubmissionChecklist.Item> items = AnswerChecklist.itemsFor(List.of(need, staff, start, audience),
                Map.of(3L, "2027-01-15"));

        assertThat(items).extracting(SubmissionChecklist.Item::page, SubmissionChecklist.Item::field,
                        SubmissionChecklist.Item::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answers.xhtml", "q1", List.of("Fråga 1")),
                        org.assertj.core.groups.Tuple.tuple("answers.xhtml", "q4", List.of("Fråga 4")));
    }

    @Test
    void aQuestionNeedsItsTextsAndChoicesNeedTwoOptions() {
        assertRefused(() -> new QuestionDraft("Idén", null, " ", null, QuestionKind.TEXT, true, 100, List.of()),
                "textSv", "validation.required");
        assertRefused(() -> new QuestionDraft("Idén", null, "Målgrupp", null, QuestionKind.SINGLE_CHOICE, true, 0,
                List.of("Medarbetare", " ")), "options", "form.twoOptions");
        assertRefused(() -> new QuestionDraft("Idén", null, "Behov", null, QuestionKind.TEXT, true, 20000, List.of()),
                "maxLength", "form.maxLengthRange");
    }

    private static FormQuestion question(long id, QuestionKind kind, boolean required, int maxLength, List<String> options) {
        FormQuestion question = new FormQuestion(7L, (int) id, new QuestionDraft("Avsnitt", null, "Fråga " + id, null,
                kind, required, maxLength == 0 ? QuestionDraft.DEFAULT_MAX_LENGTH : maxLength, options));
        try {
            Field field = FormQuestion.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }
}
