package org.anslag.web.finance;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.anslag.award.Recoveries;
import org.anslag.award.RecoveryClaim;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/**
 * Återkrav: the claims raised when closed projects spent less than they were paid, open ones
 * first; finance records the repayment of one, chosen in the address, with its date and reference.
 */
@Named
@ViewScoped
public class RecoveryClaims implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Recoveries recoveries;
    @Inject
    CurrentUser currentUser;

    private final PerRequest<List<RecoveryClaim>> claims = new PerRequest<>();
    private Long claimId;
    private LocalDate recoveredOn;
    private String reference;

    /** Reading the list checks the role; a claim named in the address must exist. */
    public void load() {
        if (claimId != null) {
            getClaim();
        } else {
            getClaims();
        }
    }

    public List<RecoveryClaim> getClaims() {
        return claims.get(() -> recoveries.claims(currentUser.actor()));
    }

    /** The claim whose repayment is being recorded, or null when none is chosen. */
    public RecoveryClaim getClaim() {
        return claimId == null ? null : getClaims().stream().filter(claim -> claim.getId().equals(claimId)).findFirst()
                .orElseThrow(() -> new NotFound("no recovery claim " + claimId));
    }

    public String recordRecovered() {
        try {
            RecoveryClaim claim = recoveries.recordRecovered(currentUser.actor(), claimId, recoveredOn, reference);
            Feedback.info("recovery.recordedInfo", claim.getApplication().getNumber());
            return "/finance/recovery-claims.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("recovery", violation);
            return null;
        }
    }

    public Long getClaimId() {
        return claimId;
    }

    public void setClaimId(Long claimId) {
        this.claimId = claimId;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public void setRecoveredOn(LocalDate recoveredOn) {
        this.recoveredOn = recoveredOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
