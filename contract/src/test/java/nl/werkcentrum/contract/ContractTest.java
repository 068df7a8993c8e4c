package nl.werkcentrum.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTest {

  final Contract contract = Contract.werkcentrum();

  @Test
  void everyTopicAndMessageNamesAKnownPartner() {
    contract.topics().forEach((naam, topic) ->
        assertThat(contract.partners()).as(naam).containsKey(topic.partner()));
    contract.berichten().forEach((naam, bericht) ->
        assertThat(contract.partners().keySet()).as(naam).containsAll(bericht.partners()));
  }

  @Test
  void eachPartnerSignsUpThroughItsOwnDoorOnly() {
    // the trajectory's sign-up doors carry the BSN; other start messages start other routes (an employer's
    // question, van werk naar werk)
    contract.partners().keySet().forEach(partner -> assertThat(contract.berichtenVan(partner).stream()
        .filter(b -> contract.berichten().get(b).start() && b.startsWith("Aanmelding."))).as(partner).hasSize(1));
    assertThat(contract.berichten().entrySet().stream().filter(b -> b.getValue().start()).map(b -> b.getKey()))
        .allMatch(b -> b.startsWith("Aanmelding.") || b.equals("WerkNaarWerk.SocialePartners")
            || b.equals("Werkgeversvraag.SocialePartners"));
    assertThat(contract.berichten().get("Werkgeversvraag.SocialePartners").variabelen()).doesNotContain("bsn");
  }

  @Test
  void aRequiredVariableIsOneTheMessageMayCarry() {
    contract.berichten().forEach((naam, bericht) ->
        assertThat(bericht.variabelen()).as(naam).containsAll(bericht.verplicht().keySet()));
  }

  @Test
  void partnersAreFoundByTheirGroup() {
    assertThat(contract.partnerVanGroep("worker-roc")).contains("roc");
    assertThat(contract.partnerVanGroep("gids-AMR15")).isEmpty();
    assertThat(contract.topicsVan("roc")).containsOnlyKeys("roc.inschrijven");
    assertThat(contract.berichtenVan("roc")).contains("Aanmelding.ROC", "ScholingAfgerond", "TrajectBeeindigen")
        .doesNotContain("Aanmelding.UWV");
  }
}
