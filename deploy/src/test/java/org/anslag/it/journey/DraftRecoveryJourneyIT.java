package org.anslag.it.journey;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The draft recovery journey on the provisioned WildFly that Arquillian starts, on H2 and on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftRecoveryJourneyIT extends DraftRecoveryJourney {
}
