package org.anslag.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.anslag.organisation.County;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.junit.jupiter.api.Test;

class MunicipalityPickerTest {

    private static final County VASTERNORRLAND = new County("22", "Västernorrlands län");

    private final MunicipalityPicker picker = new MunicipalityPicker();

    MunicipalityPickerTest() {
        picker.organisations = new Organisations() {
            @Override
            public List<Organisation> municipalities() {
                return List.of(municipality("2260", "Ånge kommun"), municipality("2281", "Sundsvalls kommun"),
                        municipality("2262", "Timrå kommun"), municipality("2284", "Örnsköldsviks kommun"),
                        municipality("0180", "Stockholms kommun"));
            }
        };
    }

    @Test
    void findsByTheStartOfTheKommunkod() {
        assertEquals(List.of("Timrå kommun"), names(picker.complete("2262")));
        assertEquals(List.of("Ånge kommun", "Timrå kommun"), names(picker.complete("226")));
    }

    @Test
    void findsByAnyPartOfTheNameWithoutCaseOrAccents() {
        assertEquals(List.of("Sundsvalls kommun"), names(picker.complete(" sundsv ")));
        assertEquals(List.of("Timrå kommun"), names(picker.complete("Timra")));
        assertEquals(List.of("Örnsköldsviks kommun"), names(picker.complete("ornsk")));
    }

    @Test
    void namesThatStartWithWhatWasTypedComeFirst() {
        assertEquals(List.of("Sundsvalls kommun", "Stockholms kommun", "Örnsköldsviks kommun"), names(picker.complete("s")));
    }

    @Test
    void nothingTypedOrNothingFoundOffersNothing() {
        assertEquals(List.of(), picker.complete("  "));
        assertEquals(List.of(), picker.complete("9999"));
    }

    private static Organisation municipality(String code, String name) {
        return Organisation.municipality(code, name, VASTERNORRLAND);
    }

    private static List<String> names(List<Organisation> found) {
        return found.stream().map(Organisation::getName).toList();
    }
}
