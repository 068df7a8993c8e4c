package nl.werkcentrum.app.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Dutch nl.json for a Camunda webapp must translate every key of the webjar's own en.json: a
 * key missing from nl.json shows up as the bare key (PAGE_LOGIN_USERNAME) on a caseworker's
 * screen, and a Camunda upgrade adds keys without telling us. Both files are read from the
 * classpath, so the en.json is the one of the Camunda version we run.
 */
class NlLocaleCoversEnglishTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void nlJsonHasEveryKeyOfEnJson(String app) throws IOException {
    JsonNode en = read(app, "en");
    JsonNode nl = read(app, "nl");

    List<String> problems = new ArrayList<>();
    compare("", en, nl, problems);

    assertThat(problems).as("nl.json of %s against the webjar's en.json", app).isEmpty();
  }

  private static void compare(String path, JsonNode en, JsonNode nl, List<String> problems) {
    if (nl == null || nl.isMissingNode()) {
      problems.add(path + ": missing");
    } else if (en.isObject()) {
      if (!nl.isObject()) {
        problems.add(path + ": not an object");
        return;
      }
      for (Map.Entry<String, JsonNode> field : en.properties()) {
        compare(path + "/" + field.getKey(), field.getValue(), nl.get(field.getKey()), problems);
      }
    } else if (en.isArray()) {
      // month and weekday names: moment.js needs all of them
      if (!nl.isArray() || nl.size() != en.size()) {
        problems.add(path + ": needs an array of " + en.size());
      }
    } else if (en.isTextual()) {
      if (!nl.isTextual()) {
        problems.add(path + ": not a text");
      } else if (!en.asText().isEmpty() && nl.asText().isBlank()) {
        problems.add(path + ": empty");
      } else if (!placeholders(en.asText()).equals(placeholders(nl.asText()))) {
        // the webapp fills these in by name; a lost or renamed one leaves a gap in the sentence
        problems.add(path + ": placeholders " + placeholders(en.asText()) + " expected, found "
            + placeholders(nl.asText()));
      }
    } else if (nl.getNodeType() != en.getNodeType()) {
      problems.add(path + ": should be a " + en.getNodeType());
    }
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static JsonNode read(String app, String locale) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json";
    try (InputStream in = NlLocaleCoversEnglishTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the classpath").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's en.json files start with a byte order mark, which Jackson does not skip
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
