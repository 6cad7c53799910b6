// coder/coder.cc — the whole data flow for one document, in one function (Coder::run).
#include "parley/coder.h"
#include "text/ascii.h"

#include <algorithm>
#include <map>
#include <set>

#include "coder/act_context.h"
#include "coder/analysis.h"
#include "coder/clause.h"
#include "coder/dateline.h"
#include "coder/dates.h"
#include "coder/discourse.h"
#include "coder/evaluative.h"
#include "coder/issuer_site.h"
#include "coder/meetings.h"
#include "coder/mentions.h"
#include "coder/nominal.h"
#include "coder/places.h"
#include "coder/told_dates.h"
#include "coder/word_classes.h"

namespace parley {
using text::one_of;
namespace {

using coder::actor_of;
using coder::Discourse;
using coder::Mention;
using coder::MentionKind;
using coder::private_people;
using coder::resolve;

void add_side(std::vector<std::string>& sides, const std::string& entity) {
  if (!entity.empty() && std::find(sides.begin(), sides.end(), entity) == sides.end())
    sides.push_back(entity);
}

// The people a subject or object names, with whom they were resolved to represent.
void add_people(std::vector<Participant>& people, const Mention& m,
                const std::vector<Actor>& resolved) {
  if (m.kind != MentionKind::kPerson || m.name.empty()) return;
  std::string entity = m.entity;
  if (entity.empty())
    for (const auto& a : resolved)
      if (a.name == m.name) entity = a.entity;
  people.push_back({m.name, m.title, entity});
}

std::string trace_mention(const Mention& m) {
  std::string kind = m.kind == MentionKind::kEntity   ? "entity"
                     : m.kind == MentionKind::kPerson ? "person"
                     : m.kind == MentionKind::kOffice ? "office"
                     : m.kind == MentionKind::kGroup  ? "group"
                                                      : "self";
  std::string s = "'" + m.text + "' " + kind;
  if (!m.name.empty()) s += " name=" + m.name;
  if (!m.title.empty()) s += " title=" + m.title;
  s += " -> " + (m.entity.empty() ? std::string("?") : m.entity);
  if (!m.role.empty()) s += " role=" + m.role;
  if (!m.why.empty()) s += " (" + m.why + ")";
  if (m.in_prep) s += " [in a prepositional phrase]";
  if (m.possessive) s += " [possessive]";
  return s;
}

}  // namespace

Coder::Coder(std::shared_ptr<const Lexicon> lexicon, CoderOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}

CodedDocument Coder::code(const Document& doc) const {
  return run(doc, false).coded;
}

Explanation Coder::explain(const Document& doc) const {
  return run(doc, true);
}

Explanation Coder::run(const Document& doc, bool tracing) const {
  const Lexicon& lex = *lexicon_;
  Explanation ex;
  CodedDocument& out = ex.coded;
  out.doc = doc.id;
  out.title = doc.title;

  coder::Analysis a = coder::analyze(doc, lex);
  coder::DatelineInfo dl =
      coder::find_dateline(a.norm.text, a.tokens, a.sentences, doc.date, doc.dateline);
  if (!dl.news.valid() || dl.news.year == 0) {
    // No dateline: acts without a date of their own took place on the first full date the
    // text gives ("On August 5, 2016, Foreign Minister Wang Yi held ...").
    // A day and month written before it ("On November 17, in Bangkok, ..." and later "the
    // meeting on November 12, 2022") take its year: the text's first day is the news date.
    std::optional<coder::DateMention> first_day;
    for (size_t s = 0; s < a.sentences.size() && s < 8; ++s) {
      auto dates = coder::find_dates(a.norm.text, a.tokens, a.sentences[s].first,
                                     a.sentences[s].last, a.month_first);
      for (const auto& m : dates)
        if (!first_day && !m.relative && m.date.day > 0 && m.date.year == 0) first_day = m;
      auto full = std::find_if(dates.begin(), dates.end(), [](const coder::DateMention& m) {
        return !m.relative && m.date.year > 0 && m.date.day > 0;
      });
      if (full != dates.end()) {
        dl.news = full->date;
        if (first_day) {
          coder::Date d = first_day->date;
          d.year = full->date.year;
          if (d.valid()) dl.news = d;
        }
        break;
      }
    }
  }
  out.dateline = {dl.issued.iso(), dl.place};
  ex.dateline_reason = dl.reason;
  if (out.title.empty()) {
    for (size_t s = 0; s < a.sentences.size() && s < 6; ++s) {
      if (!a.sentences[s].line ||
          std::find(dl.units.begin(), dl.units.end(), static_cast<int>(s)) != dl.units.end())
        continue;
      if (a.sentences[s].last - a.sentences[s].first >= 3) {
        out.title = a.sentence_text(s);
        break;
      }
    }
  }

  // Pass 1: meet the people of the document, so later mentions resolve to them.
  coder::Registry registry;
  registry.set_date(dl.news.valid() && dl.news.year > 0 ? dl.news.iso() : dl.issued.iso());
  std::vector<std::vector<Mention>> mentions(a.sentences.size());
  std::vector<size_t> known_after(a.sentences.size());
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    mentions[s] = coder::find_mentions(a, s, lex, registry);
    known_after[s] = registry.version();
  }
  // Pass 2: read again the sentences that came before someone was met.
  std::map<std::string, int> counts;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    if (known_after[s] != registry.version())
      mentions[s] = coder::find_mentions(a, s, lex, registry);
    for (const auto& m : mentions[s]) {
      const Entity* e = lex.entity(m.entity);
      if (e && e->kind == EntityKind::kState) ++counts[m.entity];
    }
  }
  // Quotations: inside one, "I" and "we" are the speaker, not the document's author. The
  // speaker is named before the opening mark ('X said: "...') or after the closing one
  // ('"...," X said').
  std::map<std::pair<size_t, size_t>, const Mention*> speaker_of;
  {
    const Mention* speaker = nullptr;
    bool open = false;
    std::vector<std::pair<size_t, size_t>> selves;  // kSelf mentions inside the open quote
    auto find_after = [&](size_t s, uint32_t from) -> const Mention* {
      for (const auto& m : mentions[s])
        if (m.first >= from && !m.entity.empty()) return &m;
      return nullptr;
    };
    for (size_t s = 0; s < a.sentences.size(); ++s) {
      const auto& sent = a.sentences[s];
      for (uint32_t k = sent.first; k < sent.last; ++k) {
        if (a.low(k) != "\"") continue;
        if (!open) {
          open = true;
          speaker = nullptr;
          // 'X said: "...' / 'X added, "...': the speaker comes before.
          bool introduced =
              k > sent.first && one_of(a.low(k - 1), {":", ",", "said", "added", "stated", "told",
                                                      "declared", "noted", "says", "adds"});
          for (const auto& m : mentions[s])
            if (introduced && m.last <= k && m.first >= coder::body_first(a, s) && !m.in_prep &&
                !m.entity.empty())
              speaker = &m;
          for (size_t i = 0; i < mentions[s].size(); ++i)
            if (mentions[s][i].first > k && mentions[s][i].kind == MentionKind::kSelf)
              selves.push_back({s, i});
        } else {
          open = false;
          const Mention* who = speaker ? speaker : find_after(s, k);
          for (auto [qs, qi] : selves)
            if (who && (qs != s || mentions[qs][qi].first < k) && mentions[qs][qi].entity.empty())
              speaker_of[{qs, qi}] = who;
          selves.clear();
        }
      }
      if (open && s + 1 < a.sentences.size()) {
        for (size_t i = 0; i < mentions[s + 1].size(); ++i)
          if (mentions[s + 1][i].kind == MentionKind::kSelf) selves.push_back({s + 1, i});
      }
    }
  }
  Discourse d;
  d.date = registry.date();
  d.registry = &registry;
  for (const auto& [k, n] : counts) d.by_frequency.push_back(k);
  std::stable_sort(
      d.by_frequency.begin(), d.by_frequency.end(),
      [&](const std::string& x, const std::string& y) { return counts[x] > counts[y]; });
  // Home: the state of the dateline's place, else the state most mentioned.
  if (dl.sentence >= 0) {
    std::vector<int> units = dl.units;
    units.push_back(dl.sentence);
    for (int u : units)
      for (const auto& m : mentions[static_cast<size_t>(u)])
        if (d.home.empty() && !m.entity.empty()) d.home = m.entity;
  }
  // The one state whose government or ministry the text names as acting ("The Federal
  // Government of Nigeria condemns ..."): a bare "the Government" is that state's.
  {
    std::set<std::string> governments;
    for (const auto& ms : mentions)
      for (const auto& m : ms) {
        const Entity* e = lex.entity(m.entity);
        if (m.kind == MentionKind::kOffice && m.role == "GOV" && !m.in_prep && e &&
            e->kind == EntityKind::kState && coder::government_title(m.title))
          governments.insert(m.entity);
      }
    if (governments.size() == 1) d.own_government = *governments.begin();
  }
  // A dateline given with the input: the state of its place, where the reporter is. It says
  // whose legislature or court an unaffiliated one is, but not who a bare official is.
  if (dl.sentence < 0 && !dl.place.empty())
    if (auto loc = coder::place_of_dateline(dl.place, lex, {}); loc && !loc->country.empty())
      d.dateline_state = loc->country;
  // A wire dateline opening an early paragraph: "WELLINGTON, Oct 19 - ...", "ISLAMABAD: ...".
  for (size_t s = 0; s < a.sentences.size() && s < 6 && d.home.empty(); ++s) {
    const auto& ms = mentions[s];
    if (ms.empty() || ms.front().first != a.sentences[s].first || ms.front().entity.empty())
      continue;
    uint32_t after = ms.front().last;
    if (after >= a.sentences[s].last) continue;
    bool dated = (a.low(after) == "," || a.low(after) == "(") &&
                 !coder::find_dates(a.norm.text, a.tokens, after,
                                    std::min(after + 6, a.sentences[s].last), a.month_first)
                      .empty();
    bool capitals = a.tokens[ms.front().first].all_caps && ms.front().capital &&
                    (a.low(after) == ":" || a.low(after) == "-");
    if (dated || capitals) d.home = ms.front().entity;
  }
  // The issuer named at the head: "Ministry of Foreign Affairs of Malaysia", "Indonesian
  // Ministry of Foreign Affairs".
  for (size_t s = 0; s < a.sentences.size() && s < 4 && d.home.empty(); ++s) {
    if (!a.sentences[s].line) continue;
    for (const auto& m : mentions[s]) {
      const Entity* e = lex.entity(m.entity);
      // An institution heading the page, not people it names ("Djibouti leaders").
      std::string title = text::ascii_lower(m.title);
      bool institution = false;
      for (const char* w : {"ministry", "office", "embassy", "mission", "department", "government",
                            "presidency", "commission", "consulate", "mfa", "mofa", "house",
                            "kremlin", "palace", "chancellery", "secretariat", "spokesperson"})
        institution |= title.find(w) != std::string::npos;
      bool ministry = m.kind == MentionKind::kOffice && m.role == "GOV" && e &&
                      e->kind == EntityKind::kState && !m.in_prep && institution &&
                      m.first <= a.sentences[s].first + 1;
      // "Statement by the Spokesperson for the Secretary-General", "Remarks by President X".
      bool by = (m.kind == MentionKind::kOffice || m.kind == MentionKind::kPerson) && e &&
                m.in_prep && one_of(m.prep, {"by", "from"});
      if (ministry || by) {
        d.home = m.entity;
        d.home_is_issuer = true;
        break;
      }
    }
  }
  // A joint statement with no single issuer: the states and organisations that open an early
  // sentence together ("A, B, C and the EU gave a statement ...", "The Ministers of A, B and C
  // affirm ...") are its authors, and its "we" is all of them.
  if (d.home.empty()) {
    auto statement_word = [](std::string_view w) {
      return one_of(w, {"statement", "declaration", "communique", "communiqué", "affirm",
                        "reaffirm", "declare", "statements"});
    };
    bool titled = false;
    for (size_t s = 0; s < a.sentences.size() && s < 3; ++s)
      for (uint32_t k = a.sentences[s].first; k < a.sentences[s].last && a.sentences[s].line; ++k)
        titled |= statement_word(a.low(k));
    for (size_t s = 0; s < a.sentences.size() && s < 8 && d.issuers.empty(); ++s) {
      std::vector<std::string> list;
      const auto& ms = mentions[s];
      for (size_t i = 0; i < ms.size(); ++i) {
        if (i == 0 && ms[i].first != coder::body_first(a, s)) break;
        if (i > 0) {
          std::string gap = a.span(ms[i - 1].last, ms[i].first);
          if (!one_of(gap, {",", "and", ", and"})) break;
        }
        if (ms[i].in_prep || ms[i].possessive || ms[i].entity.empty()) break;
        add_side(list, ms[i].entity);
        for (const auto& more : ms[i].also) add_side(list, more);
      }
      bool said = titled;
      for (uint32_t k = a.sentences[s].first; k < a.sentences[s].last; ++k)
        said |= statement_word(a.low(k));
      if (list.size() >= 2 && said) d.issuers = list;
    }
  }
  // Last, the official site the page was published on ("mofa.gov.pk", "nato.int").
  // A home the official site confirms is the page's issuer too.
  if (!d.home.empty() && d.home == coder::issuer_of_site(doc.source, lex)) d.home_is_issuer = true;
  if (d.home.empty() && d.issuers.empty()) {
    d.home = coder::issuer_of_site(doc.source, lex);
    d.home_is_issuer = !d.home.empty();
    if (!d.home.empty()) ex.home_reason = "the official site " + doc.source;
  }
  ex.home_entity = d.home;
  if (d.home.empty() && !d.issuers.empty()) {
    ex.home_entity = "joint:";
    for (const auto& i : d.issuers) ex.home_entity += " " + i;
  }

  // A title that names a call ("Readout of the President's Call with ...").
  bool call_title = false;
  {
    std::string word;
    for (char c : text::ascii_lower(out.title) + " ") {
      if (c >= 'a' && c <= 'z') {
        word.push_back(c);
        continue;
      }
      call_title |= one_of(word, {"call", "phone", "telephone", "telephonic", "phonecall"});
      word.clear();
    }
  }

  // Places: the sentence's, else the dateline's; each sentence is read once, when asked.
  const auto dateline_place = coder::place_of_dateline(dl.news_place, lex, d.by_frequency);
  std::vector<std::optional<std::optional<Location>>> sentence_places(a.sentences.size());
  auto place_of = [&](size_t s) -> std::optional<Location> {
    if (!sentence_places[s])
      sentence_places[s] = coder::place_in_sentence(a, s, lex, mentions[s], d.by_frequency);
    return *sentence_places[s];
  };
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  d.convert_agents = options_.convert_agents;
  bool story_discarded = false;
  for (const auto& m : a.matches) {
    PhraseRef ref = lex.phrase(m.payload);
    story_discarded |= ref.kind == PhraseKind::kBlock && ref.index == PhraseRef::kDiscardStory;
  }
  // TABARI's DEFAULT option: codes for a missing source or target (CoderOptions).
  auto apply_defaults = [&](std::vector<Actor>& sources, std::vector<Actor>& targets) {
    auto named = [](const std::string& code) {
      Actor x;
      x.entity = x.code = code;
      return x;
    };
    if (sources.empty()) {
      if (!options_.default_source_prior && !targets.empty()) {
        sources.push_back(targets.front());  // the first actor after the verb
        targets.erase(targets.begin());
      } else if (!options_.default_source.empty()) {
        sources.push_back(named(options_.default_source));
      }
    }
    if (targets.empty() && !sources.empty()) {
      if (!options_.default_target_after && sources.size() >= 2) {
        targets.push_back(sources[1]);  // "A and B ...": A to B
        sources.resize(1);
      } else if (!options_.default_target.empty()) {
        targets.push_back(named(options_.default_target));
      }
    }
  };
  std::vector<coder::MeetingMention> meeting_verbs;
  // Events whose sentence states no date of its own: (sentence, source, target, code).
  std::set<std::tuple<size_t, std::string, std::string, std::string>> undated;
  std::set<size_t> dated_sentences;  // sentences that state a date of their own
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    SentenceTrace trace;
    trace.index = static_cast<int>(s);
    std::string sentence_text;  // made only when an event needs it
    if (tracing) {
      sentence_text = trace.text = a.sentence_text(s);
      for (const auto& m : mentions[s]) trace.actors.push_back(trace_mention(m));
    }
    bool dateline_unit =
        std::find(dl.units.begin(), dl.units.end(), static_cast<int>(s)) != dl.units.end();
    d.current = &mentions[s];
    // The sentence's first actor outside a prepositional phrase: private people, or a person
    // the text does not place ("Rimmer de Vries, chief economist at ..."), leave its
    // pronouns and the next sentence's with no one to stand for.
    const Mention* lead = nullptr;
    for (const auto& m : mentions[s])
      if (!m.in_prep && m.kind != MentionKind::kGroup) {
        lead = &m;
        break;
      }
    d.private_lead = lead && private_people(a, *lead, lex);
    const bool unplaced_lead =
        lead && (d.private_lead || (lead->kind == MentionKind::kPerson && lead->entity.empty()));
    auto verbs = coder::choose_verbs(a, s, lex, mentions[s]);
    std::set<std::tuple<std::string, std::string, std::string>> sentence_pairs;
    d.sentence_subjects.clear();
    std::vector<Actor> sentence_subjects;
    auto decide_any = [&](const std::string& text) {
      if (tracing) trace.decisions.push_back(text);
    };
    // Codes one event, unless it is a self-event or already coded.
    auto emit_event = [&](const Actor& src, const std::optional<Actor>& tgt,
                          const std::string& cameo, const std::string& date,
                          const std::string& what, const std::string& reason, bool mutual) {
      if (tgt && tgt->entity == src.entity) {
        decide_any("not coded " + what + "source and target are both " + src.entity);
        return;
      }
      auto key = std::make_tuple(src.entity, tgt ? tgt->entity : "", cameo, date);
      if (mutual && tgt && sentence_pairs.count({tgt->entity, src.entity, cameo})) {
        decide_any("not coded again " + what + "the same mutual act seen from the other side");
        return;
      }
      sentence_pairs.insert({src.entity, tgt ? tgt->entity : "", cameo});
      if (!seen.insert(key).second) {
        decide_any("not coded again " + what + src.entity + " " + cameo + " " +
                   (tgt ? tgt->entity : "-") + ": already coded in this document");
        return;
      }
      Event e;
      e.date = date;
      e.source = src;
      e.target = tgt;
      e.cameo = cameo;
      e.root = cameo.substr(0, 2);
      if (const CameoInfo* info = lex.cameo(cameo)) {
        e.quad = info->quad;
        e.goldstein = info->goldstein;
        e.plover = info->plover;
      }
      e.sentence = static_cast<int>(s);
      e.location = cameo == "041" ? std::nullopt : place_of(s);
      // Met where neither side is at home, as the sentence says: a third location (044).
      if (cameo == "040" && e.location && tgt && !e.location->country.empty() &&
          e.location->country != src.entity && e.location->country != tgt->entity &&
          lex.entity(src.entity) && lex.entity(src.entity)->kind == EntityKind::kState &&
          lex.entity(tgt->entity) && lex.entity(tgt->entity)->kind == EntityKind::kState) {
        e.cameo = "044";
        if (const CameoInfo* info = lex.cameo("044")) {
          e.goldstein = info->goldstein;
          e.plover = info->plover;
        }
      }
      if (!e.location && cameo != "041") e.location = dateline_place;
      const auto& sent = a.sentences[s];
      auto [b, en] = a.norm.original_span(a.tokens[sent.first].begin, a.tokens[sent.last - 1].end);
      e.span_begin = b;
      e.span_end = en;
      if (sentence_text.empty()) sentence_text = a.sentence_text(s);
      e.text = sentence_text;
      decide_any("coded " + what + src.entity + " -> " +
                 (tgt ? tgt->entity : std::string("(none)")) + " as " + cameo +
                 (reason.empty() ? "" : " (" + reason + ")"));
      out.events.push_back(std::move(e));
    };
    // Another coder's patterns code one verb per clause, the first that codes (TABARI's and
    // PETRARCH's reading; CoderOptions::foreign_scope): the end of the last verb coded so, or -1.
    long literal_clause_coded = -1;
    using Scope = CoderOptions::Scope;
    int words = 0;  // TABARI's MINIMUM WORDS counts the words of the sentence, "'s" apart
    for (uint32_t k = a.sentences[s].first; k < a.sentences[s].last; ++k)
      words += a.tokens[k].kind != text::TokenKind::kPunct && a.low(k) != "'s";
    const bool too_short = words < options_.min_words;
    // Another coder's discard phrases: the sentence, or the whole story, is not coded with its
    // patterns ("typhoon", "World Golf Championships").
    bool discarded = story_discarded;
    for (uint32_t k = a.first_match[s]; k < a.first_match[s + 1]; ++k) {
      PhraseRef ref = lex.phrase(a.matches[k].payload);
      discarded |= ref.kind == PhraseKind::kBlock && ref.index == PhraseRef::kDiscardSentence;
    }
    for (size_t v = 0; v < verbs.size() && !dateline_unit; ++v) {
      const VerbPattern& vp = lex.verbs()[static_cast<size_t>(verbs[v].verb)];
      if (tracing)
        trace.verbs.push_back(vp.cameo + " '" + vp.pattern + "' at '" +
                              a.span(verbs[v].first, verbs[v].last) + "'");
      std::string what =
          tracing ? vp.cameo + " '" + a.span(verbs[v].first, verbs[v].last) + "': " : "";
      auto decide = [&](const std::string& text) {
        if (tracing) trace.decisions.push_back(text);
      };
      if (vp.foreign && too_short) {
        decide("not coded " + what + "the sentence is shorter than the minimum words set");
        continue;
      }
      if (vp.foreign && discarded) {
        decide("not coded " + what + "a discard phrase of the dictionary is in the sentence");
        continue;
      }
      if (vp.foreign && literal_clause_coded >= 0 && options_.foreign_scope != Scope::kAll &&
          (options_.foreign_scope == Scope::kSentence ||
           !coder::clause_break(a, static_cast<uint32_t>(literal_clause_coded), verbs[v].first))) {
        decide("not coded " + what + "a verb of a clause already coded (one event per clause)");
        continue;
      }
      auto r = coder::read_clause(a, s, lex, mentions[s], verbs, v, options_.max_target_distance,
                                  options_.foreign_scope == Scope::kAll);
      if (!r.coded) {
        decide("not coded " + what + r.reason);
        continue;
      }
      // "X spoke with Y" in a readout titled "... Call with Y": a telephone call.
      if (r.cameo == "040" &&
          (vp.pattern.starts_with("{speak}") || vp.pattern.starts_with("{talk}")) && call_title)
        r.cameo = "041";
      // "charged Japan with violating GATT rules": a state is accused, not put on trial.
      if (r.cameo == "173" && vp.pattern.starts_with("{charge}") && !r.objects.empty() &&
          std::all_of(r.objects.begin(), r.objects.end(),
                      [&](size_t i) { return mentions[s][i].kind == MentionKind::kEntity; }))
        r.cameo = "112";
      std::vector<Actor> targets;
      std::string counterpart;
      for (size_t i : r.objects) {
        for (auto& t : resolve(mentions[s][i], lex, d, "", /*fallback=*/false)) {
          if (counterpart.empty()) counterpart = t.entity;
          targets.push_back(std::move(t));
        }
      }
      std::vector<Actor> sources;
      bool private_subject = false, legislature = false;
      // "the OSCE Chairperson-in-Office and Serbian Minister of Foreign Affairs, Ivica Dačić":
      // one person with a rotating chair and a national office acts as the chair.
      std::set<size_t> second_role;
      for (size_t j = 0; j + 1 < r.subjects.size(); ++j) {
        const Mention& chair = mentions[s][r.subjects[j]];
        const Mention& person = mentions[s][r.subjects[j + 1]];
        const Entity* org = lex.entity(chair.entity);
        if (chair.kind == MentionKind::kOffice && chair.name.empty() && org &&
            org->kind == EntityKind::kOrganization &&
            chair.title.find("Chair") != std::string::npos && person.kind == MentionKind::kPerson &&
            !person.name.empty() && a.span(chair.last, person.first) == "and")
          second_role.insert(r.subjects[j + 1]);
      }
      for (size_t i : r.subjects) {
        if (second_role.count(i)) continue;
        auto quoted = speaker_of.find({s, i});
        const Mention& who = quoted != speaker_of.end() ? *quoted->second : mentions[s][i];
        legislature |= who.role == "LEG";
        // "Malaysian miners criticised ...": business, labour, the press and other private
        // people act for themselves, not for their state.
        if (!vp.foreign && private_people(a, who, lex)) {
          private_subject = true;
          continue;
        }
        for (auto& x : resolve(who, lex, d, counterpart)) sources.push_back(std::move(x));
      }
      if (vp.foreign) apply_defaults(sources, targets);
      if (sentence_subjects.empty()) sentence_subjects = d.sentence_subjects = sources;
      // "They agreed that ... whatever they can": a pronoun or group after the verb that stands
      // for the subjects themselves is no target.
      bool group_object = false;
      for (size_t i : r.objects) group_object |= mentions[s][i].kind == MentionKind::kGroup;
      if (group_object && sources.size() >= 2)
        std::erase_if(targets, [&](const Actor& t) {
          return std::any_of(sources.begin(), sources.end(),
                             [&](const Actor& x) { return x.entity == t.entity; });
        });
      if (sources.empty()) {
        decide("not coded " + what +
               (private_subject ? "the subject is private people (business, labour, press, ...), "
                                  "who do not act for their state"
                                : "no source actor in the clause"));
        continue;
      }
      const std::string root = r.cameo.substr(0, 2);
      // "expressed their condolences to the victims of this heinous act": the victims' state,
      // the target of the attack just told (or the state named with an attack in the sentence
      // before: "the terrorist attack in Mogadishu, Somalia").
      if (targets.empty() && r.cameo == "018" && !vp.foreign) {
        for (auto it = out.events.rbegin(); it != out.events.rend() && targets.empty(); ++it)
          if (it->root >= "18" && it->target && it->sentence + 3 >= static_cast<int>(s))
            targets.push_back(*it->target);
        bool attack_before = false;
        if (s > 0)
          for (uint32_t k = a.sentences[s - 1].first; k < a.sentences[s - 1].last; ++k)
            attack_before |= one_of(a.low(k), {"attack", "attacks", "bombing", "bombings",
                                               "explosion", "blast", "shooting", "massacre"});
        if (targets.empty() && attack_before && d.last_state) targets.push_back(*d.last_state);
      }
      // Acts two sides do together: "A and B met / agreed / signed / cooperate".
      const bool mutual =
          !vp.foreign && (root == "04" || root == "03" || r.cameo == "057" || root == "06");
      // "A and B agreed to work together on X": with each other, whatever X is.
      if (mutual && sources.size() >= 2 && vp.pattern.find("together") != std::string::npos)
        targets.clear();
      bool pairwise = false;
      if (targets.empty() && vp.foreign && sources.size() >= 2) {
        // Another coder's pattern with a compound subject and no target: "A and B renewed
        // ties" is A -> B and B -> A.
        std::vector<Actor> all = std::move(sources);
        sources.clear();
        for (size_t i = 0; i < all.size(); ++i)
          for (size_t j = 0; j < all.size(); ++j)
            if (i != j) {
              sources.push_back(all[i]);
              targets.push_back(all[j]);
            }
        pairwise = true;
      } else if (targets.empty() && mutual && sources.size() > 4) {
        decide("not coded " + what + "too many parties to pair one with another");
        continue;
      } else if (targets.empty() && mutual && sources.size() >= 2) {
        // "A and B met": each pair once.
        std::vector<std::pair<Actor, Actor>> pairs;
        for (size_t i = 0; i < sources.size(); ++i)
          for (size_t j = i + 1; j < sources.size(); ++j) pairs.push_back({sources[i], sources[j]});
        sources.clear();
        for (auto& [x, y] : pairs) {
          sources.push_back(x);
          targets.push_back(y);
        }
      } else if (targets.empty() && vp.foreign) {
        decide("not coded " + what + "no target: the dictionary's coder codes only dyads");
        continue;
      } else if (targets.empty() && root == "04") {
        decide("not coded " + what + "a meeting needs a second party");
        continue;
      } else if (targets.empty() && root == "03") {
        decide("not coded " + what + "an intention toward no named partner");
        continue;
      } else if (targets.empty() &&
                 (root == "06" || one_of(r.cameo, {"054", "055", "056", "057"}))) {
        decide("not coded " + what + "an agreement or cooperation with no named partner");
        continue;
      } else if (targets.empty() &&
                 (vp.pattern.starts_with("{thank}") || vp.pattern.starts_with("{appreciate}") ||
                  vp.pattern.find("appreciation") != std::string::npos ||
                  vp.pattern.find("gratitude") != std::string::npos ||
                  vp.pattern.find("thanks") != std::string::npos)) {
        decide("not coded " + what + "thanks to no one named: a courtesy");
        continue;
      } else if (targets.empty() && one_of(vp.pattern, {"{hope} that", "{suggest} that",
                                                        "{propose} that", "{recommend} that"})) {
        decide("not coded " + what + "a hope or suggestion about no named actor");
        continue;
      } else if (targets.empty() && vp.pattern.starts_with("{thank}")) {
        decide("not coded " + what + "thanks to no one named: a courtesy");
        continue;
      } else if (targets.empty() && (root == "11" || root == "12") &&
                 coder::principle(a, s, verbs[v].last)) {
        decide("not coded " + what + "a statement of principle, not an act toward anyone");
        continue;
      } else if (targets.empty() && root == "05" && r.future) {
        decide("not coded " + what + "support promised to no one named");
        continue;
      } else if (targets.empty() && r.cameo == "051" &&
                 coder::about_relations(a, s, verbs[v].last)) {
        decide("not coded " + what + "satisfaction with a relationship itself: a courtesy");
        continue;
      } else if (targets.empty() && root == "01") {
        decide("not coded " + what + "a comment with no one it is about or addressed to");
        continue;
      } else if (targets.empty() && root >= "15") {
        decide("not coded " + what + "force, sanctions or violence against no named actor");
        continue;
      } else if (targets.empty() && !vp.foreign && legislature) {
        decide("not coded " + what + "a legislature's act with no foreign party: domestic");
        continue;
      } else if (targets.empty() && !vp.foreign && coder::domestic_object(a, s, verbs[v].last)) {
        decide("not coded " + what + "a bill, tax or budget with no foreign party: domestic");
        continue;
      } else if (targets.empty() && !vp.foreign &&
                 (one_of(root, {"07", "08", "09", "12", "13"}) ||
                  (root == "05" && r.cameo != "051"))) {
        // Aid, concessions, investigations, rejections, threats and acts of cooperation
        // are done to someone; with no one named, the clause is a policy or a forecast
        // ("they warn against expectations of an outflow", "rejected such action").
        decide("not coded " + what + "an act done to someone, with no one named");
        continue;
      }
      bool stated_date = false;
      std::string date = coder::sentence_date(a, s, dl, verbs[v].head, &stated_date,
                                              one_of(root, {"01", "02", "05", "10", "11", "12"}));
      if (stated_date) dated_sentences.insert(s);
      // An announced meeting is dated when it was announced, not when it is to take place.
      const std::string announced = dl.issued.valid() ? dl.issued.iso() : dl.news.iso();
      if (r.cameo == "036" && !announced.empty() && date > announced) {
        date = announced;
        stated_date = false;
      }
      if ((stated_date && coder::background(date, dl.news.valid() ? dl.news.iso() : "")) ||
          (!stated_date && coder::old_year(a, s, dl.news.valid() ? dl.news.year : 0)) ||
          coder::years_ago(a, s)) {
        decide("not coded " + what + "background: more than a year before the document (" + date +
               ")");
        continue;
      }
      auto emit = [&](const Actor& src, const std::optional<Actor>& tgt) {
        if (!stated_date) undated.insert({s, src.entity, tgt ? tgt->entity : "", r.cameo});
        emit_event(src, tgt, r.cameo, date, what, r.reason, mutual);
        if (tgt && !vp.reverse.empty())  // a paired code: the target's act back
          emit_event(*tgt, src, vp.reverse, date, what, "the pattern's paired code", false);
      };
      if (r.cameo != vp.cameo) what = r.cameo + " " + what;
      if (pairwise || (mutual && targets.size() == sources.size() && r.objects.empty())) {
        for (size_t i = 0; i < sources.size(); ++i) emit(sources[i], targets[i]);
      } else {
        for (const auto& src : sources) {
          if (targets.empty()) emit(src, std::nullopt);
          for (const auto& t : targets) emit(src, t);
        }
      }
      if (vp.foreign) literal_clause_coded = verbs[v].last;
      const bool summons = r.cameo == "114" && vp.pattern.find("summon") != std::string::npos;
      // A meeting in a relative clause ("Kishida, who was visiting Myanmar, ...") is
      // background to the news, not a meeting the document reports.
      if (((root == "04" && r.cameo != "036") || (summons && !r.future)) && !r.relative) {
        coder::MeetingMention mm;
        mm.sentence = s;
        mm.date = date;
        mm.dated = stated_date;
        mm.cameo = r.cameo;
        for (const auto& x : sources) add_side(mm.sides, x.entity);
        for (const auto& x : targets) add_side(mm.sides, x.entity);
        for (size_t i : r.subjects) add_people(mm.people, mentions[s][i], sources);
        for (size_t i : r.objects) add_people(mm.people, mentions[s][i], targets);
        for (uint32_t k = a.sentences[s].first; k < verbs[v].first; ++k)
          mm.sidelines |= one_of(a.low(k), {"sidelines", "margins", "margin", "sideline"});
        bool separate = false;
        for (uint32_t k = a.sentences[s].first; k < a.sentences[s].last; ++k) {
          mm.bilateral |= a.low(k) == "bilateral";
          separate |= one_of(
              a.low(k), {"separate", "separately", "respectively", "counterparts", "meetings"});
        }
        // One side meeting several others one by one ("held bilateral meetings with the FMs of
        // Austria, Kyrgyzstan and Turkey", "visited Laos and Cambodia"): a record for each.
        std::vector<std::string> others;
        for (const auto& x : targets) add_side(others, x.entity);
        if (sources.size() == 1 && others.size() >= 2 &&
            (separate || mm.bilateral || r.cameo == "042" || r.cameo == "043")) {
          for (const auto& other : others) {
            coder::MeetingMention one = mm;
            one.one_of_several = true;
            one.sides = {sources.front().entity, other};
            std::erase_if(one.people, [&](const Participant& p) {
              return p.affiliation != other && p.affiliation != sources.front().entity;
            });
            meeting_verbs.push_back(std::move(one));
          }
        } else {
          meeting_verbs.push_back(std::move(mm));
        }
      }
      if (root == "04") {
        d.meeting_parties.clear();
        for (const auto& x : sources) d.meeting_parties.push_back(x);
        for (const auto& x : targets) d.meeting_parties.push_back(x);
      }
    }
    // The sentence's subject, when no verb gave one: for nominal acts here, and for "they"
    // and "he" in the next sentence.
    if (sentence_subjects.empty()) {
      std::vector<size_t> subj;
      for (size_t i = 0; i < mentions[s].size(); ++i) {
        const auto& m = mentions[s][i];
        if (m.in_prep || m.possessive) continue;
        if (m.kind == MentionKind::kGroup) break;
        subj.push_back(i);
        for (size_t j = i + 1; j < mentions[s].size(); ++j) {
          std::string gap = a.span(mentions[s][j - 1].last, mentions[s][j].first);
          if (gap != "and" && gap != "," && gap != ", and") break;
          subj.push_back(j);
        }
        break;
      }
      for (size_t i : subj)
        if (!private_people(a, mentions[s][i], lex))
          for (auto& x : resolve(mentions[s][i], lex, d, "")) sentence_subjects.push_back(x);
    }
    // Meetings named as nouns: "his visit to Ukraine in July", "the telephone call X made".
    for (const auto& act : dateline_unit ? std::vector<coder::NominalAct>{}
                                         : coder::find_nominal_acts(a, s, mentions[s])) {
      auto sides = [&](int i) {
        if (i == coder::kUnidentified) {
          Actor unknown;
          unknown.entity = unknown.code = "UNK";
          return std::vector<Actor>{unknown};
        }
        return i < 0 ? sentence_subjects : resolve(mentions[s][static_cast<size_t>(i)], lex, d, "");
      };
      const bool meeting = act.cameo.starts_with("04");
      std::string what = tracing ? act.cameo + " '" + act.phrase + "': " : "";
      if (!meeting) {
        // An act named as a noun may have several holders: "their sanctions on ...".
        auto srcs = sides(act.source), tgts = sides(act.target);
        if (srcs.empty() || tgts.empty())
          decide_any("not coded " + what + "an act named as a noun, with a side unknown");
        bool stated_date = false;
        std::string date = coder::sentence_date(a, s, dl, act.anchor, &stated_date);
        // "since the beginning of the Russian aggression against Ukraine in February 2014":
        // background, as for verbs.
        // "supported Israeli aggression against Gaza in 2008": the year after the act is its.
        bool year_after = false;
        for (uint32_t k = act.anchor; k + 1 < a.sentences[s].last && k < act.anchor + 8; ++k)
          year_after |=
              a.low(k) == "in" && coder::old_year(a, s, dl.news.valid() ? dl.news.year : 0) &&
              a.low(k + 1).size() == 4 && a.low(k + 1)[0] >= '1' && a.low(k + 1)[0] <= '2';
        if ((stated_date && coder::background(date, dl.news.valid() ? dl.news.iso() : "")) ||
            (!stated_date && coder::old_year(a, s, dl.news.valid() ? dl.news.year : 0)) ||
            coder::years_ago(a, s) || year_after) {
          decide_any("not coded " + what + "background: more than a year before the document");
          continue;
        }
        if (stated_date) dated_sentences.insert(s);
        for (const auto& x : srcs)
          for (const auto& y : tgts) {
            if (!stated_date) undated.insert({s, x.entity, y.entity, act.cameo});
            emit_event(x, y, act.cameo, date, what, "an act named as a noun", false);
          }
        continue;
      }
      auto one = [&](int i) {
        std::vector<Actor> v = sides(i);
        return v.size() == 1 ? std::optional<Actor>(v.front()) : std::nullopt;
      };
      auto src = one(act.source), tgt = one(act.target);
      if (!src || !tgt) {
        decide_any("not coded " + what + "a meeting named as a noun, with a side unknown");
        continue;
      }
      bool stated_date = false;
      std::string date = coder::sentence_date(a, s, dl, act.anchor, &stated_date);
      if (stated_date) dated_sentences.insert(s);
      emit_event(*src, tgt, act.cameo, date, what, "a meeting named as a noun", true);
      coder::MeetingMention mm;
      mm.sentence = s;
      mm.date = date;
      mm.dated = stated_date;
      mm.cameo = act.cameo;
      mm.sides = {src->entity, tgt->entity};
      d.meeting_parties = {*src, *tgt};
      // The people: the named mentions, or for the subject its first named person.
      for (int i : {act.source, act.target}) {
        const Mention* m = i >= 0 ? &mentions[s][static_cast<size_t>(i)] : nullptr;
        for (size_t k = 0; !m && k < mentions[s].size(); ++k)
          if (!mentions[s][k].in_prep && mentions[s][k].kind == MentionKind::kPerson)
            m = &mentions[s][k];
        if (m && m->kind == MentionKind::kPerson && !m->entity.empty())
          mm.people.push_back({m->name, m->title, m->entity});
      }
      meeting_verbs.push_back(std::move(mm));
    }
    // "It is deeply regrettable that India's actions ...": the issuer's judgement.
    if (auto ev = dateline_unit ? std::nullopt : coder::evaluative_opening(a, s);
        ev && !d.home.empty() && lex.entity(d.home)) {
      Actor judge;
      judge.entity = d.home;
      judge.code = lex.entity(d.home)->code;
      std::optional<Actor> judged;
      for (const auto& m : mentions[s]) {
        if (m.first < ev->clause || (ev->until && m.first >= ev->until)) continue;
        if (m.in_prep || m.entity.empty() || (ev->owner_only && !m.possessive && !m.act_owner))
          continue;
        if (auto r = resolve(m, lex, d, "", /*fallback=*/false); !r.empty()) judged = r.front();
        break;
      }
      std::string what = tracing ? ev->cameo + " (a judgement with no subject): " : "";
      emit_event(judge, judged, ev->cameo, coder::sentence_date(a, s, dl, ev->clause), what,
                 "a judgement with no subject is the issuer's", false);
    }
    // "X congratulated Y by phone": the act was done in a telephone call, a meeting too.
    {
      bool by_phone = false;
      for (uint32_t k = a.sentences[s].first; k + 1 < a.sentences[s].last; ++k)
        by_phone |= one_of(a.low(k), {"by", "over", "via"}) &&
                    one_of(a.low(k + 1), {"phone", "telephone", "videoconference", "video"});
      const Event* act = nullptr;
      bool met = false;
      for (const auto& e : out.events) {
        if (e.sentence != static_cast<int>(s)) continue;
        met |= e.root == "04";
        if (!act && e.target && e.root <= "05") act = &e;
      }
      if (by_phone && act && !met) {
        Actor src = act->source, tgt = *act->target;
        std::string date = act->date;
        emit_event(src, tgt, "041", date, tracing ? std::string("041 'by phone': ") : "",
                   "an act done by telephone is a call", true);
        coder::MeetingMention mm;
        mm.sentence = s;
        mm.date = date;
        mm.cameo = "041";
        mm.sides = {src.entity, tgt.entity};
        meeting_verbs.push_back(std::move(mm));
      }
    }
    // "X welcomed ... and expressed support for Y": a targeted event makes the same source's
    // untargeted event of the same code in this sentence redundant.
    std::erase_if(out.events, [&](const Event& e) {
      if (e.sentence != static_cast<int>(s) || e.target) return false;
      return std::any_of(out.events.begin(), out.events.end(), [&](const Event& o) {
        return o.sentence == e.sentence && o.target && o.source.entity == e.source.entity &&
               o.cameo == e.cameo;
      });
    });
    if (!sentence_subjects.empty()) d.last_subjects = sentence_subjects;
    if (unplaced_lead && sentence_subjects.empty()) d.last_subjects.clear();
    {
      std::vector<Actor> objects;
      for (const auto& e : out.events)
        if (e.sentence == static_cast<int>(s) && e.target &&
            std::none_of(objects.begin(), objects.end(),
                         [&](const Actor& x) { return x.entity == e.target->entity; }))
          objects.push_back(*e.target);
      if (!objects.empty()) d.last_objects = std::move(objects);
    }
    for (auto m = mentions[s].rbegin(); m != mentions[s].rend(); ++m)  // the last one named
      if (const Entity* e = lex.entity(m->entity); e && e->kind == EntityKind::kState) {
        d.last_state = actor_of(*m, lex, d.date);
        break;
      }
    d.last_person.reset();
    for (const auto& m : mentions[s]) {
      if ((m.kind != MentionKind::kPerson && m.kind != MentionKind::kOffice) || m.in_prep) continue;
      if (m.entity.empty() || private_people(a, m, lex))
        d.last_person.reset();  // the last person named is no one parley codes
      else if (!m.title.empty() && m.role != "MED")
        d.last_person = actor_of(m, lex, d.date);
    }
    // Topics the sentence names: the document's, and its events'.
    std::vector<std::string> sentence_topics;
    for (uint32_t k = a.first_match[s]; k < a.first_match[s + 1]; ++k) {
      PhraseRef ref = lex.phrase(a.matches[k].payload);
      if (ref.kind != PhraseKind::kTopic) continue;
      const std::string& t = lex.topics()[static_cast<size_t>(ref.index)];
      if (std::find(sentence_topics.begin(), sentence_topics.end(), t) == sentence_topics.end())
        sentence_topics.push_back(t);
      if (std::find(out.topics.begin(), out.topics.end(), t) == out.topics.end())
        out.topics.push_back(t);
    }
    for (auto& e : out.events)
      if (e.sentence == static_cast<int>(s)) e.topics = sentence_topics;
    if (tracing) {
      for (const auto& t : sentence_topics) trace.actors.push_back("topic '" + t + "'");
      ex.sentences.push_back(std::move(trace));
    }
  }
  coder::carry_told_dates(a, dated_sentences, out.events);
  // A headline or lead with no date of its own ("Momen holds bilateral meetings with ...")
  // reports the act a later sentence dates ("met ... on Saturday"): one act, kept where its
  // date is stated.
  {
    std::vector<bool> restated(out.events.size(), false);
    for (size_t i = 0; i < out.events.size(); ++i) {
      const Event& e = out.events[i];
      if (!e.target || !undated.count({static_cast<size_t>(e.sentence), e.source.entity,
                                       e.target->entity, e.cameo}))
        continue;
      // ... told within the same days: "since January 2, when troops overran ..." in a March
      // story is an earlier act, not the headline's.
      auto day_number = [](const std::string& iso) {
        auto day = coder::Date::parse_iso(iso);
        return day ? (day->year * 12 + day->month) * 31 + day->day : 0;
      };
      for (const auto& o : out.events)
        if (o.sentence > e.sentence && o.target && o.target->entity == e.target->entity &&
            o.source.entity == e.source.entity && o.root == e.root && !o.date.empty() &&
            (e.date.empty() || std::abs(day_number(e.date) - day_number(o.date)) <= 7) &&
            !undated.count(
                {static_cast<size_t>(o.sentence), o.source.entity, o.target->entity, o.cameo}))
          restated[i] = true;
    }
    size_t i = 0;
    std::erase_if(out.events, [&](const Event&) { return restated[i++]; });
  }
  std::vector<std::string> meeting_trace;
  coder::MeetingContext mctx{a,         lex,      mentions,      dl.units, dl.news.iso(),
                             out.title, place_of, dateline_place};
  out.meetings = coder::assemble_meetings(mctx, meeting_verbs, tracing ? &meeting_trace : nullptr);
  ex.meeting_decisions = std::move(meeting_trace);
  return ex;
}

}  // namespace parley
