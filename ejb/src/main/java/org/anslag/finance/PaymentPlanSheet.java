package org.anslag.finance;

import java.text.MessageFormat;
import java.util.List;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;

/** A call's payment plans: one row per installment, due dates as dates, amounts summable. */
final class PaymentPlanSheet {

    private PaymentPlanSheet() {
    }

    static TopicSheet write(FinanceWorkbook workbook, List<Disbursements.Plan> plans) {
        TopicSheet sheet = workbook.topic("plans", Column.text("export.plan.number"),
                Column.text("export.plan.coordinator"), Column.text("export.plan.title"),
                Column.whole("export.plan.installment"), Column.date("export.plan.dueOn"),
                Column.money("export.plan.amount"), Column.text("export.plan.awaits"), Column.text("export.plan.status"));
        var labels = workbook.labels;
        for (Disbursements.Plan plan : plans) {
            for (Installment installment : plan.installments()) {
                sheet.row(plan.application().getNumber(), plan.application().getCoordinator().getName(),
                        plan.application().getTitle(), installment.getNumber(), installment.getDueOn(),
                        installment.getAmount(), installment.getAwaitsReport() == null
                                ? labels.getString("export.plan.awaits.acceptance")
                                : MessageFormat.format(labels.getString("export.plan.awaits.report"), installment.getAwaitsReport()),
                        labels.getString("export.plan.status." + installment.getStatus()));
            }
        }
        return sheet;
    }
}
