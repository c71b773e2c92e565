package org.anslag.followup;

import java.io.Serializable;
import org.anslag.budget.CostCategory;

/** One organisation's cost category: the level at which spending is reported against the approved budget. */
public record CostHeading(Long organisationId, CostCategory category) implements Serializable {
}
