package org.anslag.call;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.anslag.organisation.OrganisationKind;
import org.anslag.shared.RuleViolation;

/**
 * What an application must meet to be submitted: who may apply, how many partners, how much the
 * applicants pay themselves (percent of the total cost), and how long after the deadline a
 * submission is still taken (minutes, 0 = none).
 */
public record CallRules(Set<OrganisationKind> eligibleKinds, int minPartners, int maxPartners,
                        BigDecimal minCoFundingShare, int graceMinutes) {

    public static CallRules municipalitiesWithPartner() {
        return new CallRules(EnumSet.of(OrganisationKind.MUNICIPALITY), 1, 10, BigDecimal.ZERO, 0);
    }

    public CallRules {
        if (eligibleKinds == null || eligibleKinds.isEmpty()) {
            throw new RuleViolation("eligibleKinds", "call.noEligibleKind");
        }
        eligibleKinds = Set.copyOf(eligibleKinds);
        if (minPartners < 0) {
            throw new RuleViolation("minPartners", "validation.notNegative");
        }
        if (maxPartners < minPartners) {
            throw new RuleViolation("maxPartners", "call.maxPartnersBelowMin", minPartners);
        }
        if (minCoFundingShare == null || minCoFundingShare.signum() < 0
                || minCoFundingShare.compareTo(new BigDecimal("100")) >= 0) {
            throw new RuleViolation("minCoFundingShare", "call.coFundingShareRange");
        }
        if (graceMinutes < 0 || graceMinutes > 24 * 60) {
            throw new RuleViolation("graceMinutes", "call.graceRange");
        }
    }
}
