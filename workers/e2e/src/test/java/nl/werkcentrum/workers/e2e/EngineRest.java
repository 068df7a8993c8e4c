package nl.werkcentrum.workers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine REST API as the test drives it: start instances, send messages, complete user tasks,
 * and read runtime and history. It sends basic auth like any client, so it keeps working once the
 * REST API requires authentication.
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(3)).build();

  public EngineRest(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Starts the latest version of {@code processKey}; returns the process instance id. */
  public String startProcess(String processKey, String businessKey, Map<String, ?> variables) {
    ObjectNode body = JSON.createObjectNode().put("businessKey", businessKey);
    body.set("variables", typed(variables));
    return post("/process-definition/key/" + processKey + "/start", body).get("id").asText();
  }

  /** Correlates a message by business key, as the partners do ({@code ScholingAfgerond}, ...). */
  public void correlate(String messageName, String businessKey, Map<String, ?> variables) {
    ObjectNode body = JSON.createObjectNode().put("messageName", messageName).put("businessKey", businessKey);
    body.set("processVariables", typed(variables));
    post("/message", body);
  }

  public List<JsonNode> tasks(String processInstanceId) {
    return list("/task?processInstanceId=" + processInstanceId);
  }

  public void completeTask(String taskId, Map<String, ?> variables) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", typed(variables));
    post("/task/" + taskId + "/complete", body);
  }

  public List<JsonNode> externalTasks(String processInstanceId) {
    return list("/external-task?processInstanceId=" + processInstanceId);
  }

  public List<JsonNode> incidents(String processInstanceId) {
    return list("/incident?processInstanceId=" + processInstanceId);
  }

  /** The external task log: who fetched, completed or failed which task. */
  public List<JsonNode> externalTaskLog(String processInstanceId) {
    return list("/history/external-task-log?processInstanceId=" + processInstanceId);
  }

  public List<JsonNode> activities(String processInstanceId) {
    return list("/history/activity-instance?processInstanceId=" + processInstanceId);
  }

  public boolean hasEnded(String processInstanceId) {
    return "COMPLETED".equals(get("/history/process-instance/" + processInstanceId).path("state").asText());
  }

  /** The instance's variables from history, so they can be read after it ended. */
  public Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (JsonNode v : list("/history/variable-instance?deserializeValues=false&processInstanceId=" + processInstanceId)) {
      variables.put(v.get("name").asText(), JSON.convertValue(v.get("value"), Object.class));
    }
    return variables;
  }

  public JsonNode get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public List<JsonNode> list(String path) {
    List<JsonNode> items = new ArrayList<>();
    get(path).forEach(items::add);
    return items;
  }

  public JsonNode post(String path, JsonNode body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Deploys one model file, as the Modeler's deploy button does ({@code POST /deployment/create}). */
  public JsonNode deploy(String fileName, byte[] model) {
    String boundary = "werkcentrum-" + System.nanoTime();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + fileName
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue"
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    return send(HttpRequest.newBuilder(uri("/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
            HttpRequest.BodyPublishers.ofByteArray(model), HttpRequest.BodyPublishers.ofString(tail))));
  }

  /** A call without a body, e.g. {@code PUT /group/{id}/members/{userId}}. */
  public JsonNode send(String method, String path) {
    return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", authorization).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new Refused(response.request().method() + " " + response.uri() + " answered "
            + response.statusCode() + ": " + response.body(), response.statusCode());
      }
      return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new Unreachable("engine REST call to " + baseUrl + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The engine answered with an error status. */
  public static final class Refused extends IllegalStateException {
    private final int status;

    Refused(String message, int status) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** No answer at all: the node is down or the connection broke (the call may or may not have happened). */
  public static final class Unreachable extends IllegalStateException {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  /** Camunda's typed variable format; the value's Java type picks the engine type. */
  private static ObjectNode typed(Map<String, ?> variables) {
    ObjectNode typed = JSON.createObjectNode();
    variables.forEach((name, value) -> {
      ObjectNode v = typed.putObject(name);
      v.set("value", JSON.valueToTree(value));
      v.put("type", value == null ? "Null" : switch (value.getClass().getSimpleName()) {
        case "Boolean", "Long", "Integer", "Double" -> value.getClass().getSimpleName();
        default -> "String";
      });
    });
    return typed;
  }
}
