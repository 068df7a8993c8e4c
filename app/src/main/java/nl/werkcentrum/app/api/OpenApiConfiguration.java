package nl.werkcentrum.app.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The OpenAPI description of our own API at /v3/api-docs (the engine REST API has its own). */
@Configuration
class OpenApiConfiguration {

  static final String BASIC = "basic";
  static final String PROBLEEM = "Probleem";

  private static final Map<Integer, String> WEIGERINGEN = Map.of(
      400, "Invalid input: `velden` names the offending fields (an invalid BSN, an unknown region, "
          + "channel or funder, a wrong type, a missing field, an amount out of range, malformed JSON)",
      401, "No credentials, or a wrong user name or password (HTTP basic)",
      403, "The caller may not do this: another region's data, or a deposit by someone who is not "
          + "a budget holder of the region",
      404, "No trajectory with this id",
      409, "A concurrent request won (two sign-ups of one person at the same moment); try again",
      422, "The migration plan is invalid: `fouten` says why; nothing was migrated");

  /** The shape of every refusal, for the documentation only: the answers are ProblemDetails. */
  @Schema(name = PROBLEEM, description = "RFC 9457 problem details; title and detail in Dutch")
  record Probleem(
      @Schema(example = "about:blank") String type,
      @Schema(example = "Ongeldig verzoek") String title,
      @Schema(example = "400") int status,
      @Schema(example = "kanaal: onbekende waarde; kies uit UWV, GEMEENTE, ROC, SOCIALE_PARTNERS, WERKCENTRUM")
      String detail,
      @Schema(example = "/api/aanmeldingen") String instance,
      @Schema(description = "Only with 400: the request fields or parameters that are wrong",
          example = "[\"kanaal\"]") List<String> velden) {
  }

  @Bean
  OpenAPI werkcentrumOpenApi() {
    var components = new Components()
        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("A user of Camunda's identity service (the same as for /engine-rest)"));
    ModelConverters.getInstance().read(Probleem.class).forEach(components::addSchemas);
    return new OpenAPI()
        .info(new Info()
            .title("Werkcentrum API")
            .version("1")
            .description("""
                The Werkcentrum's own API beside the engine REST API: sign a person up through any \
                door ("no wrong door"), read a trajectory, read and fund a region's ontschot budget, \
                and the Regionaal Beraad's report. Every call uses HTTP basic with a Camunda user; \
                caseworkers see their own region only, deposits are for the region's budget holders. \
                Every refusal is application/problem+json with a Dutch `detail`; a 400 names the \
                fields in `velden`. Amounts are euros with at most two decimals."""))
        .components(components)
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** 401 on every operation, and the refusals each one lists in {@link Weigeringen}, as problem+json. */
  @Bean
  OperationCustomizer weigeringenAlsProblemJson() {
    return (operation, handlerMethod) -> {
      if (!handlerMethod.getBeanType().getPackageName().equals(OpenApiConfiguration.class.getPackageName())) {
        return operation;
      }
      Weigeringen weigeringen = handlerMethod.getMethodAnnotation(Weigeringen.class);
      IntStream.concat(IntStream.of(401), weigeringen == null ? IntStream.empty()
              : IntStream.of(weigeringen.value())).distinct().sorted()
          .forEach(status -> operation.getResponses().addApiResponse(String.valueOf(status),
              new ApiResponse().description(WEIGERINGEN.get(status)).content(new Content()
                  .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                      new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>()
                          .$ref("#/components/schemas/" + PROBLEEM))))));
      return operation;
    };
  }
}
