package org.anslag.web.finance;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; each resource checks roles itself. */
@ApplicationPath("/api")
public class FinanceApplication extends Application {
}
