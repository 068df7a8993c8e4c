package nl.werkcentrum.workers.common;

import org.camunda.bpm.client.spring.impl.client.ClientConfiguration;
import org.camunda.bpm.client.spring.impl.client.ClientFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Hands {@code camunda.bpm.client.order-by-create-time} and {@code use-create-time} on to the
 * external task client. The Spring Boot starter (7.24) binds both but does not copy them into the
 * configuration it builds the client from, so without this a worker fetched by priority only: in a
 * backlog, newer tasks were taken before older ones, which waited minutes (docs/performance.md,
 * "Oldest task first"; the same defect is reported and fixed in the Operaton fork, issue 2144).
 * The client is built lazily from that configuration, after this has run. Remove once the starter
 * copies the two properties itself.
 */
class CreateTimeOrder implements BeanPostProcessor {

  private final Environment environment;

  CreateTimeOrder(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ClientFactory factory && factory.getClientConfiguration() != null) {
      ClientConfiguration configuration = factory.getClientConfiguration();
      if (configuration.getOrderByCreateTime() == null) {
        configuration.setOrderByCreateTime(environment.getProperty("camunda.bpm.client.order-by-create-time"));
      }
      if (configuration.getUseCreateTime() == null) {
        configuration.setUseCreateTime(environment.getProperty("camunda.bpm.client.use-create-time", Boolean.class));
      }
    }
    return bean;
  }
}
