package org.anslag.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An application's answer to one question, kept as text (choices as option numbers, dates as ISO). */
@Entity
@jakarta.persistence.Table(name = "form_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private Long questionId;
    @Column(name = "answer_value")
    private String value;

    protected Answer() {
    }

    Answer(Long applicationId, Long questionId, String value) {
        this.applicationId = applicationId;
        this.questionId = questionId;
        this.value = value;
    }

    void change(String newValue) {
        this.value = newValue;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getValue() {
        return value;
    }
}
