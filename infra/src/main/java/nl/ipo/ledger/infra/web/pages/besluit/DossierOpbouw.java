package nl.ipo.ledger.infra.web.pages.besluit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.infra.web.pages.Correcties;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.infra.web.pages.besluit.Dossier.Bron;
import nl.ipo.ledger.infra.web.pages.besluit.Dossier.Deel;
import nl.ipo.ledger.infra.web.pages.besluit.Dossier.Regel;
import nl.ipo.ledger.infra.web.pages.besluit.Dossier.Stap;
import nl.ipo.ledger.infra.web.pages.besluit.Dossier.Stem;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDiscussed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;

/**
 * Turns a besluit's recorded facts into the dossier a reader files: which step, on which day, by
 * whom (by name), on which source. Reads nothing itself: the controller hands it the facts, the
 * names and the meetings' descriptions.
 */
final class DossierOpbouw {

  private final Map<String, String> namen;
  private final Map<String, String> vergaderingen;

  private final Map<String, Correcties.Correctie> gecorrigeerd;

  /** The fact whose step is being built: its steps carry its identifier and correction. */
  private RecordedEvent huidig;

  DossierOpbouw(
      Map<String, String> namen,
      Map<String, String> vergaderingen,
      Map<String, Correcties.Correctie> gecorrigeerd) {
    this.namen = namen;
    this.vergaderingen = vergaderingen;
    this.gecorrigeerd = gecorrigeerd;
  }

  /** Every gremium id the facts name, so the caller can fetch their names in one query. */
  static Set<String> gremia(List<RecordedEvent> facts) {
    Set<String> ids = new HashSet<>();
    for (RecordedEvent fact : facts) {
      Object event = fact.event();
      if (event instanceof VoorstelSubmitted s) {
        ids.add(s.decidingGremiumId().toString());
        party(ids, s.submittedBy());
        s.effects().forEach(e -> effect(ids, e));
      } else if (event instanceof VoorstelPlacedOnAgenda a) {
        ids.add(a.gremiumId().toString());
      } else if (event instanceof VoorstelDiscussed d) {
        ids.add(d.gremiumId().toString());
      } else if (event instanceof AdviceRecorded a) {
        ids.add(a.advisingGremiumId().toString());
      } else if (event instanceof BesluitTaken t) {
        party(ids, t.decider());
        t.effects().forEach(e -> effect(ids, e));
      } else if (event instanceof VoorstelDeferred d) {
        party(ids, d.decider());
      } else if (event instanceof VoorstelWithdrawn w) {
        party(ids, w.withdrawnBy());
      } else if (event instanceof BesluitEffectCarriedOut c) {
        effect(ids, c.effect());
      } else if (event instanceof BesluitEffectFailed f) {
        effect(ids, f.effect());
      }
    }
    return ids;
  }

  private static void party(Set<String> ids, Party party) {
    if (party != null && party.gremiumId() != null) {
      ids.add(party.gremiumId().toString());
    }
  }

  private static void effect(Set<String> ids, Effect effect) {
    if (effect instanceof Effect.EstablishGremium e) {
      ids.add(e.gremiumId().toString());
      if (e.parentId() != null) {
        ids.add(e.parentId().toString());
      }
    } else if (effect instanceof Effect.MergeGremia m) {
      ids.add(m.gremiumId().toString());
      m.merged().forEach(g -> ids.add(g.toString()));
      if (m.parentId() != null) {
        ids.add(m.parentId().toString());
      }
    } else if (effect instanceof Effect.RenameGremium r) {
      ids.add(r.gremiumId().toString());
    } else if (effect instanceof Effect.DissolveGremium d) {
      ids.add(d.gremiumId().toString());
    }
  }

  /**
   * The facts as they now hold: each corrected fact replaced by its correction, each retracted one
   * left out (it stays listed under the corrections, with its reason).
   */
  static List<RecordedEvent> zoalsNu(
      List<RecordedEvent> facts, Map<String, Correcties.Correctie> gecorrigeerd) {
    List<RecordedEvent> now = new ArrayList<>();
    for (RecordedEvent fact : facts) {
      Correcties.Correctie c = gecorrigeerd.get(fact.eventIdentifier());
      if (c == null) {
        now.add(fact);
      } else if (!c.ingetrokken()) {
        now.add(
            new RecordedEvent(
                fact.eventIdentifier(),
                fact.sequence(),
                fact.eventType(),
                c.nu() instanceof nl.ipo.ledger.kernel.common.LedgerEvent l
                    ? l.effectiveDate()
                    : fact.effectiveDate(),
                fact.recordedAt(),
                fact.actor(),
                fact.actorRole(),
                fact.decisionReference(),
                fact.correlationId(),
                fact.causationId(),
                c.nu(),
                fact.source()));
      }
    }
    return now;
  }

  Dossier bouw(
      String besluitId,
      List<RecordedEvent> facts,
      List<RecordedEvent> correcties,
      String stemregel) {
    Stap voorstel = null;
    String onderwerp = "";
    String soort = "";
    String status = "ingediend";
    List<Stap> vergaderStappen = new ArrayList<>();
    List<Stap> adviezen = new ArrayList<>();
    Stap besluit = null;
    String bevoegdheid = null;
    List<Stem> stemmen = List.of();
    String telling = null;
    List<Effect> beoogd = List.of();
    List<Stap> uitgevoerd = new ArrayList<>();
    for (RecordedEvent fact : facts) {
      huidig = fact;
      Bron bron = Bron.of(fact.source());
      String vastgelegd = vastgelegd(fact);
      Object event = fact.event();
      if (event instanceof VoorstelSubmitted s) {
        onderwerp = s.subject();
        soort = s.besluitType().label();
        beoogd = s.effects();
        voorstel =
            stap(
                s.submittedOn(),
                Regel.van(
                    Deel.tekst("Ingediend door "),
                    partij(s.submittedBy()),
                    Deel.tekst(", ter besluitvorming door "),
                    gremium(s.decidingGremiumId()),
                    Deel.tekst(".")),
                null,
                vastgelegd,
                bron);
      } else if (event instanceof VoorstelPlacedOnAgenda a) {
        vergaderStappen.add(
            stap(
                a.meetingDate(),
                Regel.van(
                    Deel.tekst("Geagendeerd voor de "),
                    vergadering(a.vergaderingId().toString(), a.meetingDate()),
                    Deel.tekst(" van "),
                    gremium(a.gremiumId()),
                    Deel.tekst(a.agendaItem() == null ? "." : " (" + a.agendaItem() + ").")),
                vergaderingen.get(a.vergaderingId().toString()),
                vastgelegd,
                bron));
      } else if (event instanceof VoorstelDiscussed d) {
        vergaderStappen.add(
            stap(
                d.meetingDate(),
                Regel.van(
                    Deel.tekst("Besproken in de "),
                    vergadering(d.vergaderingId().toString(), d.meetingDate()),
                    Deel.tekst(" van "),
                    gremium(d.gremiumId()),
                    Deel.tekst(".")),
                d.summary(),
                vastgelegd,
                bron));
      } else if (event instanceof AdviceRecorded a) {
        adviezen.add(
            stap(
                a.adviceDate(),
                Regel.van(
                    Deel.tekst("Advies van "), gremium(a.advisingGremiumId()), Deel.tekst(".")),
                a.advice(),
                vastgelegd,
                bron));
      } else if (event instanceof BesluitTaken t) {
        status = t.outcome().label();
        bevoegdheid = bevoegdheid(t.competenceBasis());
        beoogd = t.effects();
        stemmen =
            t.votes().stream()
                .map(
                    (Vote v) ->
                        new Stem(
                            v.voter(),
                            v.province() == null ? "" : v.province().label(),
                            v.choice().label()))
                .toList();
        telling =
            t.votes().isEmpty() && (t.tally() == null || t.tally().cast() == 0)
                ? null
                : telling(t.tally());
        List<Deel> delen = new ArrayList<>();
        delen.add(Deel.tekst(hoofdletter(t.outcome().label()) + " door "));
        delen.add(partij(t.decider()));
        if (t.vergaderingId() != null) {
          delen.add(Deel.tekst(" in de "));
          delen.add(vergadering(t.vergaderingId().toString(), t.decisionDate()));
        }
        if (t.mandaatId() != null) {
          delen.add(Deel.tekst(", onder "));
          delen.add(Deel.link("mandaat", "/mandaten/" + t.mandaatId()));
        }
        if (t.amount() != null) {
          delen.add(Deel.tekst(", bedrag " + Weergave.bedrag(t.amount())));
        }
        delen.add(Deel.tekst("."));
        besluit = stap(t.decisionDate(), new Regel(delen), t.summary(), vastgelegd, bron);
      } else if (event instanceof VoorstelDeferred d) {
        status = "aangehouden";
        besluit =
            stap(
                d.decisionDate(),
                Regel.van(Deel.tekst("Aangehouden door "), partij(d.decider()), Deel.tekst(".")),
                d.summary(),
                vastgelegd,
                bron);
      } else if (event instanceof VoorstelWithdrawn w) {
        status = "ingetrokken";
        besluit =
            stap(
                w.withdrawnOn(),
                Regel.van(
                    Deel.tekst("Ingetrokken door "), partij(w.withdrawnBy()), Deel.tekst(".")),
                w.reason(),
                vastgelegd,
                bron);
      } else if (event instanceof BesluitEffectCarriedOut c) {
        uitgevoerd.add(
            stap(
                c.effectiveDate(), uitgevoerd(c.effect(), "Uitgevoerd: "), null, vastgelegd, bron));
      } else if (event instanceof BesluitEffectFailed f) {
        uitgevoerd.add(
            stap(
                f.effectiveDate(),
                uitgevoerd(f.effect(), "Niet uitgevoerd: "),
                f.reason(),
                vastgelegd,
                bron));
      }
    }
    huidig = null;
    return new Dossier(
        besluitId,
        onderwerp,
        soort,
        status,
        voorstel,
        vergaderStappen,
        adviezen,
        besluit,
        bevoegdheid,
        stemregel,
        stemmen,
        telling,
        beoogd.stream().map(this::effect).toList(),
        uitgevoerd,
        correcties.stream().map(this::correctie).toList());
  }

  private Stap correctie(RecordedEvent fact) {
    RectificatieEvent r = (RectificatieEvent) fact.event();
    String reden =
        r instanceof FactCorrected c ? c.reason() : ((RectificatieEvent.FactRetracted) r).reason();
    String wat =
        r instanceof FactCorrected
            ? "Gecorrigeerd: een vastgelegd feit van dit besluit"
            : "Ingetrokken: een vastgelegd feit van dit besluit";
    List<Deel> delen = new ArrayList<>();
    delen.add(Deel.tekst(wat + " (" + soortFeit(payloadType(r)) + ")"));
    if (r.decision() != null && r.decision().text() != null) {
      delen.add(Deel.tekst(", op grond van: " + r.decision().text()));
    }
    delen.add(Deel.tekst("."));
    return stap(
        r.effectiveDate(), new Regel(delen), reden, vastgelegd(fact), Bron.of(fact.source()));
  }

  private static String payloadType(RectificatieEvent r) {
    return r instanceof FactCorrected c
        ? c.payloadType()
        : ((RectificatieEvent.FactRetracted) r).payloadType();
  }

  private static String soortFeit(String payloadType) {
    String simple = payloadType.substring(payloadType.lastIndexOf('$') + 1);
    simple = simple.substring(simple.lastIndexOf('.') + 1);
    return switch (simple) {
      case "VoorstelSubmitted" -> "het voorstel";
      case "VoorstelPlacedOnAgenda" -> "de agendering";
      case "VoorstelDiscussed" -> "de bespreking";
      case "AdviceRecorded" -> "het advies";
      case "BesluitTaken" -> "het besluit";
      case "VoorstelDeferred" -> "het aanhouden";
      case "VoorstelWithdrawn" -> "de intrekking";
      default -> "een gevolg";
    };
  }

  private Regel uitgevoerd(Effect effect, String prefix) {
    List<Deel> delen = new ArrayList<>();
    delen.add(Deel.tekst(prefix));
    delen.addAll(effect(effect).delen());
    return new Regel(delen);
  }

  /** An effect in words, its bodies linked to their pages. */
  Regel effect(Effect effect) {
    if (effect instanceof Effect.EstablishGremium e) {
      List<Deel> delen = new ArrayList<>();
      delen.add(Deel.tekst("instelling van "));
      delen.add(gremium(e.gremiumId(), e.name()));
      delen.add(Deel.tekst(" (" + e.type().label() + ")"));
      if (e.parentId() != null) {
        delen.add(Deel.tekst(" onder "));
        delen.add(gremium(e.parentId()));
      }
      delen.add(Deel.tekst(", vanaf " + Weergave.datum(e.beginDate())));
      if (e.endDate() != null) {
        delen.add(Deel.tekst(" tot " + Weergave.datum(e.endDate())));
      }
      delen.add(Deel.tekst("."));
      return new Regel(delen);
    }
    if (effect instanceof Effect.MergeGremia m) {
      List<Deel> delen = new ArrayList<>();
      delen.add(Deel.tekst("samenvoeging van "));
      for (int i = 0; i < m.merged().size(); i++) {
        if (i > 0) {
          delen.add(Deel.tekst(i == m.merged().size() - 1 ? " en " : ", "));
        }
        delen.add(gremium(m.merged().get(i)));
      }
      delen.add(Deel.tekst(" tot het nieuwe orgaan "));
      delen.add(gremium(m.gremiumId(), m.name()));
      delen.add(Deel.tekst(", per " + Weergave.datum(m.effectiveDate()) + "."));
      return new Regel(delen);
    }
    if (effect instanceof Effect.RenameGremium r) {
      return Regel.van(
          Deel.tekst("naamswijziging van "),
          gremium(r.gremiumId()),
          Deel.tekst(" in ‘" + r.name() + "’, per " + Weergave.datum(r.effectiveDate()) + "."));
    }
    if (effect instanceof Effect.DissolveGremium d) {
      return Regel.van(
          Deel.tekst("opheffing van "),
          gremium(d.gremiumId()),
          Deel.tekst(", per " + Weergave.datum(d.effectiveDate()) + "."));
    }
    return Regel.van(Deel.tekst(((Effect.Described) effect).description()));
  }

  private Deel gremium(GremiumId id) {
    return gremium(id, null);
  }

  private Deel gremium(GremiumId id, String fallback) {
    String key = id.toString();
    String naam = namen.getOrDefault(key, fallback == null ? "onbekend gremium" : fallback);
    return Deel.link(naam, "/gremia/" + key);
  }

  private Deel partij(Party party) {
    if (party == null) {
      return Deel.tekst("onbekend");
    }
    return party.gremiumId() != null ? gremium(party.gremiumId()) : Deel.tekst(party.personName());
  }

  private Deel vergadering(String id, java.time.LocalDate datum) {
    return Deel.link("vergadering van " + Weergave.datum(datum), "/vergaderingen/" + id);
  }

  private Stap stap(
      java.time.LocalDate dag, Regel wat, String toelichting, String vastgelegd, Bron bron) {
    String feit = huidig == null ? null : huidig.eventIdentifier();
    return new Stap(
        Weergave.datum(dag),
        wat,
        toelichting,
        vastgelegd,
        bron,
        feit,
        feit == null ? null : gecorrigeerd.get(feit));
  }

  private static String vastgelegd(RecordedEvent fact) {
    String wie =
        fact.actor() == null
            ? ""
            : " door "
                + fact.actor()
                + (fact.actorRole() == null ? "" : " (" + fact.actorRole() + ")");
    return "Vastgelegd op " + Weergave.moment(fact.recordedAt()) + wie + ".";
  }

  /** The competence as the besluit recorded it, in Dutch. */
  static String bevoegdheid(CompetenceBasis basis) {
    if (basis == null) {
      return null;
    }
    if (basis.underMandate()) {
      return "Krachtens mandaat (zie het mandaat bij het besluit)";
    }
    String orgaan = basis.body() == null ? "besluitnemer" : basis.body().label();
    String lidwoord = basis.body() == GremiumType.BESTUUR ? "het " : "de ";
    return "Eigen bevoegdheid van "
        + lidwoord
        + orgaan
        + (basis.matrixDecision() == null
            ? ", zonder bevoegdhedentabel"
            : ", op grond van " + basis.matrixDecision());
  }

  static String telling(VoteTally tally) {
    if (tally == null) {
      return null;
    }
    return tally.inWords() + " (" + tally.cast() + " uitgebrachte stemmen)";
  }

  private static String hoofdletter(String tekst) {
    return tekst.isEmpty() ? tekst : Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
  }

  /** The ids of every meeting the facts name. */
  static Set<String> vergaderingIds(List<RecordedEvent> facts) {
    Set<String> ids = new HashSet<>();
    for (RecordedEvent fact : facts) {
      Object e = fact.event();
      if (e instanceof VoorstelPlacedOnAgenda a) {
        ids.add(a.vergaderingId().toString());
      } else if (e instanceof VoorstelDiscussed d) {
        ids.add(d.vergaderingId().toString());
      } else if (e instanceof AdviceRecorded a && a.vergaderingId() != null) {
        ids.add(a.vergaderingId().toString());
      } else if (e instanceof BesluitTaken t && t.vergaderingId() != null) {
        ids.add(t.vergaderingId().toString());
      }
    }
    return ids;
  }
}
