package nl.werkcentrum.app.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Full coverage of one model by a process test class of its own, as TrajectProcesTest does for the
 * trajectory: the extension that fails the class below 100% of flow nodes and sequence flows, the
 * hook that hands it the application's engine, and the engine plugin that reports the paths taken.
 * Models a class starts only through another (a trajectory started from a question) are
 * excluded: their own test class covers them.
 */
public final class Procesdekking {

  private Procesdekking() {
  }

  public static ProcessEngineCoverageExtension volledig(String... andereModellen) {
    ProcessEngineCoverageExtension dekking = new ProcessEngineCoverageExtension(false, true, List.of(andereModellen),
        null);
    try {
      Method drempel = ProcessEngineCoverageExtension.class.getDeclaredMethod("addClassCoverageAtLeast", double.class);
      drempel.setAccessible(true);
      drempel.invoke(dekking, 1.0);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("camunda-process-test-coverage changed: set the class threshold anew", e);
    }
    return dekking;
  }

  public static TestInstancePostProcessor engineVanDeApp(ProcessEngineCoverageExtension dekking) {
    return (test, context) -> {
      ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
      dekking.setProcessEngine(engine);
      dekking.setProcessEngineConfiguration((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    };
  }

  /** Import into the test's Spring context. */
  @TestConfiguration
  public static class Plugin {
    @Bean
    public ProcessEnginePlugin procesdekking() {
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        }
      };
    }
  }
}
