package org.anslag.form;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One question of a call's application form, in its section. Choice options are kept one per
 * line as "svensk text | English text"; an option's key is its position, so the answers stay
 * valid when a label's wording is corrected.
 */
@Entity
public class FormQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long callId;
    private int position;
    private String sectionSv;
    private String sectionEn;
    private String textSv;
    private String textEn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private QuestionKind kind;
    private boolean required;
    private Integer maxLength;
    private String options;
    private boolean confidential;

    protected FormQuestion() {
    }

    FormQuestion(Long callId, int position, QuestionDraft draft) {
        this.callId = callId;
        this.position = position;
        this.sectionSv = draft.sectionSv();
        this.sectionEn = draft.sectionEn();
        this.textSv = draft.textSv();
        this.textEn = draft.textEn();
        this.kind = draft.kind();
        this.required = draft.required();
        this.maxLength = draft.kind() == QuestionKind.TEXT ? draft.maxLength() : null;
        this.options = draft.kind().hasOptions() ? String.join("\n", draft.options()) : null;
        this.confidential = draft.confidential();
    }

    FormQuestion copyTo(Long otherCallId) {
        return new FormQuestion(otherCallId, position, draft());
    }

    QuestionDraft draft() {
        return new QuestionDraft(sectionSv, sectionEn, textSv, textEn, kind, required,
                maxLength == null ? QuestionDraft.DEFAULT_MAX_LENGTH : maxLength, optionLines(), confidential);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    private List<String> optionLines() {
        return options == null ? List.of() : Arrays.stream(options.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /** The options' labels in the reader's language, in order; the index is the option's key. */
    public List<String> optionLabels(Locale locale) {
        return optionLines().stream().map(line -> label(line, locale)).toList();
    }

    private static String label(String line, Locale locale) {
        String[] languages = line.split("\\|", 2);
        boolean english = "en".equals(locale.getLanguage()) && languages.length > 1 && !languages[1].isBlank();
        return (english ? languages[1] : languages[0]).strip();
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textSv;
    }

    public String section(Locale locale) {
        return "en".equals(locale.getLanguage()) && sectionEn != null ? sectionEn : sectionSv;
    }

    /** How the question heads its answer in the submitted version: Swedish section and text. */
    public String submittedLabel() {
        Locale swedish = Locale.forLanguageTag("sv");
        return section(swedish) + " / " + text(swedish);
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    /** Its answers may hold business secrets: masked when the case is handed out. */
    public boolean isConfidential() {
        return confidential;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public String getTextSv() {
        return textSv;
    }

    public String getSectionSv() {
        return sectionSv;
    }
}
