package org.anslag.it.support;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Boots the application once per failsafe run: every IT class shares {@link SuiteDeployment}
 * instead of deploying its own EAR. The first class deploys it; the undeployment each class would
 * trigger waits until the suite ends. IT classes therefore carry no {@code @Deployment} of their
 * own, and share the database and the application's state with the classes before them.
 */
public class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    public static class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;
        @Inject
        private Instance<ClassContext> classContext;
        @Inject
        private Event<GenerateDeployment> generate;
        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario suiteScenario;
        private boolean generating;
        private boolean deployed;
        private boolean undeploying;

        public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
            if (generating) {
                event.proceed();
            } else if (suiteScenario == null) {
                generating = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
                } finally {
                    generating = false;
                }
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                event.proceed();
                deployed = true;
            }
        }

        public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (undeploying) {
                event.proceed();
            }
        }

        /** Runs before the containers stop (ContainerEventController observes AfterSuite at precedence 0). */
        public void undeploySuite(@Observes(precedence = 100) AfterSuite event) {
            if (!deployed) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(SuiteDeployment.class);
            undeploying = true;
            try {
                classScenario.set(suiteScenario);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                undeploying = false;
                deployed = false;
                context.deactivate();
                context.destroy(SuiteDeployment.class);
            }
        }
    }
}
