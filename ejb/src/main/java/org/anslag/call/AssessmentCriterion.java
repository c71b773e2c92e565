package org.anslag.call;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One criterion evaluators score on the 1–7 scale; its weight counts in the weighted score. */
@Entity
public class AssessmentCriterion {

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String name;
    private int weight;

    protected AssessmentCriterion() {
    }

    AssessmentCriterion(int position, String name, int weight) {
        this.position = position;
        this.name = name;
        this.weight = weight;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
