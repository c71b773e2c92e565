package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelsBundleTest {

    @Test
    void theSwedishAndEnglishExportLabelsHaveTheSameKeys() throws IOException {
        Properties english = load("labels_en.properties");
        Properties swedish = load("labels_sv.properties");

        assertThat(swedish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains("export.decisions.number", "export.decisions.granted.yes",
                "export.decisions.granted.no");
    }

    @Test
    void noExportLabelIsBlank() throws IOException {
        for (String file : new String[] {"labels_en.properties", "labels_sv.properties"}) {
            Properties labels = load(file);
            assertThat(labels.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
        }
    }

    /** Reads the file as strict UTF-8, the encoding ResourceBundle uses, so "Län" cannot turn into "LÃ¤n". */
    private static Properties load(String file) throws IOException {
        try (InputStream in = LabelsBundleTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            return properties;
        }
    }
}
