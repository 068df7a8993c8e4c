package nl.werkcentrum.workers.e2e;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the engine app once per test class (closed with the class) and gives each test an
 * {@link E2eEnvironment}; worker processes a test started are stopped after it, so every test
 * begins without workers.
 */
public class WorkersE2eExtension implements ParameterResolver, AfterEachCallback {

  private static final Namespace NAMESPACE = Namespace.create(WorkersE2eExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == E2eEnvironment.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return environment(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    environment(context).stopWorkers();
  }

  private static E2eEnvironment environment(ExtensionContext context) {
    // kept in the class's store: JUnit closes it (app and workers) when the class is done
    ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
        ? context.getParent().orElseThrow() : context;
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(E2eEnvironment.class, k -> E2eEnvironment.start(), E2eEnvironment.class);
  }
}
