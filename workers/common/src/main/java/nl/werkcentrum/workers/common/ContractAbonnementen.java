package nl.werkcentrum.workers.common;

import nl.werkcentrum.contract.Contract;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables each topic's subscription fetches come from the contract, not from the handler's
 * annotation: the same declaration the engine application checks every fetch against. Sets
 * {@code camunda.bpm.client.subscriptions[<topic>].variable-names} for every topic; the external
 * task client starter reads it for the {@code @ExternalTaskSubscription} of that topic. Added last,
 * so a deployment can still narrow a topic in its own configuration.
 */
public class ContractAbonnementen implements EnvironmentPostProcessor {

  static final String BRON = "werkcentrum-contract";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> abonnementen = new HashMap<>();
    Contract.werkcentrum().topics().forEach((topic, declaratie) ->
        abonnementen.put("camunda.bpm.client.subscriptions[" + topic + "].variable-names",
            String.join(",", declaratie.leest())));
    environment.getPropertySources().addLast(new MapPropertySource(BRON, abonnementen));
  }
}
