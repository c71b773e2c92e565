package org.anslag.web.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.anslag.budget.CostCategory;

/**
 * The body of a new draft over the API. Lengths follow the columns, so a too long text is refused
 * with its field instead of failing in the database; a field the API does not know is refused too.
 */
public record DraftRequest(
        @NotNull(message = "validation.required") Long callId,
        @Size(max = 200, message = "validation.tooLong") String title,
        @Size(max = 4000, message = "validation.tooLong") String summary,
        BigDecimal requestedAmount,
        List<@Valid @NotNull(message = "validation.required") Line> budget) {

    /** One budget line of the coordinator. */
    public record Line(
            @NotNull(message = "validation.required") Integer year,
            @NotNull(message = "validation.required") CostCategory category,
            BigDecimal cost,
            BigDecimal coFunding) {
    }

    List<Line> lines() {
        return budget == null ? List.of() : budget;
    }
}
