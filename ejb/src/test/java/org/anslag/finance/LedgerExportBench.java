package org.anslag.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.anslag.award.Installment;
import org.anslag.followup.ReportOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The export benchmark ({@code bin/bench export}; printed figures, not a timed test, and not run
 * by {@code mvn test}): the payment ledger written through the application's own sheet code
 * beside a raw SXSSF write of the same rows and cells in the same JVM, warmed up and alternated
 * over several rounds; then a million ledger rows, generated one at a time as the database stream
 * hands them over, with the heap measured before, half way and after.
 */
class LedgerExportBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    private static final int BIG = Integer.getInteger("bench.bigRows", 1_000_000);
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 2);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void ledgerThroughTheApplicationsSheetCodeAgainstRawSxssf() {
        System.out.printf(Locale.ROOT, "%n== Payment ledger, %,d rows x %d columns; %d warm-up and %d measured rounds each%n",
                ROWS, LedgerSheet.COLUMNS.length, WARM_UPS, ROUNDS);
        for (int i = 0; i < WARM_UPS; i++) {
            raw(ROWS);
            application(ROWS);
        }
        List<Long> raw = new ArrayList<>();
        List<Long> application = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            raw.add(raw(ROWS));
            application.add(application(ROWS));
            System.out.printf(Locale.ROOT, "round %d: raw SXSSF %d ms, application %d ms%n", i + 1, raw.get(i), application.get(i));
        }
        long rawMin = min(raw);
        long appMin = min(application);
        long rawMedian = median(raw);
        long appMedian = median(application);
        System.out.printf(Locale.ROOT, "raw SXSSF:   min %d ms, median %d ms%n", rawMin, rawMedian);
        System.out.printf(Locale.ROOT, "application: min %d ms, median %d ms%n", appMin, appMedian);
        System.out.printf(Locale.ROOT, "ratio application/raw: %.2f (medians), %.2f (minimums); target <= 1.5%n",
                (double) appMedian / rawMedian, (double) appMin / rawMin);

        System.out.printf(Locale.ROOT, "%n== Payment ledger, %,d rows through the application's sheet code (max heap %d MB)%n",
                BIG, Runtime.getRuntime().maxMemory() >> 20);
        long before = usedAfterGc();
        long[] halfWay = new long[1];
        long start = System.nanoTime();
        CountingStream out = new CountingStream();
        try (FinanceWorkbook workbook = new FinanceWorkbook(cover(), Read.swedish())) {
            LedgerSheet.write(workbook, rows(BIG, () -> halfWay[0] = usedAfterGc()));
            workbook.writeTo(out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap used before %d MB, at row %,d %d MB, after %d MB: grew %+d MB while writing, %+d MB after"
                        + " (target <= 64 MB); %,d bytes of .xlsx in %d ms%n", before >> 20, BIG / 2, halfWay[0] >> 20,
                after >> 20, (halfWay[0] - before) >> 20, (after - before) >> 20, out.bytes, millis);
    }

    private static long application(int rows) {
        long start = System.nanoTime();
        try (FinanceWorkbook workbook = new FinanceWorkbook(cover(), Read.swedish())) {
            LedgerSheet.write(workbook, rows(rows, () -> { }));
            workbook.writeTo(OutputStream.nullOutputStream());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The same rows and cells written straight with POI: heading, formats, frozen row, auto-filter, totals. */
    private static long raw(int rows) {
        long start = System.nanoTime();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(FinanceWorkbook.MONEY_FORMAT));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(FinanceWorkbook.DATE_FORMAT));
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            SXSSFSheet sheet = workbook.createSheet("Betalningsliggare");
            Row heading = sheet.createRow(0);
            for (int i = 0; i < LedgerSheet.COLUMNS.length; i++) {
                Cell cell = heading.createCell(i);
                cell.setCellValue(LedgerSheet.COLUMNS[i].key());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            Iterator<LedgerRow> source = rows(rows, () -> { });
            int r = 0;
            while (source.hasNext()) {
                LedgerRow row = source.next();
                Row line = sheet.createRow(++r);
                line.createCell(0).setCellValue(row.applicationNumber());
                Cell installment = line.createCell(1);
                installment.setCellValue(row.installment());
                installment.setCellStyle(whole);
                Cell due = line.createCell(2);
                due.setCellValue(row.dueOn());
                due.setCellStyle(date);
                line.createCell(3).setCellValue(row.standing().name());
                amount(line, 4, row.planned(), money);
                amount(line, 5, row.released(), money);
                amount(line, 6, row.paid(), money);
                if (row.paidOn() != null) {
                    Cell paidOn = line.createCell(7);
                    paidOn.setCellValue(row.paidOn());
                    paidOn.setCellStyle(date);
                }
                if (row.reference() != null) {
                    line.createCell(8).setCellValue(row.reference());
                }
                amount(line, 9, row.withheld(), money);
                amount(line, 10, row.claimed(), money);
                amount(line, 11, row.recovered(), money);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, r, 0, LedgerSheet.COLUMNS.length - 1));
            Row totals = sheet.createRow(r + 1);
            for (int column : new int[] {4, 5, 6, 9, 10, 11}) {
                String letter = CellReference.convertNumToColString(column);
                Cell cell = totals.createCell(column);
                cell.setCellFormula("SUM(" + letter + "2:" + letter + (r + 1) + ")");
                cell.setCellStyle(money);
            }
            workbook.write(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            workbook.dispose();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void amount(Row row, int column, BigDecimal amount, CellStyle money) {
        if (amount != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
        }
    }

    /** Ledger rows of four installments per grant in every standing, made one at a time as a database cursor hands them out. */
    private static Iterator<LedgerRow> rows(int count, Runnable halfWay) {
        Installment.Status[] statuses = {Installment.Status.PAID, Installment.Status.PAID, Installment.Status.RELEASED,
                Installment.Status.PLANNED, Installment.Status.PLANNED};
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public LedgerRow next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                if (i == count / 2) {
                    halfWay.run();
                }
                Installment.Status status = statuses[i % statuses.length];
                boolean paid = status == Installment.Status.PAID;
                return LedgerRow.installment(String.format(Locale.ROOT, "IH-2026-%06d", i / 4), i % 4 + 1,
                        TODAY.minusDays(i % 400), BigDecimal.valueOf(125_000L + i % 1000), status,
                        paid ? TODAY.minusDays(i % 300) : null, paid ? "BG-" + i : null, i % 4 == 0 ? null : i % 4,
                        i % 7 == 0 ? ReportOutcome.SENT_BACK : null, TODAY);
            }
        };
    }

    private static Cover cover() {
        return new Cover("Ekonomiunderlag – benchmark", List.of(new Cover.Filter("workbook.cover.programme", "Benchmark")),
                "bench", ZonedDateTime.now(ZoneId.of("Europe/Stockholm")));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Counts the bytes of the written file without keeping them. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
