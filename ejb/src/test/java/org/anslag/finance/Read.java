package org.anslag.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back as finance's spreadsheet program would, with POI's full model. */
final class Read {

    static final ZonedDateTime EXPORTED_AT = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneId.of("Europe/Stockholm"));
    static final Cover COVER = new Cover("Ekonomiunderlag – Idéslussar 2026",
            List.of(new Cover.Filter("workbook.cover.programme", "Innovationsprogrammet"),
                    new Cover.Filter("workbook.cover.call", "Idéslussar 2026")),
            "Fatima Ekonom (fatima)", EXPORTED_AT);

    private Read() {
    }

    static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The auto-filter's range as Excel stores it, e.g. "A1:L3"; null when there is none. */
    static String autoFilter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
    }

    static ResourceBundle swedish() {
        return ResourceBundle.getBundle("org.anslag.finance.labels", Locale.forLanguageTag("sv"));
    }

    /** Without fallback control, a build machine with a Swedish default locale would answer in Swedish. */
    static ResourceBundle english() {
        return ResourceBundle.getBundle("org.anslag.finance.labels", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
