package org.anslag.it.journey;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The finance workbook journey on the provisioned WildFly that Arquillian starts, on H2 and on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class FinanceWorkbookJourneyIT extends FinanceWorkbookJourney {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }
}
