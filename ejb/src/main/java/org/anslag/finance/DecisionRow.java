package org.anslag.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the decisions sheet. */
public record DecisionRow(String applicationNumber, String coordinator, String county, String title,
                          BigDecimal requested, BigDecimal granted, boolean isGranted, LocalDate decidedOn,
                          String decidedBy, String call) {
}
