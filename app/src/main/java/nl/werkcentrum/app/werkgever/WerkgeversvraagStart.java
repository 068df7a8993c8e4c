package nl.werkcentrum.app.werkgever;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.werkcentrum.app.traject.Kanaal;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * "No wrong door" for employers, through our API: the question takes the model's own path, the
 * sociale partners' message for their system and the desk's start for a werkgeversadviseur, so its
 * first step (WerkgeversvraagRegistreren) stores it either way. The id is chosen here and becomes
 * the business key. Process start and our rows share one transaction.
 */
@Service
public class WerkgeversvraagStart {

  static final String PROCESS = "werkgeversvraag";
  static final String BERICHT = "Werkgeversvraag.SocialePartners";

  private final RuntimeService runtimeService;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public WerkgeversvraagStart(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Transactional
  public UUID start(String kvkNummer, String werkgeverNaam, String regio, String sector,
      List<VacatureGegevens> vacatures, Kanaal kanaal) {
    UUID id = UUID.randomUUID();
    VariableMap variabelen = Variables.createVariables().putValue("kvkNummer", kvkNummer)
        .putValue("werkgeverNaam", werkgeverNaam).putValue("regio", regio).putValue("sector", sector)
        .putValue("vacatures", alsJson(vacatures)).putValue("kanaal", kanaal.name());
    if (kanaal == Kanaal.SOCIALE_PARTNERS) {
      runtimeService.createMessageCorrelation(BERICHT).processInstanceBusinessKey(id.toString())
          .setVariables(variabelen).correlateStartMessage();
    } else {
      runtimeService.createProcessInstanceByKey(PROCESS).businessKey(id.toString()).setVariables(variabelen).execute();
    }
    return id;
  }

  private String alsJson(List<VacatureGegevens> vacatures) {
    try {
      return json.writeValueAsString(vacatures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Vacatures niet te schrijven als JSON", e);
    }
  }
}
