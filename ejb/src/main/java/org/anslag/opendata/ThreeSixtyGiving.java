package org.anslag.opendata;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Funded projects in the 360Giving Data Standard 1.4: a package {@code {"grants": [...]}} and the
 * same grants flattened to CSV under the standard's column titles.
 * <ul>
 * <li>A grant's id is the publisher's prefix (OpenDataSettings) and the application number.</li>
 * <li>The recipient is the coordinating municipality, identified as {@code SE-KOM-<kommunkod>} (SCB's
 * four-digit municipality code); an organisation that is no municipality gets an identifier under the
 * publisher's own prefix ({@code <prefix>-ORG-<id>}), as 360Giving advises for unregistered ones.</li>
 * <li>Every participating municipality is a beneficiary location with {@code countryCode} SE and its
 * kommunkod in the extension field {@code kommunkod}: the standard's geoCodeType codelist has UK
 * code types only.</li>
 * </ul>
 */
public final class ThreeSixtyGiving {

    public static final String CURRENCY = "SEK";
    public static final String MUNICIPALITY_PREFIX = "SE-KOM-";
    static final String KOMMUNKOD = "kommunkod";

    private ThreeSixtyGiving() {
    }

    public static Map<String, Object> grantPackage(List<OpenGrant> grants, OpenDataSettings settings) {
        Map<String, Object> grantPackage = new LinkedHashMap<>();
        grantPackage.put("version", "1.4");
        grantPackage.put("grants", grants.stream().map(grant -> grant(grant, settings)).toList());
        return grantPackage;
    }

    static Map<String, Object> grant(OpenGrant grant, OpenDataSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(grant, settings));
        json.put("title", grant.title());
        json.put("description", grant.summary() == null ? "" : grant.summary());
        json.put("currency", CURRENCY);
        json.put("amountAwarded", OpenCsv.amount(grant.grantedAmount()));
        json.put("awardDate", grant.awardedOn().toString());
        json.put("recipientOrganization", List.of(organisation(recipientId(grant.coordinator(), settings),
                grant.coordinator().name())));
        json.put("fundingOrganization", List.of(organisation(settings.funderId(), settings.funderName())));
        Map<String, Object> planned = new LinkedHashMap<>();
        if (grant.startsOn() != null) {
            planned.put("startDate", grant.startsOn().toString());
        }
        if (grant.endsOn() != null) {
            planned.put("endDate", grant.endsOn().toString());
        }
        if (!planned.isEmpty()) {
            json.put("plannedDates", List.of(planned));
        }
        json.put("amountDisbursed", OpenCsv.amount(grant.disbursed()));
        List<Map<String, Object>> locations = grant.municipalities().stream().filter(m -> m.code() != null)
                .map(ThreeSixtyGiving::location).toList();
        if (!locations.isEmpty()) {
            json.put("beneficiaryLocation", locations);
        }
        return json;
    }

    public static String id(OpenGrant grant, OpenDataSettings settings) {
        return settings.prefix() + "-" + grant.number();
    }

    public static String recipientId(OpenGrant.Municipality organisation, OpenDataSettings settings) {
        return organisation.code() != null ? MUNICIPALITY_PREFIX + organisation.code()
                : settings.prefix() + "-ORG-" + organisation.id();
    }

    /** The package as CSV: one row per grant, a group of three beneficiary columns per municipality. */
    public static void csv(List<OpenGrant> grants, OpenDataSettings settings, Writer out) {
        int places = grants.stream().mapToInt(g -> (int) g.municipalities().stream().filter(m -> m.code() != null).count())
                .max().orElse(1);
        List<String> columns = new ArrayList<>(List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded",
                "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
                "Planned Dates:Start Date", "Planned Dates:End Date", "Amount Disbursed"));
        for (int place = 0; place < places; place++) {
            String group = "Beneficiary Location:" + place + ":";
            columns.addAll(List.of(group + "Name", group + "Country Code", group + KOMMUNKOD));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (OpenGrant grant : grants) {
            List<Object> row = new ArrayList<>(List.of(id(grant, settings), grant.title(),
                    grant.summary() == null ? "" : grant.summary(), CURRENCY, OpenCsv.amount(grant.grantedAmount()),
                    grant.awardedOn(), recipientId(grant.coordinator(), settings), grant.coordinator().name(),
                    settings.funderId(), settings.funderName()));
            row.add(grant.startsOn());
            row.add(grant.endsOn());
            row.add(OpenCsv.amount(grant.disbursed()));
            List<OpenGrant.Municipality> located = grant.municipalities().stream().filter(m -> m.code() != null).toList();
            for (int place = 0; place < places; place++) {
                boolean here = place < located.size();
                row.add(here ? located.get(place).name() : null);
                row.add(here ? "SE" : null);
                row.add(here ? located.get(place).code() : null);
            }
            rows.add(row);
        }
        OpenCsv.write(columns, rows, out);
    }

    private static Map<String, Object> organisation(String id, String name) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("id", id);
        organisation.put("name", name);
        return organisation;
    }

    private static Map<String, Object> location(OpenGrant.Municipality municipality) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("name", municipality.name());
        location.put("countryCode", "SE");
        location.put(KOMMUNKOD, municipality.code());
        return location;
    }
}
