package org.anslag.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.anslag.retention.RecordKind;
import org.anslag.retention.Retention;
import org.anslag.retention.RetentionRule;
import org.anslag.retention.RetentionRun;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/** ADMIN sets how long each kind of record keeps its personal data, starts a run and reads the runs. */
@Named
@ViewScoped
public class RetentionRules implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HERE = "/admin/retention.xhtml?faces-redirect=true";

    @EJB
    Retention retention;
    @Inject
    CurrentUser currentUser;

    /** A rule as the form shows it: the days typed are kept when another row is refused. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RecordKind kind;
        private final int stored;
        private final String changedBy;
        private final Instant changedAt;
        private Integer keepDays;

        Row(RetentionRule rule) {
            this.kind = rule.getRecordKind();
            this.stored = rule.getKeepDays();
            this.keepDays = rule.getKeepDays();
            this.changedBy = rule.getChangedBy();
            this.changedAt = rule.getChangedAt();
        }

        public RecordKind getKind() {
            return kind;
        }

        public Integer getKeepDays() {
            return keepDays;
        }

        public void setKeepDays(Integer keepDays) {
            this.keepDays = keepDays;
        }

        public String getChangedBy() {
            return changedBy;
        }

        public Instant getChangedAt() {
            return changedAt;
        }
    }

    private List<Row> rows;
    private final PerRequest<List<RetentionRun>> runs = new PerRequest<>();

    @PostConstruct
    void load() {
        rows = retention.rules(currentUser.actor()).stream().map(Row::new).toList();
    }

    public String save() {
        int changed = 0;
        for (Row row : rows) {
            if (row.keepDays != null && row.keepDays != row.stored) {
                try {
                    retention.change(currentUser.actor(), row.kind, row.keepDays);
                    changed++;
                } catch (RuleViolation violation) {
                    // the field's own range check answers first, next to it; this is the service's word
                    Feedback.show("rules", violation);
                    return null;
                }
            }
        }
        Feedback.info("retention.saved", changed);
        return HERE;
    }

    public String runNow() {
        retention.runNow(currentUser.actor());
        Feedback.info("retention.started");
        return HERE;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<RetentionRun> getRuns() {
        return runs.get(() -> retention.runs(currentUser.actor(), 10));
    }

    public int getLongestDays() {
        return RetentionRule.LONGEST_DAYS;
    }
}
