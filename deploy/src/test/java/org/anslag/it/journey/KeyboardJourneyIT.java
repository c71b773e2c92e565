package org.anslag.it.journey;

import org.anslag.it.support.Ears;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The keyboard-only journey on the provisioned WildFly that Arquillian starts, on H2 and on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class KeyboardJourneyIT extends KeyboardJourney {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Ears.built();
    }
}
