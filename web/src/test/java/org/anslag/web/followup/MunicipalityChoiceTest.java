package org.anslag.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anslag.organisation.Organisation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityChoiceTest {

    private static final List<Organisation> MUNICIPALITIES = List.of(Organisation.municipality("2584", "Kiruna kommun", null),
            Organisation.municipality("2281", "Sundsvalls kommun", null), Organisation.municipality("2260", "Ånge kommun", null));

    @ParameterizedTest
    @ValueSource(strings = {"Ånge kommun (2260)", "2260", " 2260 ", "Ånge", "ånge kommun", "ÅNGE"})
    void aMunicipalityIsFoundBySuggestionCodeOrName(String typed) {
        assertThat(MunicipalityChoice.find(MUNICIPALITIES, typed)).map(Organisation::getName).contains("Ånge kommun");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sundsvall", "Sundsvalls kommun (2281)"})
    void theGenitiveOfTheNameIsUnderstood(String typed) {
        assertThat(MunicipalityChoice.find(MUNICIPALITIES, typed)).map(Organisation::getCode).contains("2281");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Atlantis", "226", "9999", "Ång"})
    void anythingElseFindsNone(String typed) {
        assertThat(MunicipalityChoice.find(MUNICIPALITIES, typed)).isEmpty();
    }
}
