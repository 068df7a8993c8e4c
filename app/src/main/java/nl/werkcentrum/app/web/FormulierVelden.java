package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The fields of a task's Camunda Form, read from the form as it was deployed, so that what a
 * caseworker may write follows the model and is never a second list to keep in step with it.
 * Engine calls run with whatever authentication the caller set: a task the caller may not see has
 * no form here, and the engine gives its own answer for it.
 */
@Component
public class FormulierVelden {

  /** What kind of value a field holds, with the engine REST type names that carry it. */
  public enum Soort {
    TEKST(Set.of("string")),
    GETAL(Set.of("integer", "long", "short", "double")),
    JA_NEE(Set.of("boolean")),
    DATUM(Set.of("string", "date")),
    /**
     * A checklist or taglist: several of its options. Tasklist sends a JSON variable (a list);
     * an API client may send a list, its JSON text, or one option as text.
     */
    LIJST(Set.of("json", "object", "string")),
    /** Fields we do not type (lists, files, computed values, groups with a path): any value. */
    VRIJ(Set.of());

    final Set<String> types;

    Soort(Set<String> types) {
      this.types = types;
    }
  }

  /**
   * One field. {@code keuzes}: the select's or radio's static values (empty when it has none);
   * {@code keuzesVariabele}: the variable holding its options ({@code valuesKey}), or null.
   */
  /**
   * {@code verplicht}: {@code validate.required} on a field that is always shown (a field a
   * condition may hide is left to the process, as form-js then submits nothing for it);
   * {@code min}, {@code max}: a number's bounds when the form gives them as numbers (an expression
   * such as {@code =gereserveerdBedrag} is the process's to check); {@code decimalen}: the digits a
   * number may have after the decimal point ({@code decimalDigits}); {@code minLengte},
   * {@code maxLengte}, {@code patroon}: a text's; each null when the form sets none.
   */
  public record Veld(String naam, Soort soort, boolean alleenLezen, List<String> keuzes, String keuzesVariabele,
      boolean verplicht, BigDecimal min, BigDecimal max, Integer decimalen, Integer minLengte, Integer maxLengte,
      Pattern patroon) {

    static Veld vrij(String naam, boolean alleenLezen) {
      return new Veld(naam, Soort.VRIJ, alleenLezen, List.of(), null, false, null, null, null, null, null, null);
    }
  }

  public record Formulier(Map<String, Veld> velden) {
    /** A task without a Camunda Form takes no values at all. */
    public static final Formulier GEEN = new Formulier(Map.of());
  }

  /** Components that show something but hold no value, even if a modeller gave them a key. */
  private static final Set<String> ZONDER_WAARDE = Set.of(
      "text", "html", "spacer", "separator", "image", "button", "iframe", "table");

  private final FormService formService;
  private final TaskService taskService;
  private final ObjectMapper json;
  /** Deployed forms do not change: parsed once per deployment (or version) and form key. */
  private final Map<String, Formulier> gelezen = new ConcurrentHashMap<>();

  public FormulierVelden(FormService formService, TaskService taskService, ObjectMapper json) {
    this.formService = formService;
    this.taskService = taskService;
    this.json = json;
  }

  /** The task's form; empty when the task is unknown or hidden from the caller. */
  public Optional<Formulier> vanTaak(String taskId) {
    TaskFormData data;
    try {
      data = formService.getTaskFormData(taskId);
    } catch (ProcessEngineException unknownOrHidden) {
      // the same call to complete it fails in the engine with the right status (404, 403)
      return Optional.empty();
    }
    return Optional.of(data.getCamundaFormRef() == null ? Formulier.GEEN
        : uitCache(data.getCamundaFormRef(), data.getDeploymentId(), () -> formService.getDeployedTaskForm(taskId)));
  }

  /**
   * The start form of a process definition; empty when the definition is unknown or hidden, or
   * starts without a Camunda Form (then the engine and the process decide what a start may carry).
   */
  public Optional<Formulier> vanStart(String processDefinitionId) {
    StartFormData data;
    try {
      data = formService.getStartFormData(processDefinitionId);
    } catch (ProcessEngineException unknownOrHidden) {
      return Optional.empty();
    }
    if (data == null || data.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    return Optional.of(uitCache(data.getCamundaFormRef(), data.getDeploymentId(),
        () -> formService.getDeployedStartForm(processDefinitionId)));
  }

  private Formulier uitCache(CamundaFormRef ref, String deploymentId, Supplier<InputStream> formulier) {
    String sleutel = switch (ref.getBinding() == null ? "latest" : ref.getBinding()) {
      case "deployment" -> deploymentId + "/" + ref.getKey();
      case "version" -> "v" + ref.getVersion() + "/" + ref.getKey();
      default -> null; // "latest" moves with every deployment of the form
    };
    return sleutel == null ? lees(formulier) : gelezen.computeIfAbsent(sleutel, s -> lees(formulier));
  }

  /**
   * The options of a select whose list is a variable ({@code valuesKey}): a JSON list of values or
   * of {label, value}. Anything else offers nothing to choose, as the form then shows no options.
   */
  public Set<String> keuzes(String taskId, String variabele) {
    TypedValue waarde = taskService.getVariableTyped(taskId, variabele, false);
    String tekst = waarde instanceof SerializableValue serialized ? serialized.getValueSerialized()
        : waarde != null && waarde.getValue() instanceof String string ? string : null;
    Set<String> keuzes = new HashSet<>();
    if (tekst == null) {
      return keuzes;
    }
    try {
      for (JsonNode optie : json.readTree(tekst)) {
        keuzes.add(optie.isValueNode() ? optie.asText() : optie.path("value").asText());
      }
    } catch (IOException notJson) {
      return Set.of();
    }
    return keuzes;
  }

  private Formulier lees(Supplier<InputStream> formulier) {
    try (InputStream form = formulier.get()) {
      return parse(json.readTree(form));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("a deployed form is no JSON", unreadable);
    }
  }

  static Formulier parse(JsonNode schema) {
    Map<String, Veld> velden = new LinkedHashMap<>();
    verzamel(schema.path("components"), false, velden);
    // in the form's order, so a refusal names the fields as the caseworker sees them
    return new Formulier(Collections.unmodifiableMap(velden));
  }

  private static void verzamel(JsonNode components, boolean voorwaardelijk, Map<String, Veld> velden) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String pad = component.path("path").asText("");
      // a condition on a group hides everything in it
      boolean kanVerborgen = voorwaardelijk || !component.path("conditional").isMissingNode();
      if (!pad.isBlank()) {
        // a group or dynamic list with a path submits its fields nested under that one name
        velden.put(topNaam(pad), Veld.vrij(topNaam(pad), alleenLezen(component)));
      } else if (component.path("components").isArray()) {
        verzamel(component.get("components"), kanVerborgen, velden);
      }
      if (component.path("key").isTextual() && !ZONDER_WAARDE.contains(type)) {
        String key = component.get("key").asText();
        if (key.contains(".")) {
          // a dotted key ("adres.straat") is submitted as an object under its first part
          velden.put(topNaam(key), Veld.vrij(topNaam(key), alleenLezen(component)));
          continue;
        }
        List<String> keuzes = new ArrayList<>();
        component.path("values").forEach(optie -> keuzes.add(optie.path("value").asText()));
        String keuzesVariabele = component.path("valuesKey").isTextual() ? component.get("valuesKey").asText() : null;
        JsonNode validate = component.path("validate");
        velden.put(key, new Veld(key, soort(type), alleenLezen(component), List.copyOf(keuzes), keuzesVariabele,
            validate.path("required").asBoolean(false) && !kanVerborgen, getal(validate.path("min")),
            getal(validate.path("max")), geheel(component.path("decimalDigits")), geheel(validate.path("minLength")),
            geheel(validate.path("maxLength")), patroon(validate.path("pattern"))));
      }
    }
  }

  /** A bound given as a number; an expression ("=...") or anything else sets none here. */
  private static BigDecimal getal(JsonNode grens) {
    if (grens.isNumber()) {
      return grens.decimalValue();
    }
    try {
      return grens.isTextual() ? new BigDecimal(grens.asText().trim()) : null;
    } catch (NumberFormatException expressie) {
      return null;
    }
  }

  private static Integer geheel(JsonNode lengte) {
    return lengte.canConvertToInt() && !lengte.isTextual() ? lengte.asInt() : null;
  }

  /** A pattern Java cannot read (JavaScript's dialect differs in corners) is left to the browser. */
  private static Pattern patroon(JsonNode patroon) {
    if (!patroon.isTextual() || patroon.asText().isBlank()) {
      return null;
    }
    try {
      return Pattern.compile(patroon.asText());
    } catch (PatternSyntaxException anderDialect) {
      return null;
    }
  }

  private static Soort soort(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "textfield", "textarea", "select", "radio" -> Soort.TEKST;
      case "number" -> Soort.GETAL;
      case "checkbox" -> Soort.JA_NEE;
      case "checklist", "taglist" -> Soort.LIJST;
      case "datetime" -> Soort.DATUM;
      default -> Soort.VRIJ;
    };
  }

  /**
   * Read-only fields only show a value; form-js still submits them. Disabled ones it leaves out.
   * A readonly given as an expression depends on the form's data: we take it as writable (still
   * typed), rather than lose what the caseworker filled in.
   */
  private static boolean alleenLezen(JsonNode component) {
    return component.path("readonly").asBoolean(false) && component.path("readonly").isBoolean()
        || component.path("disabled").isBoolean() && component.path("disabled").asBoolean();
  }

  private static String topNaam(String naam) {
    int punt = naam.indexOf('.');
    return punt < 0 ? naam : naam.substring(0, punt);
  }
}
