package nl.werkcentrum.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the models, the engine application and the partner workers agree on, loaded from
 * {@code werkcentrum-contract.json}: the partners with their Camunda group and sign-up channel, each
 * external task topic with the variables its partner may read and write and the BPMN errors it may
 * raise, and each message with the partners that may send it and its variables.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(Procesvariabelen procesvariabelen, Map<String, Partner> partners, Map<String, Topic> topics,
    Map<String, Bericht> berichten) {

  static final String BRON = "/nl/werkcentrum/contract/werkcentrum-contract.json";

  private static final Contract GELADEN = laad();

  public Contract {
    procesvariabelen = procesvariabelen == null ? new Procesvariabelen(List.of()) : procesvariabelen;
    partners = Map.copyOf(partners);
    topics = Map.copyOf(topics);
    berichten = Map.copyOf(berichten);
  }

  /** The contract as this build ships it. */
  public static Contract werkcentrum() {
    return GELADEN;
  }

  private static Contract laad() {
    try (InputStream in = Contract.class.getResourceAsStream(BRON)) {
      if (in == null) {
        throw new IllegalStateException(BRON + " is missing from the classpath");
      }
      return new ObjectMapper().readValue(in, Contract.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BRON, e);
    }
  }

  /** The partner whose system signs in with this Camunda group. */
  public Optional<String> partnerVanGroep(String groep) {
    return partners.entrySet().stream().filter(p -> p.getValue().groep().equals(groep))
        .map(Map.Entry::getKey).findFirst();
  }

  /** The topics of one partner, in a stable order. */
  public Map<String, Topic> topicsVan(String partner) {
    Map<String, Topic> eigen = new LinkedHashMap<>();
    topics.entrySet().stream().filter(t -> t.getValue().partner().equals(partner)).sorted(Map.Entry.comparingByKey())
        .forEach(t -> eigen.put(t.getKey(), t.getValue()));
    return eigen;
  }

  /** The messages one partner may send. */
  public List<String> berichtenVan(String partner) {
    return berichten.entrySet().stream().filter(b -> b.getValue().partners().contains(partner))
        .map(Map.Entry::getKey).sorted().toList();
  }

  /**
   * The variables the engine may keep: identifiers, routing facts and decision outcomes. Any other
   * variable is data, which lives in our tables and never in the engine's history.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Procesvariabelen(List<String> routering) {

    public Procesvariabelen {
      routering = routering == null ? List.of() : List.copyOf(routering);
    }

    public boolean routering(String variabele) {
      return routering.contains(variabele);
    }
  }

  /** A partner system: its Camunda group and the channel its sign-ups come through. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Partner(String groep, String kanaal) {
  }

  /**
   * An external task topic.
   *
   * @param partner  the only partner that works on it
   * @param bsnNodig whether its partner needs the person's BSN (asked of our API for a locked task)
   * @param leest    the variables a fetch may ask for
   * @param schrijft the variables a complete may set, each with its allowed values (null: any)
   * @param fouten   the BPMN error codes its partner may raise
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Topic(String partner, boolean bsnNodig, List<String> leest, Map<String, List<String>> schrijft,
      List<String> fouten) {

    public Topic {
      leest = leest == null ? List.of() : List.copyOf(leest);
      schrijft = schrijft == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(schrijft));
      fouten = fouten == null ? List.of() : List.copyOf(fouten);
    }
  }

  /**
   * A message.
   *
   * @param start      whether it starts a trajectory (a sign-up door)
   * @param partners   the partners that may send it (none: only the engine itself)
   * @param variabelen the process variables it may carry
   * @param rol        the role the sending partner must have in the trajectory (null: none needed)
   * @param verplicht  variables it must carry, each with its allowed values
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Bericht(boolean start, List<String> partners, List<String> variabelen, Rol rol,
      Map<String, List<String>> verplicht) {

    public Bericht {
      partners = partners == null ? List.of() : List.copyOf(partners);
      variabelen = variabelen == null ? List.of() : List.copyOf(variabelen);
      verplicht = verplicht == null ? Map.of() : Map.copyOf(verplicht);
    }
  }

  /** The role in a trajectory a message needs of its sender. */
  public enum Rol {
    /** The partner has the regie of the trajectory. */
    REGIEPARTNER,
    /** The partner enrolled the person in a course of this trajectory. */
    INGESCHREVEN
  }
}
