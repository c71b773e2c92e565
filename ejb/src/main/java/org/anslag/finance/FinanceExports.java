package org.anslag.finance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.audit.AuditLog;
import org.anslag.award.Awards;
import org.anslag.award.Disbursements;
import org.anslag.award.FundingDecision;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.review.Rankings;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.Role;

/** Exports for finance; every export is audited. */
@Stateless
public class FinanceExports {

    @EJB
    Calls calls;
    @EJB
    Awards awards;
    @EJB
    Rankings rankings;
    @EJB
    Disbursements disbursements;
    @Inject
    AuditLog audit;

    public byte[] decisionsOf(Actor actor, Long callId, Locale locale) {
        actor.require(Role.FINANCE, Role.PROGRAMME_MANAGER);
        FundingCall call = calls.call(callId);
        // a grant still waiting for its second manager is not a decision yet
        List<DecisionRow> rows = awards.decisionsOf(callId).stream().filter(decision -> !decision.isAwaitingApproval())
                .map(FinanceExports::row).toList();
        byte[] sheet = DecisionSpreadsheet.write(call.getTitle(), rows, labels(locale));
        audit.record(actor.username(), "EXPORT_DECISIONS", "call:" + callId, rows.size() + " rows");
        return sheet;
    }

    public byte[] rankingOf(Actor actor, Long callId, Locale locale) {
        List<Rankings.Place> places = rankings.ranking(actor, callId);
        byte[] sheet = RankingSpreadsheet.write(calls.call(callId).getTitle(), places, labels(locale));
        audit.record(actor.username(), "EXPORT_RANKING", "call:" + callId, places.size() + " rows");
        return sheet;
    }

    public byte[] paymentPlansOf(Actor actor, Long callId, Locale locale) {
        List<Disbursements.Plan> plans = disbursements.plansOf(actor, callId);
        byte[] sheet = PaymentPlanSpreadsheet.write(calls.call(callId).getTitle(), plans, labels(locale));
        audit.record(actor.username(), "EXPORT_PAYMENT_PLANS", "call:" + callId, plans.size() + " plans");
        return sheet;
    }

    /** Column headings and cell texts in the reader's language. */
    private static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("org.anslag.finance.labels", locale);
    }

    private static DecisionRow row(FundingDecision decision) {
        var application = decision.getApplication();
        var county = application.getCoordinator().getCounty();
        return new DecisionRow(application.getNumber(), application.getCoordinator().getName(),
                county == null ? "" : county.getName(), application.getTitle(), application.getRequestedAmount(),
                decision.getGrantedAmount(), decision.isGranted(),
                decision.getDecidedAt().atZone(Clocks.STOCKHOLM).toLocalDate(), decision.getDecidedBy());
    }
}
