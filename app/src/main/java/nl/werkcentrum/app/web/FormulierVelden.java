package nl.werkcentrum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
  /** {@code maxLengte}: the form's {@code validate.maxLength}, or null when it sets none. */
  public record Veld(String naam, Soort soort, boolean alleenLezen, List<String> keuzes, String keuzesVariabele,
      Integer maxLengte) {
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
    CamundaFormRef ref = data.getCamundaFormRef();
    if (ref == null) {
      return Optional.of(Formulier.GEEN);
    }
    String sleutel = switch (ref.getBinding() == null ? "latest" : ref.getBinding()) {
      case "deployment" -> data.getDeploymentId() + "/" + ref.getKey();
      case "version" -> "v" + ref.getVersion() + "/" + ref.getKey();
      default -> null; // "latest" moves with every deployment of the form
    };
    return Optional.of(sleutel == null ? lees(taskId) : gelezen.computeIfAbsent(sleutel, s -> lees(taskId)));
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

  private Formulier lees(String taskId) {
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      return parse(json.readTree(form));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("form of task " + taskId + " is no JSON", unreadable);
    }
  }

  static Formulier parse(JsonNode schema) {
    Map<String, Veld> velden = new LinkedHashMap<>();
    verzamel(schema.path("components"), velden);
    return new Formulier(Map.copyOf(velden));
  }

  private static void verzamel(JsonNode components, Map<String, Veld> velden) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String pad = component.path("path").asText("");
      if (!pad.isBlank()) {
        // a group or dynamic list with a path submits its fields nested under that one name
        velden.put(topNaam(pad), new Veld(topNaam(pad), Soort.VRIJ, alleenLezen(component), List.of(), null, null));
      } else if (component.path("components").isArray()) {
        verzamel(component.get("components"), velden);
      }
      if (component.path("key").isTextual() && !ZONDER_WAARDE.contains(type)) {
        String key = component.get("key").asText();
        // a dotted key ("adres.straat") is submitted as an object under its first part
        Soort soort = key.contains(".") ? Soort.VRIJ : soort(type);
        List<String> keuzes = new ArrayList<>();
        component.path("values").forEach(optie -> keuzes.add(optie.path("value").asText()));
        String keuzesVariabele = component.path("valuesKey").isTextual() ? component.get("valuesKey").asText() : null;
        JsonNode max = component.path("validate").path("maxLength");
        velden.put(topNaam(key), new Veld(topNaam(key), soort, alleenLezen(component), List.copyOf(keuzes),
            keuzesVariabele, max.canConvertToInt() ? max.asInt() : null));
      }
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
