package nl.werkcentrum.app.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How strictly request bodies are read. */
@Configuration
class JsonInvoer {

  /**
   * Jackson takes a number for an enum as its position, so {@code "kanaal": 1} would silently be
   * GEMEENTE: a kanaal or financier must be spelled out.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer enumsBijNaam() {
    return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
  }
}
