package org.anslag.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.shared.RuleViolation;

/** Checks a typed answer against its question and gives it the stored form; a refusal names the question. */
final class AnswerRules {

    private AnswerRules() {
    }

    /** The answer as stored, or null for a blank answer (which is not an answer at all). */
    static String normalise(FormQuestion question, String typed, Set<Long> attachmentIds) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        String field = "q" + question.getId();
        String name = question.text(Locale.forLanguageTag("sv"));
        return switch (question.getKind()) {
            case TEXT -> {
                if (value.length() > question.getMaxLength()) {
                    throw new RuleViolation(field, "form.tooLong", name, question.getMaxLength(), value.length());
                }
                yield value;
            }
            case NUMBER -> {
                try {
                    yield new BigDecimal(value.replace(" ", "").replace("\u00A0", "").replace(',', '.')).toPlainString();
                } catch (NumberFormatException e) {
                    throw new RuleViolation(field, "form.notANumber", name);
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new RuleViolation(field, "form.notADate", name);
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options(question, value, field, name);
            case FILE -> {
                if (!value.matches("\\d+") || !attachmentIds.contains(Long.valueOf(value))) {
                    throw new RuleViolation(field, "form.unknownAttachment", name);
                }
                yield value;
            }
        };
    }

    private static String options(FormQuestion question, String value, String field, String name) {
        int count = question.optionLabels(Locale.ROOT).size();
        List<String> chosen = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (question.getKind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
            throw new RuleViolation(field, "form.oneOption", name);
        }
        for (String option : chosen) {
            if (!option.matches("\\d+") || Integer.parseInt(option) >= count) {
                throw new RuleViolation(field, "form.unknownOption", name);
            }
        }
        return chosen.stream().map(Integer::valueOf).sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
