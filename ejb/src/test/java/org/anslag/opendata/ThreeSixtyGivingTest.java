package org.anslag.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreeSixtyGivingTest {

    private static final OpenDataSettings SETTINGS = new OpenDataSettings("360G-anslag", "SE-BLV-2021005216", "Myndigheten");
    private static final OpenGrant.Municipality SUNDSVALL = new OpenGrant.Municipality(1L, "2281", "Sundsvalls kommun");
    private static final OpenGrant.Municipality TIMRA = new OpenGrant.Municipality(2L, "2262", "Timrå kommun");

    private static OpenGrant grant(String summary, LocalDate startsOn, List<OpenGrant.Result> results) {
        return new OpenGrant("IH-2023-0001", "2023-00001", "Idésluss i Sundsvall", summary, new BigDecimal("400000.00"),
                LocalDate.of(2023, 6, 1), SUNDSVALL, List.of(TIMRA), startsOn, LocalDate.of(2025, 6, 30),
                new BigDecimal("100000.00"), results);
    }

    @Test
    void aGrantCarriesThePrefixedNumberTheMunicipalitiesAndPlainAmounts() {
        Map<String, Object> json = ThreeSixtyGiving.grant(grant("Vi bygger en idésluss.", LocalDate.of(2023, 7, 1), List.of()), SETTINGS);

        assertThat(json).containsEntry("id", "360G-anslag-IH-2023-0001").containsEntry("currency", "SEK")
                .containsEntry("awardDate", "2023-06-01").containsEntry("description", "Vi bygger en idésluss.");
        assertThat(json.get("amountAwarded").toString()).isEqualTo("400000");
        assertThat(json.get("amountDisbursed").toString()).isEqualTo("100000");
        assertThat(json.get("recipientOrganization")).isEqualTo(List.of(Map.of("id", "SE-KOM-2281", "name", "Sundsvalls kommun")));
        assertThat(json.get("fundingOrganization")).isEqualTo(List.of(Map.of("id", "SE-BLV-2021005216", "name", "Myndigheten")));
        assertThat(json.get("plannedDates")).isEqualTo(List.of(Map.of("startDate", "2023-07-01", "endDate", "2025-06-30")));
        assertThat(json.get("beneficiaryLocation")).isEqualTo(List.of(
                Map.of("name", "Sundsvalls kommun", "countryCode", "SE", "kommunkod", "2281"),
                Map.of("name", "Timrå kommun", "countryCode", "SE", "kommunkod", "2262")));
    }

    @Test
    void aGrantNotYetAcceptedHasAnEndDateOnlyAndAnOrganisationThatIsNoMunicipalityTheProgrammesOwnIdentifier() {
        OpenGrant.Municipality region = new OpenGrant.Municipality(77L, null, "Region Västernorrland");
        OpenGrant pending = new OpenGrant("TB-2026-0002", null, "Testbädd", null, new BigDecimal("12.50"), LocalDate.of(2026, 1, 2),
                region, List.of(), null, LocalDate.of(2027, 1, 1), BigDecimal.ZERO, List.of());

        Map<String, Object> json = ThreeSixtyGiving.grant(pending, SETTINGS);

        assertThat(json.get("plannedDates")).isEqualTo(List.of(Map.of("endDate", "2027-01-01")));
        assertThat(json.get("recipientOrganization")).isEqualTo(List.of(Map.of("id", "360G-anslag-ORG-77", "name", "Region Västernorrland")));
        assertThat(json).containsEntry("description", "").doesNotContainKey("beneficiaryLocation");
        assertThat(json.get("amountAwarded").toString()).isEqualTo("12.5");
    }

    @Test
    void theCsvQuotesCommasQuotesAndLineBreaksAndHasAGroupOfColumnsPerMunicipality() {
        StringWriter out = new StringWriter();
        ThreeSixtyGiving.csv(List.of(grant("Mål: \"fler idéer\", snabbare.\nAndra raden.", null, List.of())), SETTINGS, out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("Identifier,Title,Description,Currency,Amount Awarded,Award Date,"
                + "Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,"
                + "Planned Dates:Start Date,Planned Dates:End Date,Amount Disbursed,"
                + "Beneficiary Location:0:Name,Beneficiary Location:0:Country Code,Beneficiary Location:0:kommunkod,"
                + "Beneficiary Location:1:Name,Beneficiary Location:1:Country Code,Beneficiary Location:1:kommunkod");
        assertThat(lines[1]).isEqualTo("360G-anslag-IH-2023-0001,Idésluss i Sundsvall,"
                + "\"Mål: \"\"fler idéer\"\", snabbare.\nAndra raden.\",SEK,400000,2023-06-01,SE-KOM-2281,Sundsvalls kommun,"
                + "SE-BLV-2021005216,Myndigheten,,2025-06-30,100000,Sundsvalls kommun,SE,2281,Timrå kommun,SE,2262");
    }

    @Test
    void vinnovasShapeHasEveryKeyWithTheResultsAsTextAndNoImplementation() {
        Map<String, Object> project = VinnovaProjects.project(grant("Målen.", LocalDate.of(2023, 7, 1),
                List.of(new OpenGrant.Result("Mallar", "Rutiner för idéer."), new OpenGrant.Result("Film", "En kort film."))));

        assertThat(project.keySet()).containsExactlyElementsOf(VinnovaProjects.KEYS);
        assertThat(project).containsEntry("Diarienummer", "2023-00001").containsEntry("Mål", "Målen.")
                .containsEntry("Resultat", "Mallar: Rutiner för idéer.\n\nFilm: En kort film.")
                .containsEntry("Implementation", "").containsEntry("ProjektStart", "2023-07-01")
                .containsEntry("ProjektSlut", "2025-06-30").containsEntry("KoordinatorOrg", "Sundsvalls kommun");
        assertThat(project.get("BeviljatBidrag")).isEqualTo(new BigDecimal("400000"));
    }
}
