package org.anslag.followup;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.anslag.call.Programme;
import org.anslag.call.TestCalls;
import org.junit.jupiter.api.Test;

class VocabularyTermTest {

    private final Programme programme = TestCalls.programme();
    private final VocabularyTerm lackOfTime = new VocabularyTerm(programme, TermKind.HINDER, "Brist på tid", "Lack of time");
    private final VocabularyTerm noTime = new VocabularyTerm(programme, TermKind.HINDER, "Ingen tid", "No time");

    @Test
    void aReaderSeesTheLabelInTheirLanguageAndSwedishByDefault() {
        assertThat(lackOfTime.label(Locale.ENGLISH)).isEqualTo("Lack of time");
        assertThat(lackOfTime.label(Locale.forLanguageTag("sv-SE"))).isEqualTo("Brist på tid");
        assertThat(lackOfTime.label(Locale.GERMAN)).isEqualTo("Brist på tid");
    }

    @Test
    void aTermNeedsBothLabelsOfAtMostAHundredCharacters() {
        assertRefused(() -> lackOfTime.rename(" ", "Lack of time"), "labelSv", "validation.required");
        assertRefused(() -> lackOfTime.rename("Brist på tid", null), "labelEn", "validation.required");
        assertRefused(() -> lackOfTime.rename("x".repeat(101), "Lack of time"), "labelSv", "validation.tooLong");

        lackOfTime.rename("  Tidsbrist ", "Shortage of time");
        assertThat(lackOfTime.getLabelSv()).isEqualTo("Tidsbrist");
        assertThat(lackOfTime.getLabelEn()).isEqualTo("Shortage of time");
    }

    @Test
    void aMergedTermLeavesTheFormAndPointsAtItsSurvivor() {
        noTime.mergeInto(lackOfTime);

        assertThat(noTime.isActive()).isFalse();
        assertThat(noTime.getMergedInto()).isSameAs(lackOfTime);
        assertThat(lackOfTime.isActive()).isTrue();
    }

    @Test
    void aTermMergesOnlyIntoAnotherActiveTermOfTheSameList() {
        VocabularyTerm leadership = new VocabularyTerm(programme, TermKind.SUCCESS_FACTOR, "Engagerad ledning", "Engaged leadership");
        assertRefused(() -> noTime.mergeInto(noTime), "survivor", "vocabulary.mergeSameList");
        assertRefused(() -> noTime.mergeInto(leadership), "survivor", "vocabulary.mergeSameList");
        assertRefused(() -> noTime.mergeInto(null), "survivor", "vocabulary.mergeSameList");

        lackOfTime.retire();
        assertRefused(() -> noTime.mergeInto(lackOfTime), "survivor", "vocabulary.mergeActiveOnly");
    }

    @Test
    void aRetiredTermIsNoLongerActive() {
        lackOfTime.retire();

        assertThat(lackOfTime.isActive()).isFalse();
        assertThat(lackOfTime.isRetired()).isTrue();
    }

    @Test
    void termsWithTheSameLabelInEitherLanguageAreTwins() {
        VocabularyTerm twin = new VocabularyTerm(programme, TermKind.HINDER, "Tidsbrist", "LACK OF TIME");

        assertThat(twin.sameLabelAs(lackOfTime)).isTrue();
        assertThat(noTime.sameLabelAs(lackOfTime)).isFalse();
    }
}
