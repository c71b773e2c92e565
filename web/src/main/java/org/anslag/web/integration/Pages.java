package org.anslag.web.integration;

import java.util.List;
import org.anslag.integration.ApiRecords;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every collection: one page of items, the paging asked for, the size of the whole
 * collection and the address of the next page (null on the last). One record per collection, so
 * the OpenAPI document can name the items' shape.
 */
final class Pages {

    private Pages() {
    }

    @Schema(name = "CallPage")
    record CallPage(List<ApiRecords.Call> items, int limit, int offset, long total, String next) {
    }

    @Schema(name = "ApplicationPage")
    record ApplicationPage(List<ApiRecords.Application> items, int limit, int offset, long total, String next) {
    }

    @Schema(name = "DecisionPage")
    record DecisionPage(List<ApiRecords.Decision> items, int limit, int offset, long total, String next) {
    }

    @Schema(name = "PaymentPage")
    record PaymentPage(List<ApiRecords.Payment> items, int limit, int offset, long total, String next) {
    }

    @Schema(name = "ReportPage")
    record ReportPage(List<ApiRecords.Report> items, int limit, int offset, long total, String next) {
    }
}
