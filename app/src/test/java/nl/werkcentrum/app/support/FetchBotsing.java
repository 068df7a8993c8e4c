package nl.werkcentrum.app.support;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.List;

/**
 * A partner's fetch-and-lock that meets a collision, made certain instead of left to timing: when
 * armed, the next fetch locks its tasks and reads their variables, then fails as the engine does
 * when another node removed the parent of an execution it read (ENGINE-03077, seen between two
 * nodes under load). It fails inside the command's transaction, so, as in the race, nothing it
 * locked is committed. Import {@link Config} to have it; the bean is named {@code fetchBotsing}.
 */
public class FetchBotsing {

  private volatile boolean gewapend;

  public void volgende() {
    gewapend = true;
  }

  private boolean eenmaal() {
    boolean was = gewapend;
    gewapend = false;
    return was;
  }

  /** Runs after the engine opened the command's context, so a failure here rolls the command back. */
  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof FetchExternalTasksCmd && eenmaal()) {
        throw new ProcessEngineException("ENGINE-03077 Cannot resolve parent with id 'ouder' of execution"
            + " 'uitvoering', perhaps it was deleted in the meantime");
      }
      return result;
    }
  }

  @TestConfiguration
  public static class Config {

    @Bean
    FetchBotsing fetchBotsing() {
      return new FetchBotsing();
    }

    @Bean
    ProcessEnginePlugin fetchBotsingPlugin(FetchBotsing botsing) {
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          List<CommandInterceptor> na = new ArrayList<>();
          if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            na.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
          }
          na.add(botsing.new Interceptor());
          configuration.setCustomPostCommandInterceptorsTxRequired(na);
        }
      };
    }
  }
}
