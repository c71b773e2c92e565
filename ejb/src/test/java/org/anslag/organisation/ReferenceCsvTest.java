package org.anslag.organisation;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.organisation.ReferenceCsv.CountyRow;
import org.anslag.organisation.ReferenceCsv.MunicipalityRow;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    @Test
    void theSwedishReferenceFilesHold21CountiesAnd290Municipalities() throws IOException {
        List<CountyRow> counties = readCounties();
        List<MunicipalityRow> municipalities = readMunicipalities();

        assertThat(counties).hasSize(21);
        assertThat(municipalities).hasSize(290);
        assertThat(counties).contains(new CountyRow("01", "Stockholms län"), new CountyRow("22", "Västernorrlands län"));
        assertThat(municipalities).contains(new MunicipalityRow("2281", "Sundsvalls kommun", "22"));
    }

    @Test
    void everyMunicipalityInTheReferenceFilesBelongsToAKnownCounty() throws IOException {
        Set<String> countyCodes = readCounties().stream().map(CountyRow::code).collect(Collectors.toSet());

        assertThat(readMunicipalities()).extracting(MunicipalityRow::countyCode).allMatch(countyCodes::contains);
        assertThat(readMunicipalities()).extracting(MunicipalityRow::code).doesNotHaveDuplicates();
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() {
        String csv = """
                municipality_name_short,county_code,municipality_name,municipality_code
                Sundsvall,22,Sundsvalls kommun,2281
                Ale,14,Ale kommun,1440
                """;

        List<MunicipalityRow> rows = ReferenceCsv.municipalities(new StringReader(csv));

        assertThat(rows).containsExactly(new MunicipalityRow("2281", "Sundsvalls kommun", "22"),
                new MunicipalityRow("1440", "Ale kommun", "14"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        String csv = """
                kod,namn
                2281,Sundsvalls kommun
                """;

        assertRefused(() -> ReferenceCsv.municipalities(new StringReader(csv)), "file", "import.missingColumns");
    }

    @Test
    void theMunicipalityFileIsRefusedAsACountyFile() {
        String csv = """
                municipality_code,municipality_name,county_code
                2281,Sundsvalls kommun,22
                """;

        assertRefused(() -> ReferenceCsv.counties(new StringReader(csv)), "file", "import.missingColumns");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(() -> ReferenceCsv.counties(new StringReader("")), "file", "import.empty");
    }

    @Test
    void aCodeWithLettersIsRefused() {
        String csv = """
                municipality_code,municipality_name,county_code
                12A4,Felkommun,12
                """;

        assertRefused(() -> ReferenceCsv.municipalities(new StringReader(csv)), "file", "import.badCode");
    }

    @Test
    void aCodeThatLostItsLeadingZeroIsRefused() {
        String csv = """
                municipality_code,municipality_name,county_code
                114,Upplands Väsby kommun,1
                """;

        assertRefused(() -> ReferenceCsv.municipalities(new StringReader(csv)), "file", "import.badCode");
    }

    @Test
    void aByteOrderMarkAtTheStartIsTolerated() {
        String csv = "\uFEFFcounty_code,county_name,county_name_short\n22,Västernorrlands län,Västernorrland\n";

        List<CountyRow> rows = ReferenceCsv.counties(new StringReader(csv));

        assertThat(rows).containsExactly(new CountyRow("22", "Västernorrlands län"));
    }

    @Test
    void blankLinesAndSurroundingSpacesAreIgnored() {
        String csv = "county_code , county_name\n\n 22 , Västernorrlands län \n\n";

        List<CountyRow> rows = ReferenceCsv.counties(new StringReader(csv));

        assertThat(rows).containsExactly(new CountyRow("22", "Västernorrlands län"));
    }

    private static List<CountyRow> readCounties() throws IOException {
        try (Reader csv = Files.newBufferedReader(referenceFile("se-counties.csv"), StandardCharsets.UTF_8)) {
            return ReferenceCsv.counties(csv);
        }
    }

    private static List<MunicipalityRow> readMunicipalities() throws IOException {
        try (Reader csv = Files.newBufferedReader(referenceFile("se-municipalities.csv"), StandardCharsets.UTF_8)) {
            return ReferenceCsv.municipalities(csv);
        }
    }

    /** The reference files live in shared/data next to the checkout; walk up from wherever the build runs. */
    private static Path referenceFile(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no shared/data/" + name + " above " + Path.of("").toAbsolutePath());
    }
}
