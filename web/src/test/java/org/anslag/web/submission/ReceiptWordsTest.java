package org.anslag.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.application.PartnerConfirmation;
import org.anslag.budget.CostCategory;
import org.junit.jupiter.api.Test;

/**
 * The receipt (built in the EJB module, which cannot read the pages' bundle) names partner states
 * and cost categories with the same words the pages show, in both languages.
 */
class ReceiptWordsTest {

    @Test
    void theReceiptUsesThePagesWordsForStatesAndCategories() {
        for (Locale language : new Locale[] {Locale.forLanguageTag("sv"), Locale.ENGLISH}) {
            ResourceBundle receipt = ResourceBundle.getBundle("org.anslag.submission.receipt", language);
            ResourceBundle pages = ResourceBundle.getBundle("org.anslag.web.messages", language);
            for (PartnerConfirmation state : PartnerConfirmation.values()) {
                String key = "confirmation." + state;
                assertThat(receipt.getString(key)).as(language + " " + key).isEqualTo(pages.getString(key));
            }
            for (CostCategory category : CostCategory.values()) {
                String key = "costCategory." + category;
                assertThat(receipt.getString(key)).as(language + " " + key).isEqualTo(pages.getString(key));
            }
        }
    }
}
