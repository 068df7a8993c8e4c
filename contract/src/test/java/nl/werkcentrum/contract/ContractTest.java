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
    // a person's sign-up carries the BSN; an employer's question (no person) is another start
    contract.partners().keySet().forEach(partner -> assertThat(contract.berichtenVan(partner).stream()
        .filter(b -> contract.berichten().get(b).start() && contract.berichten().get(b).variabelen().contains("bsn")))
        .as(partner).hasSize(1));
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
