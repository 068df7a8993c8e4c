package nl.werkcentrum.workers.common;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Makes {@link WorkerSettings} available to every partner's handlers. */
@AutoConfiguration
@EnableConfigurationProperties(WorkerSettings.class)
public class WorkerAutoConfiguration {
}
