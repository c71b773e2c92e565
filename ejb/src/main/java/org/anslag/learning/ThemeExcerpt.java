package org.anslag.learning;

import java.time.LocalDate;

/** What one project wrote about a theme in one period's report: the drill-down's line. */
public record ThemeExcerpt(String number, String projectTitle, String municipality, int period, LocalDate submittedOn,
                           String excerpt) {
}
