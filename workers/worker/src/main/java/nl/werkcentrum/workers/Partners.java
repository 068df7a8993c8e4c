package nl.werkcentrum.workers;

import nl.werkcentrum.workers.common.BsnBron;
import nl.werkcentrum.workers.common.DemoRegister;
import nl.werkcentrum.workers.common.PartnerRestClients;
import nl.werkcentrum.workers.common.WerkcentrumBsnBron;
import nl.werkcentrum.workers.common.WorkerSettings;
import nl.werkcentrum.workers.loopbaan.DemoLoopbaanadviesSysteem;
import nl.werkcentrum.workers.loopbaan.HttpLoopbaanadviesSysteem;
import nl.werkcentrum.workers.loopbaan.LoopbaanadviesHandler;
import nl.werkcentrum.workers.loopbaan.LoopbaanadviesSysteem;
import nl.werkcentrum.workers.roc.DemoRocSysteem;
import nl.werkcentrum.workers.roc.HttpRocSysteem;
import nl.werkcentrum.workers.roc.RocInschrijvenHandler;
import nl.werkcentrum.workers.roc.RocSysteem;
import nl.werkcentrum.workers.roc.ScholingAfrondingDemo;
import nl.werkcentrum.workers.uitkering.DemoUitkeringRegister;
import nl.werkcentrum.workers.uitkering.HttpUitkeringRegister;
import nl.werkcentrum.workers.uitkering.UitkeringControlerenHandler;
import nl.werkcentrum.workers.uitkering.UitkeringRegister;
import nl.werkcentrum.workers.vacature.DemoVacatureSysteem;
import nl.werkcentrum.workers.vacature.HttpVacatureSysteem;
import nl.werkcentrum.workers.vacature.VacatureSysteem;
import nl.werkcentrum.workers.vacature.VacaturesMatchenHandler;
import nl.werkcentrum.workers.vacature.WerkgeversVacatures;
import nl.werkcentrum.workers.verwijzing.DemoVerwijzingSysteem;
import nl.werkcentrum.workers.verwijzing.HttpVerwijzingSysteem;
import nl.werkcentrum.workers.verwijzing.VerwijzenHandler;
import nl.werkcentrum.workers.verwijzing.VerwijzingSysteem;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.web.client.RestClient;

import java.time.Clock;
import java.time.Duration;

/**
 * Which topics each partner works on, with which port. The active profile picks the partner, so
 * one process subscribes only to its own partner's topics; the variables each topic fetches come
 * from the contract (contract/werkcentrum-contract.json, see ContractAbonnementen). The BSN is no
 * process variable: the handlers that need it ask our API for the task they hold ({@link BsnBron}).
 */
final class Partners {

  private Partners() {
  }

  static RestClient restClient(RestClient.Builder builder, PartnerSettings partner) {
    return PartnerRestClients.create(builder, partner.naam(), partner.http());
  }

  static DemoRegister register(PartnerSettings partner, String naam) {
    return new DemoRegister(partner.demoData().resolve(naam));
  }

  /** A client of the engine REST API with this worker's own credentials. */
  static RestClient engine(RestClient.Builder http, ClientProperties client) {
    return http.clone().baseUrl(client.getBaseUrl())
        .defaultHeaders(h -> h.setBasicAuth(client.getBasicAuth().getUsername(), client.getBasicAuth().getPassword()))
        .build();
  }

  /** The BSN for a task this worker holds, from the Werkcentrum's API beside the engine REST API. */
  static BsnBron bsnBron(RestClient.Builder http, ClientProperties client) {
    return WerkcentrumBsnBron.naast(client.getBaseUrl(), client.getBasicAuth().getUsername(),
        client.getBasicAuth().getPassword(), client.getWorkerId(), http);
  }

  @Configuration(proxyBeanMethods = false)
  @Profile("uwv")
  static class Uwv {

    @Bean
    UitkeringRegister uwvUitkeringen(PartnerSettings partner, RestClient.Builder http,
        @Value("${werkcentrum.partner.demo-bestand:classpath:demo/uwv-uitkeringen.csv}") Resource demo) {
      return partner.demo() ? new DemoUitkeringRegister(demo) : new HttpUitkeringRegister(restClient(http, partner), partner.naam());
    }

    @Bean
    VerwijzingSysteem uwvVerwijzingen(PartnerSettings partner, RestClient.Builder http) {
      return partner.demo() ? new DemoVerwijzingSysteem(register(partner, "uwv-verwijzingen"), "UWV", partner)
          : new HttpVerwijzingSysteem(restClient(http, partner), partner.naam());
    }

    @Bean
    @ExternalTaskSubscription(topicName = "uwv.uitkering-controleren")
    ExternalTaskHandler uwvUitkeringControleren(WorkerSettings settings, UitkeringRegister register,
        RestClient.Builder http, ClientProperties client) {
      return new UitkeringControlerenHandler(settings, bsnBron(http, client), register, "uwvUitkering");
    }

    @Bean
    @ExternalTaskSubscription(topicName = "uwv.verwijzen")
    ExternalTaskHandler uwvVerwijzen(WorkerSettings settings, VerwijzingSysteem systeem) {
      return new VerwijzenHandler(settings, systeem);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Profile("gemeente")
  static class Gemeente {

    @Bean
    UitkeringRegister gemeenteUitkeringen(PartnerSettings partner, RestClient.Builder http,
        @Value("${werkcentrum.partner.demo-bestand:classpath:demo/gemeente-uitkeringen.csv}") Resource demo) {
      return partner.demo() ? new DemoUitkeringRegister(demo) : new HttpUitkeringRegister(restClient(http, partner), partner.naam());
    }

    @Bean
    VerwijzingSysteem gemeenteVerwijzingen(PartnerSettings partner, RestClient.Builder http) {
      return partner.demo() ? new DemoVerwijzingSysteem(register(partner, "gemeente-verwijzingen"), "GEM", partner)
          : new HttpVerwijzingSysteem(restClient(http, partner), partner.naam());
    }

    @Bean
    @ExternalTaskSubscription(topicName = "gemeente.uitkering-controleren")
    ExternalTaskHandler gemeenteUitkeringControleren(WorkerSettings settings, UitkeringRegister register,
        RestClient.Builder http, ClientProperties client) {
      return new UitkeringControlerenHandler(settings, bsnBron(http, client), register, "gemeenteUitkering");
    }

    @Bean
    @ExternalTaskSubscription(topicName = "gemeente.verwijzen")
    ExternalTaskHandler gemeenteVerwijzen(WorkerSettings settings, VerwijzingSysteem systeem) {
      return new VerwijzenHandler(settings, systeem);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Profile("roc")
  static class Roc {

    @Bean
    RocSysteem rocSysteem(PartnerSettings partner, RestClient.Builder http,
        @Value("${werkcentrum.partner.demo-bestand:classpath:demo/roc-opleidingen.csv}") Resource demo,
        @Value("${werkcentrum.partner.demo-scholing-afronden-na:}") Duration afrondenNa, ClientProperties client) {
      if (!partner.demo()) {
        return new HttpRocSysteem(restClient(http, partner), partner.naam());
      }
      DemoRocSysteem roc = new DemoRocSysteem(demo, register(partner, "roc-inschrijvingen"), partner, Clock.systemDefaultZone());
      if (afrondenNa != null) {
        // the demo ROC reports to the engine with this worker's own engine credentials
        roc.metAfronding(new ScholingAfrondingDemo(engine(http, client), afrondenNa));
      }
      return roc;
    }

    @Bean
    @ExternalTaskSubscription(topicName = "roc.inschrijven")
    ExternalTaskHandler rocInschrijven(WorkerSettings settings, RocSysteem roc, RestClient.Builder http,
        ClientProperties client) {
      return new RocInschrijvenHandler(settings, bsnBron(http, client), roc);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Profile("sociale-partners")
  static class SocialePartners {

    @Bean
    VacatureSysteem vacatureSysteem(PartnerSettings partner, RestClient.Builder http,
        @Value("${werkcentrum.partner.demo-bestand:classpath:demo/vacatures.csv}") Resource demo,
        ClientProperties client) {
      VacatureSysteem eigen = partner.demo()
          ? new DemoVacatureSysteem(demo, register(partner, "vacature-reserveringen"), partner)
          : new HttpVacatureSysteem(restClient(http, partner), partner.naam());
      // employers' vacancies at the Werkcentrum first, then the partner's own
      return WerkgeversVacatures.naast(client.getBaseUrl(), client.getBasicAuth().getUsername(),
          client.getBasicAuth().getPassword(), http, eigen);
    }

    @Bean
    VerwijzingSysteem socialePartnersVerwijzingen(PartnerSettings partner, RestClient.Builder http) {
      return partner.demo() ? new DemoVerwijzingSysteem(register(partner, "sociale-partners-verwijzingen"), "SP", partner)
          : new HttpVerwijzingSysteem(restClient(http, partner), partner.naam());
    }

    @Bean
    @ExternalTaskSubscription(topicName = "sociale-partners.verwijzen")
    ExternalTaskHandler socialePartnersVerwijzen(WorkerSettings settings, VerwijzingSysteem systeem) {
      return new VerwijzenHandler(settings, systeem);
    }

    @Bean
    @ExternalTaskSubscription(topicName = "sociale-partners.vacatures-matchen")
    ExternalTaskHandler vacaturesMatchen(WorkerSettings settings, VacatureSysteem systeem) {
      return new VacaturesMatchenHandler(settings, systeem);
    }

    @Bean
    LoopbaanadviesSysteem loopbaanadviesSysteem(PartnerSettings partner, RestClient.Builder http,
        @Value("${werkcentrum.partner.demo-tekortsectoren:classpath:demo/tekortsectoren.csv}") Resource demo) {
      return partner.demo() ? new DemoLoopbaanadviesSysteem(demo, Clock.systemDefaultZone())
          : new HttpLoopbaanadviesSysteem(restClient(http, partner), partner.naam());
    }

    @Bean
    @ExternalTaskSubscription(topicName = "sociale-partners.loopbaanadvies")
    ExternalTaskHandler loopbaanadvies(WorkerSettings settings, LoopbaanadviesSysteem systeem, RestClient.Builder http,
        ClientProperties client) {
      return new LoopbaanadviesHandler(settings, bsnBron(http, client), systeem);
    }
  }
}
