package org.anslag.budget;

/** What a budget line pays for. */
public enum CostCategory {
    PERSONNEL, EXTERNAL_SERVICES, EQUIPMENT, TRAVEL, PREMISES, OTHER
}
