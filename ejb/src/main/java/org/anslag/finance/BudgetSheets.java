package org.anslag.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Approved budget against spending, per partner organisation of each grant and per county. What
 * is left and the share spent are formulas of the row, so a controller sees how they are made.
 */
final class BudgetSheets {

    private static final String LEFT = "D{r}-E{r}";
    private static final String SHARE = "IF(D{r}=0,\"\",E{r}/D{r})";
    private static final String COUNTY_LEFT = "B{r}-C{r}";
    private static final String COUNTY_SHARE = "IF(B{r}=0,\"\",C{r}/B{r})";

    private BudgetSheets() {
    }

    static List<TopicSheet> write(FinanceWorkbook workbook, List<BudgetOutturn> rows) {
        TopicSheet organisations = workbook.topic("budget", Column.text("budget.number"),
                Column.text("budget.organisation"), Column.text("budget.county"), Column.money("budget.approved"),
                Column.money("budget.spent"), Column.money("budget.left"), Column.percent("budget.share"));
        String noCounty = workbook.labels.getString("budget.noCounty");
        Map<String, BigDecimal[]> counties = new TreeMap<>();
        for (BudgetOutturn row : rows) {
            String county = row.county() == null ? noCounty : row.county();
            organisations.row(row.applicationNumber(), row.organisation(), county, row.approved(), row.spent(),
                    new TopicSheet.Formula(LEFT, row.approved().subtract(row.spent())), share(SHARE, row.approved(), row.spent()));
            BigDecimal[] sums = counties.computeIfAbsent(county, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(row.approved());
            sums[1] = sums[1].add(row.spent());
        }
        TopicSheet byCounty = workbook.topic("counties", Column.text("budget.county"), Column.money("budget.approved"),
                Column.money("budget.spent"), Column.money("budget.left"), Column.percent("budget.share"));
        counties.forEach((county, sums) -> byCounty.row(county, sums[0], sums[1],
                new TopicSheet.Formula(COUNTY_LEFT, sums[0].subtract(sums[1])), share(COUNTY_SHARE, sums[0], sums[1])));
        return List.of(organisations, byCounty);
    }

    private static TopicSheet.Formula share(String formula, BigDecimal approved, BigDecimal spent) {
        return new TopicSheet.Formula(formula,
                approved.signum() == 0 ? null : spent.divide(approved, 6, RoundingMode.HALF_UP));
    }
}
