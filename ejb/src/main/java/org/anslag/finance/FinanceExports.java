package org.anslag.finance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.anslag.audit.AuditLog;
import org.anslag.award.Awards;
import org.anslag.award.Disbursements;
import org.anslag.award.FundingDecision;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.review.Rankings;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.Role;

/**
 * Workbooks for finance, each with its cover sheet; every export is audited with who made it,
 * what it holds and the filters it was made with.
 */
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
    @EJB
    Ledger ledger;
    @EJB
    ProjectFigures figures;
    @EJB
    Organisations organisations;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public byte[] decisionsOf(Actor actor, Long callId, Locale locale) {
        actor.require(Role.FINANCE, Role.PROGRAMME_MANAGER);
        FundingCall call = calls.call(callId);
        List<DecisionRow> rows = decisions(List.of(call));
        return single(actor, "EXPORT_DECISIONS", "decisions", call, locale, rows.size() + " rows",
                workbook -> DecisionsSheet.write(workbook, rows));
    }

    public byte[] rankingOf(Actor actor, Long callId, Locale locale) {
        List<Rankings.Place> places = rankings.ranking(actor, callId);
        return single(actor, "EXPORT_RANKING", "ranking", calls.call(callId), locale, places.size() + " rows",
                workbook -> RankingSheet.write(workbook, places));
    }

    public byte[] paymentPlansOf(Actor actor, Long callId, Locale locale) {
        List<Disbursements.Plan> plans = disbursements.plansOf(actor, callId);
        return single(actor, "EXPORT_PAYMENT_PLANS", "plans", calls.call(callId), locale, plans.size() + " plans",
                workbook -> PaymentPlanSheet.write(workbook, plans));
    }

    /** Checks role and that the call or programme exists before anything is streamed, so a refusal is still a 403 or 404. */
    public ExportScope scope(Actor actor, String text) {
        actor.require(Role.FINANCE, Role.PROGRAMME_MANAGER);
        ExportScope scope = ExportScope.parse(text);
        if (scope.kind() == ExportScope.Kind.CALL) {
            calls.call(scope.id());
        } else {
            calls.programme(scope.id());
        }
        return scope;
    }

    /**
     * The finance workbook of a call or a programme: decisions, the payment ledger, budget against
     * spending per organisation and per county, and indicators per project and period. The ledger
     * streams from the database into the sheet; the workbook streams to {@code out}.
     */
    public void workbook(Actor actor, ExportScope scope, Locale locale, OutputStream out) {
        actor.require(Role.FINANCE, Role.PROGRAMME_MANAGER);
        ResourceBundle labels = labels(locale);
        List<FundingCall> chosen = scope.kind() == ExportScope.Kind.CALL ? List.of(calls.call(scope.id()))
                : calls.calls().stream().filter(call -> call.getProgramme().getId() == scope.id()).toList();
        Programme programme = scope.kind() == ExportScope.Kind.CALL ? chosen.get(0).getProgramme() : calls.programme(scope.id());
        List<Long> callIds = chosen.stream().map(FundingCall::getId).toList();
        List<Cover.Filter> filters = List.of(new Cover.Filter("workbook.cover.programme", programme.getName()),
                new Cover.Filter("workbook.cover.call", scope.kind() == ExportScope.Kind.CALL ? chosen.get(0).getTitle()
                        : MessageFormat.format(labels.getString("workbook.cover.allCalls"), chosen.size())));
        Cover cover = cover(actor, labels.getString("workbook.title.finance") + " – "
                + (scope.kind() == ExportScope.Kind.CALL ? chosen.get(0).getTitle() : programme.getName()), filters);
        List<TopicSheet> written = new ArrayList<>();
        try (FinanceWorkbook workbook = new FinanceWorkbook(cover, labels)) {
            written.add(DecisionsSheet.write(workbook, callIds.isEmpty() ? List.of() : decisions(chosen)));
            try (Stream<LedgerRow> installments = callIds.isEmpty() ? Stream.empty() : ledger.installments(callIds)) {
                Iterator<LedgerRow> rows = Stream.concat(installments,
                        callIds.isEmpty() ? Stream.empty() : ledger.claims(callIds).stream()).iterator();
                written.add(LedgerSheet.write(workbook, rows));
            }
            written.addAll(BudgetSheets.write(workbook, callIds.isEmpty() ? List.of() : figures.budgetOutturn(callIds)));
            written.add(IndicatorSheet.write(workbook, callIds.isEmpty() ? List.of() : figures.indicators(callIds, locale)));
            workbook.writeTo(out);
        }
        audit.record(actor.username(), "EXPORT_WORKBOOK", scope.subject(), "filters: " + cover.filterText()
                + "; sheets: " + String.join(", ", written.stream()
                        .map(sheet -> sheet.sheet().getSheetName() + " " + sheet.rowCount() + " rows").toList()));
    }

    /** A workbook of one topic of one call, audited with what it holds and its filters. */
    private byte[] single(Actor actor, String action, String topic, FundingCall call, Locale locale, String holds,
                          Consumer<FinanceWorkbook> sheet) {
        ResourceBundle labels = labels(locale);
        Cover cover = cover(actor, labels.getString("sheet." + topic) + " – " + call.getTitle(),
                List.of(new Cover.Filter("workbook.cover.programme", call.getProgramme().getName()),
                        new Cover.Filter("workbook.cover.call", call.getTitle())));
        try (FinanceWorkbook workbook = new FinanceWorkbook(cover, labels)) {
            sheet.accept(workbook);
            byte[] bytes = workbook.bytes();
            audit.record(actor.username(), action, "call:" + call.getId(), holds + "; filters: " + cover.filterText());
            return bytes;
        }
    }

    private Cover cover(Actor actor, String title, List<Cover.Filter> filters) {
        String name = organisations.account(actor.username()).map(UserAccount::getFullName)
                .map(full -> full + " (" + actor.username() + ")").orElse(actor.username());
        return new Cover(title, filters, name, clock.instant().atZone(Clocks.STOCKHOLM));
    }

    /** A grant still waiting for its second manager is not a decision yet. */
    private List<DecisionRow> decisions(List<FundingCall> chosen) {
        return chosen.stream().flatMap(call -> awards.decisionsOf(call.getId()).stream()
                .filter(decision -> !decision.isAwaitingApproval()).map(decision -> row(decision, call))).toList();
    }

    /** Column headings and cell texts in the reader's language. */
    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("org.anslag.finance.labels", locale);
    }

    private static DecisionRow row(FundingDecision decision, FundingCall call) {
        var application = decision.getApplication();
        var county = application.getCoordinator().getCounty();
        return new DecisionRow(application.getNumber(), application.getCoordinator().getName(),
                county == null ? "" : county.getName(), application.getTitle(), application.getRequestedAmount(),
                decision.getGrantedAmount(), decision.isGranted(),
                decision.getDecidedAt().atZone(Clocks.STOCKHOLM).toLocalDate(), decision.getDecidedBy(), call.getTitle());
    }
}
