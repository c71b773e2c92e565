package org.anslag.finance;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** A call's payment plans as an .xlsx sheet: one row per installment, due dates as dates, amounts summable. */
public final class PaymentPlanSpreadsheet {

    private PaymentPlanSpreadsheet() {
    }

    public static byte[] write(String callTitle, List<Disbursements.Plan> plans, ResourceBundle labels) {
        Sheets sheet = new Sheets(callTitle, labels, "export.plan.", "number", "coordinator", "title", "installment",
                "dueOn", "amount", "awaits", "status");
        CellStyle date = sheet.style("yyyy-mm-dd");
        for (Disbursements.Plan plan : plans) {
            for (Installment installment : plan.installments()) {
                Row row = sheet.row();
                row.createCell(0).setCellValue(plan.application().getNumber());
                row.createCell(1).setCellValue(plan.application().getCoordinator().getName());
                row.createCell(2).setCellValue(plan.application().getTitle());
                row.createCell(3).setCellValue(installment.getNumber());
                Cell due = row.createCell(4);
                due.setCellValue(installment.getDueOn());
                due.setCellStyle(date);
                sheet.money(row, 5, installment.getAmount());
                row.createCell(6).setCellValue(installment.getAwaitsReport() == null
                        ? labels.getString("export.plan.awaits.acceptance")
                        : MessageFormat.format(labels.getString("export.plan.awaits.report"), installment.getAwaitsReport()));
                row.createCell(7).setCellValue(labels.getString("export.plan.status." + installment.getStatus()));
            }
        }
        return sheet.bytes();
    }
}
