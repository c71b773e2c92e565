package org.anslag.call;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.anslag.shared.RuleViolation;

/** A funding programme: its budget and period frame the calls it opens. */
@Entity
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private BigDecimal budget;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String goals;
    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String name, BigDecimal budget, LocalDate startsOn, LocalDate endsOn, String goals) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "validation.required");
        }
        if (budget == null || budget.signum() <= 0) {
            throw new RuleViolation("budget", "validation.positiveAmount");
        }
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new RuleViolation("endsOn", "programme.endsBeforeStart");
        }
        this.name = name.trim();
        this.budget = budget;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.goals = goals;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getGoals() {
        return goals;
    }
}
