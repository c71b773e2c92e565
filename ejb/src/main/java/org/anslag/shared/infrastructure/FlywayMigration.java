package org.anslag.shared.infrastructure;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations while Hibernate starts, before it validates the schema.
 * Baselines an existing schema because the Camunda tables live beside ours.
 */
public class FlywayMigration implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/AnslagDS";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        Flyway.configure(FlywayMigration.class.getClassLoader())
                .dataSource(lookup())
                .locations("classpath:db/migration")
                .javaMigrations(new V21__ReportRevisionsAndPayments(), new V35__RegistrarDiary())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not bound", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Flyway holds nothing open between migrations
    }
}
