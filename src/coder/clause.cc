// coder/clause.cc — negation, modality, voice, subject and object of a verb; see clause.h.
#include "coder/clause.h"
#include "coder/literal_roles.h"
#include "coder/meetings.h"
#include "coder/word_classes.h"
#include "text/ascii.h"

#include <algorithm>

namespace parley::coder {
using text::one_of;
namespace {

bool prepositions_before_relative(std::string_view w) {
  return one_of(
      w, {"in", "at", "during", "by", "under", "through", "of", "on", "from", "with", "after"});
}

bool is_determiner(std::string_view w) {
  return one_of(
      w, {"the", "a",  "an",   "this", "that", "these", "those", "its",  "his",  "her", "their",
          "our", "my", "your", "any",  "each", "every", "no",    "some", "such", "'s"});
}

struct Modality {
  int negated = -1;       // token of the negation, or -1
  int hypothetical = -1;  // token of the modal or hedge, or -1
  bool future = false;
};

// Negation, hedges and the future before the verb at `h`, within its clause.
Modality scan_modality(const Analysis& a, uint32_t first, uint32_t h) {
  Modality m;
  for (uint32_t k = h, steps = 0; k > first && steps < 6; ++steps) {
    --k;
    std::string_view w = a.low(k);
    if (one_of(w, {",", ";", ":", "that", "which", "who", "and", "but", "-", "\""})) break;
    if (w == "may" && a.tokens[k].capitalized && k > first) continue;  // the month
    if (one_of(w, {"not", "never", "neither", "nor", "t", "cannot", "no"}) && m.negated < 0)
      m.negated = static_cast<int>(k);
    if (one_of(w, {"may",      "might",       "could",    "would",       "should",   "must",
                   "if",       "whether",     "unless",   "expected",    "likely",   "hope",
                   "hopes",    "hoped",       "wish",     "wishes",      "want",     "wants",
                   "seek",     "seeks",       "sought",   "intend",      "intends",  "can",
                   "aims",     "aim",         "tried",    "try",         "attempt",  "attempted",
                   "asked",    "urged",       "invited",  "called",      "request",  "requested",
                   "ready",    "considering", "consider", "possibility", "proposal", "possibly",
                   "perhaps",  "probably",    "appealed", "appeals",     "urges",    "urging",
                   "demanded", "demands",     "asking",   "asks",        "calling"}) &&
        m.hypothetical < 0)
      m.hypothetical = static_cast<int>(k);
    if (one_of(w, {"will", "shall", "plans", "plan", "planned", "scheduled", "set", "going"}) ||
        (w == "due" && k + 1 < h && a.low(k + 1) == "to"))  // "is due to fly to Moscow"
      m.future = true;
    // "has always supported": a standing policy, not an act of a day.
    if (one_of(w,
               {"always", "invariably", "traditionally", "consistently", "generally", "usually"}) &&
        m.hypothetical < 0)
      m.hypothetical = static_cast<int>(k);
  }
  return m;
}

}  // namespace

std::vector<VerbMatch> choose_verbs(const Analysis& a, size_t s, const Lexicon& lex,
                                    const std::vector<Mention>& mentions) {
  std::vector<VerbMatch> all;
  for (uint32_t k = a.first_match[s]; k < a.first_match[s + 1]; ++k) {
    const auto& m = a.matches[k];
    PhraseRef ref = lex.phrase(m.payload);
    if (ref.kind != PhraseKind::kVerb) continue;
    const VerbPattern& vp = lex.verbs()[static_cast<size_t>(ref.index)];
    VerbMatch v{m.begin, m.end, m.begin, ref.index};
    bool found = false;
    for (uint32_t t = m.begin; t < m.end && !found; ++t) {
      std::string_view w = a.low(t);
      found = std::find(vp.head_forms.begin(), vp.head_forms.end(), w) != vp.head_forms.end();
      if (found) v.head = t;
    }
    // A stem ("{restor+}"): the first word that begins with it.
    for (uint32_t t = m.begin; t < m.end && !found && vp.foreign && !vp.head_forms.empty(); ++t)
      if ((found = a.low(t).starts_with(vp.head_forms.front()))) v.head = t;
    // The head may not lie inside an actor phrase ("Minister of Trade" is no verb).
    bool inside = false;
    for (const auto& mn : mentions) inside |= v.head >= mn.first && v.head < mn.last;
    if (!inside) all.push_back(v);
  }
  // Most literal words first, then the tighter match, then the earliest; keep those that
  // overlap nothing kept.
  auto literals = [&](const VerbMatch& v) {
    return lex.verbs()[static_cast<size_t>(v.verb)].literals;
  };
  // Of two foreign roots, the one written as the word stands ("LEFT_" over "LEAVE" for "left").
  auto as_written = [&](const VerbMatch& v) {
    const VerbPattern& vp = lex.verbs()[static_cast<size_t>(v.verb)];
    return vp.foreign && !vp.head_forms.empty() && a.low(v.head) == vp.head_forms.front();
  };
  std::stable_sort(all.begin(), all.end(), [&](const VerbMatch& x, const VerbMatch& y) {
    if (literals(x) != literals(y)) return literals(x) > literals(y);
    if (x.last - x.first != y.last - y.first) return x.last - x.first < y.last - y.first;
    if (as_written(x) != as_written(y)) return as_written(x);
    return x.first < y.first;
  });
  std::vector<VerbMatch> kept;
  for (const auto& v : all) {
    bool overlap = false;
    for (const auto& k : kept) overlap |= v.first < k.last && k.first < v.last;
    if (!overlap) kept.push_back(v);
  }
  std::sort(kept.begin(), kept.end(),
            [](const VerbMatch& x, const VerbMatch& y) { return x.first < y.first; });
  return kept;
}

bool clause_break(const Analysis& a, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k)
    if (one_of(a.low(k), {";", "but", "whereas", "while"})) return true;
  // "and" or "or" shortly before the verb, with only a subject between ("and then it
  // requested", "and Gondor asked").
  for (uint32_t k = to > from + 4 ? to - 4 : from; k < to; ++k)
    if (one_of(a.low(k), {"and", "or"})) {
      bool plain = true;
      for (uint32_t j = k + 1; j < to; ++j) plain &= a.low(j) != "," && a.low(j) != "to";
      if (plain) return true;
    }
  return false;
}

ClauseReading read_clause(const Analysis& a, size_t s, const Lexicon& lex,
                          const std::vector<Mention>& mentions, const std::vector<VerbMatch>& verbs,
                          size_t vi, int max_distance, bool pronoun_targets) {
  ClauseReading r;
  const VerbMatch& v = verbs[vi];
  const VerbPattern& vp = lex.verbs()[static_cast<size_t>(v.verb)];
  r.cameo = vp.cameo;
  const uint32_t first = a.sentences[s].first, last = a.sentences[s].last;
  const uint32_t h = v.head;
  std::string_view head = a.low(h);
  auto low = [&](uint32_t i) -> std::string_view {
    return i >= first && i < last ? a.low(i) : std::string_view();
  };
  const bool is_lemma = !vp.head_forms.empty() && head == vp.head_forms.front();
  const bool is_ing = head.ends_with("ing") && !is_lemma;
  const bool is_past =
      !is_lemma && !is_ing && !head.ends_with("s") &&
      std::find(vp.head_forms.begin() + 1, vp.head_forms.end(), head) != vp.head_forms.end();

  // A question reports no act ("are we aware on what documents he travelled?").
  if (last > first && a.low(last - 1) == "?") {
    r.reason = "a question, not a statement of an act";
    return r;
  }
  // Noun uses of verb forms, negation and modality: parley's own tests. Another coder's
  // patterns are read as that coder reads them, literally (VerbPattern::foreign), but for the
  // noun ending "'s" ("Estonia donate's cash").
  const bool literal = vp.foreign;
  if (literal && h + 1 < last && a.low(h + 1) == "'s") {
    r.reason = "'" + std::string(head) + "' has a noun's ending ('s)";
    return r;
  }
  const auto& tok = a.tokens[h];
  if (!literal && tok.capitalized && h > first && !a.sentences[s].line && !tok.all_caps) {
    r.reason = std::string("'").append(a.str(h)).append(
        "' is capitalised mid-sentence: a name, not a verb");
    return r;
  }
  // Skip adverbs between the head and what governs it.
  uint32_t p = h;
  while (p > first && is_adverb(low(p - 1))) --p;
  std::string_view before = p > first ? low(p - 1) : std::string_view();
  // "transfer of arms for use in attacking Ukraine": a purpose, not an act.
  if (!literal && is_ing && before == "in" && p >= first + 2 &&
      one_of(low(p - 2), {"use", "used"})) {
    r.reason = "the purpose of something ('for use in -ing'), not a reported act";
    return r;
  }
  // "'s" is "is" after a pronoun ("he's meeting"), else a possessive ("today's meeting").
  const bool be_before =
      is_be(before) &&
      (before != "'s" ||
       (p >= first + 2 && one_of(low(p - 2), {"it", "he", "she", "that", "there", "who", "what"})));
  if (!literal && is_ing &&
      !(p == first || be_before ||
        one_of(before, {",", "and", "while", "by", "after", "before", "in", "when", "without"}))) {
    r.reason =
        "'" + std::string(head) + "' follows '" + std::string(before) + "': a noun or modifier";
    return r;
  }
  const bool is_third = !is_lemma && !is_ing && !is_past && head.ends_with("s");
  if (!literal && (is_lemma || is_third)) {
    // A present-tense verb needs its subject, an auxiliary or a conjunction right before it;
    // "concrete support measures" and "sugar supports" are nouns.
    uint32_t k = p;
    while (k > first && one_of(low(k - 1), {"has", "have", "had", "does", "do", "did"})) --k;
    std::string_view prev = k > first ? low(k - 1) : std::string_view();
    bool subject_before = false;
    for (const auto& m : mentions)
      // Not "the new US sanctions": a name after a determiner and before a verb form makes a
      // noun phrase.
      subject_before |=
          m.last == k &&
          !(m.first > first && one_of(low(m.first - 1), {"new", "fresh", "latest", "recent", "a",
                                                         "an", "its", "their", "this", "these"}));
    bool ok = k == first || subject_before ||
              one_of(prev, {"to",    "will", "shall",   "would", "should", "can", "could", "may",
                            "might", "must", "not",     "t",     "and",    "or",  ",",     "they",
                            "we",    "i",    "you",     "it",    "he",     "she", "who",   "which",
                            "that",  "also", "jointly", "both",  "\"",     ":"});
    if (!ok) {
      r.reason = "'" + std::string(head) + "' after '" + std::string(prev) +
                 "' reads as a noun, not a verb with a subject";
      return r;
    }
  }
  if (!literal && (is_past || is_lemma) && is_determiner(before)) {
    r.reason = "'" + std::string(head) + "' follows a determiner: used as a noun or adjective";
    return r;
  }
  // A headline's "X to host Y" / "X set to visit Y" announces a meeting (036).
  bool headline_future = false;
  if (!literal && is_lemma && before == "to" && vp.cameo.starts_with("04") && a.sentences[s].line) {
    std::string_view gov = p >= first + 2 ? low(p - 2) : std::string_view();
    bool after_subject = gov == "set";
    for (const auto& m : mentions) after_subject |= m.last == p - 1 && !m.in_prep;
    headline_future = after_subject;
  }
  // "appealed to the sides to reaffirm their commitment to observe the ceasefire": acts in
  // the infinitives of an appeal are asked for, not done.
  if (!literal && is_lemma && before == "to" && !vp.cameo.starts_with("02")) {
    for (size_t j = 0; j < vi; ++j) {
      const VerbPattern& other = lex.verbs()[static_cast<size_t>(verbs[j].verb)];
      if (other.cameo.starts_with("02") && verbs[j].head < h && h < verbs[j].head + 16) {
        r.reason = "asked for in the appeal before it, not a reported act";
        return r;
      }
    }
  }
  if (!literal && is_lemma && before == "to" && !headline_future) {
    std::string_view gov = p >= first + 2 ? low(p - 2) : std::string_view();
    // Infinitives are acts only after verbs of commitment ("agreed to", "decided to").
    if (!one_of(gov, {"agreed",    "decided",  "resolved",  "vowed",      "pledged",   "promised",
                      "continued", "continue", "continues", "began",      "proceeded", "moved",
                      "went",      "ready",    "willing",   "determined", "committed", "used",
                      "resolve",   "resolved", "decision",  "commitment", "pledge",    "promise",
                      "about",     "going",    "ready"}) &&
        !(vp.cameo.starts_with("04") && one_of(gov, {"expected", "scheduled", "due", "set"}))) {
      r.reason = "an infinitive after '" + std::string(gov) + "': not a reported act";
      return r;
    }
  }
  // Negation and modality: look back a few tokens within the clause. A predicate joined by
  // "and" with no subject of its own ("will visit Russia on June 17, and meet with Lavrov")
  // shares the modality of the verb before it.
  Modality mod = literal ? Modality{} : scan_modality(a, first, h);
  if (!literal && vi > 0 && verbs[vi - 1].last <= p && p > first &&
      one_of(low(p - 1), {"and", "or"})) {
    Modality prev = scan_modality(a, first, verbs[vi - 1].head);
    if (mod.negated < 0) mod.negated = prev.negated;
    if (mod.hypothetical < 0) mod.hypothetical = prev.hypothetical;
    mod.future |= prev.future;
  }
  if (mod.negated >= 0) {
    r.reason = "negated ('" + std::string(a.str(static_cast<uint32_t>(mod.negated))) + "')";
    return r;
  }
  // "is expected to receive", "is scheduled to visit": a meeting planned (036).
  if (mod.hypothetical >= 0 && vp.cameo.starts_with("04") &&
      one_of(a.low(static_cast<uint32_t>(mod.hypothetical)), {"expected", "due"})) {
    mod.hypothetical = -1;
    mod.future = true;
  }
  mod.future |= headline_future;
  // "President X will, at the invitation of Y, undertake a State Visit": a bare verb whose
  // "will" stands before an inserted phrase.
  if (!literal && !mod.future && is_lemma && h > first) {
    bool open = false;  // an inserted phrase between "will" and the verb
    for (uint32_t k = h - 1, n = 0; k > first && n < 25; --k, ++n) {
      std::string_view w = low(k);
      if (one_of(w, {".", ";", ":", "that", "which", "who"})) break;
      open |= w == ",";
      if (one_of(w, {"will", "shall"})) {
        mod.future = open || k + 1 < h;
        break;
      }
    }
  }
  // Words of asking make what follows requested, not done, unless the verb is itself an appeal
  // or demand ("called on X and urged Y").
  const bool asking_word =
      mod.hypothetical >= 0 &&
      one_of(a.low(static_cast<uint32_t>(mod.hypothetical)),
             {"called", "asked", "urged", "appealed", "appeals", "urges", "urging", "demanded",
              "demands", "asking", "asks", "calling", "request", "requested"});
  if (mod.hypothetical >= 0 &&
      !(asking_word && (vp.cameo.starts_with("02") || vp.cameo.starts_with("10")))) {
    r.reason = "hypothetical or requested, not done ('" +
               std::string(a.str(static_cast<uint32_t>(mod.hypothetical))) + "')";
    return r;
  }
  // "has in the past rejected", "has been pressing", "remains opposed": a standing position,
  // not an act of a day.
  if (!literal) {
    bool standing = false;
    for (uint32_t k = first; k + 2 < h; ++k)
      standing |= low(k) == "in" && low(k + 1) == "the" && low(k + 2) == "past";
    standing |= h >= first + 2 && low(h).ends_with("ing") && low(h - 1) == "been" &&
                one_of(low(h - 2), {"has", "have", "had"});
    // "remains (firmly) opposed to" (but "remains committed to support X" is a pledge)
    for (uint32_t k = h; k > first && k + 3 > h;)
      standing |= one_of(low(--k), {"remains", "remain"}) && low(h) == "opposed";
    if (standing) {
      r.reason = "a standing position ('in the past', 'has been', 'remains'), not an act of a day";
      return r;
    }
  }
  // "Japan has also attacked OECD forecasts": words attacked are criticised (111), not shot at.
  if (!literal && vp.cameo.starts_with("19") && low(h).starts_with("attack"))
    for (uint32_t k = v.last; k < last && k < v.last + 4; ++k)
      if (one_of(low(k), {"forecasts", "forecast", "proposal", "proposals", "plan", "plans",
                          "policy", "policies", "decision", "remarks", "statement", "statements",
                          "report", "idea", "ideas", "budget", "views", "stance", "criticism"})) {
        r.cameo = "111";
        break;
      }
  // "has until the next meeting to ...": a meeting named as a time, not one held; "holds the
  // next meeting": one to come.
  if (!literal && vp.cameo.starts_with("04"))
    for (uint32_t k = v.first; k < v.last; ++k) {
      if (one_of(low(k), {"until", "till", "before", "after", "since"})) {
        r.reason = "a meeting named as a time ('until the next meeting'), not one held";
        return r;
      }
      mod.future |= one_of(low(k), {"next", "upcoming", "forthcoming"});
    }
  // "when he visits Washington next month", "who travels to Italy this evening": a visit told
  // in the present with a time to come.
  if (!literal && !is_past && vp.cameo.starts_with("04"))
    for (uint32_t k = v.last; k + 1 < last && k < v.last + 10; ++k)
      if ((low(k) == "next" &&
           one_of(low(k + 1), {"week", "month", "year", "monday", "tuesday", "wednesday",
                               "thursday", "friday", "saturday", "sunday", "weekend"})) ||
          low(k) == "tomorrow" ||
          (low(k) == "this" && one_of(low(k + 1), {"evening", "afternoon", "weekend"})) ||
          (low(k) == "later" && one_of(low(k + 1), {"this", "today"})))
        mod.future = true;
  const bool future = mod.future;
  r.future = future;
  // "will meet", "will sign an agreement": a meeting or signing announced (036).
  if (future && (vp.cameo.starts_with("04") || vp.cameo == "057")) r.cameo = "036";
  // "will lend Ecuador five million barrels": aid promised (033), not given.
  if (future && !literal && vp.cameo.starts_with("07"))
    r.cameo = vp.cameo == "071"   ? "0331"
              : vp.cameo == "072" ? "0332"
              : vp.cameo == "073" ? "0333"
              : vp.cameo == "074" ? "0334"
                                  : "033";
  // Passive voice.
  uint32_t q = h;
  while (q > first && is_adverb(low(q - 1))) --q;
  r.passive = !literal && is_past && q > first && is_be(low(q - 1)) && low(q - 1) != "'s";

  // Relative clauses ("who was visiting Myanmar ...,") are skipped when looking for a subject.
  std::vector<bool> relative(last - first, false);
  for (uint32_t k = first; k < last; ++k) {
    if (!one_of(a.low(k), {"who", "which", "whom", "whose"}) || k >= h) continue;
    uint32_t e = k;
    while (e < last && a.low(e) != "," && e < h) ++e;
    if (e >= h) break;  // the verb is inside it: the relative is the clause
    for (uint32_t x = k; x <= e; ++x) relative[x - first] = true;
  }
  // A verb inside a relative clause ("an agreement which supports ...", "Mr. X, who met ...")
  // has the relative's antecedent as its subject: a mention just before the relative word,
  // else no actor at all.
  std::optional<size_t> antecedent;
  bool in_relative = false, closed = false;
  for (uint32_t k = h; k > first;) {
    --k;
    std::string_view w = a.low(k);
    if (one_of(w, {";", ":", "but", "that"})) break;
    if (w == ",") {
      bool own_subject = false;  // a mention between this comma and the verb
      for (const auto& m : mentions) own_subject |= m.first > k && m.last <= h;
      if (own_subject) break;
      closed = true;  // "X, who ..., held": the relative ended before this verb
      continue;
    }
    if (one_of(w, {"which", "who", "whom"})) {
      in_relative = !closed;
      if (k > first && prepositions_before_relative(a.low(k - 1))) break;  // "in which": a thing
      uint32_t before_rel = k;
      if (before_rel > first && a.low(before_rel - 1) == ",") --before_rel;
      for (size_t i = 0; i < mentions.size(); ++i)
        if (mentions[i].last == before_rel) antecedent = i;
      break;
    }
  }
  r.relative = in_relative;
  if (in_relative && !antecedent) {
    r.reason = "inside a relative clause about a thing, not an actor";
    return r;
  }
  uint32_t clause_start = first;
  bool own_subject = false;  // the reported clause opens with a subject that is no actor
  for (uint32_t k = first; k < h; ++k) {
    if (one_of(a.low(k), {";", ":"}) || (a.low(k) == "that" && k > first && a.low(k - 1) != ","))
      clause_start = k + 1;
    // "X came a day after the United Nations appealed for ...": a clause of its own.
    // So does the complement of a reporting or perception verb with no "that": "China said
    // Japan violated ...", "glad to see Kerry is visiting Laos".
    if (one_of(a.low(k), {"after", "before", "since", "when", "while", "because", "although",
                          "said", "says", "see", "saw", "believe", "believes", "noted", "stated",
                          "think", "thinks", "know", "knows"}))
      for (const auto& m : mentions)
        if ((m.first == k + 1 || m.first == k + 2) && !m.in_prep && m.last <= h)
          clause_start = k + 1;
    // "Ruding said many countries supported ...": the reported clause has a subject of its own
    // that names no actor, so the speaker is not its source.
    // So has "..., but some delegates voiced reservations".
    if (one_of(a.low(k), {"said", "says", "that", "but", "while", "whereas"}) && k + 2 < h &&
        one_of(a.low(k + 1), {"many", "some", "most", "several", "other", "few", "a", "an", "these",
                              "those", "all"})) {
      bool actor_next = false;
      for (const auto& m : mentions) actor_next |= m.first == k + 1 || m.first == k + 2;
      if (!actor_next) {
        clause_start = k + 1;
        own_subject = true;
      }
    }
  }
  // The content of a claim or a belief is not an act: "X claimed that Japan attacks Beijing".
  if (!literal && clause_start > first + 1 && a.low(clause_start - 1) == "that") {
    uint32_t g = clause_start - 2;
    while (g > first && is_adverb(a.low(g))) --g;
    if (one_of(a.low(g),
               {"claimed",   "claims",   "claim",      "alleged",   "alleges", "denied", "denies",
                "suggested", "suggests", "believed",   "believes",  "believe", "feared", "fears",
                "argued",    "argues",   "speculated", "assumed",   "thought", "think",  "thinks",
                "feel",      "feels",    "felt",       "insisted",  "insists", "hoped",  "hopes",
                "worried",   "rumoured", "rumored",    "reportedly"})) {
      r.reason = "the content of '" + std::string(a.low(g)) + "', not a reported act";
      return r;
    }
  }

  const uint32_t body = body_first(a, s);
  // "Visiting Jakarta for the summit, the Minister held ...": what an opening participle
  // governs is not the subject of the verbs after its comma.
  uint32_t participle_end = first;
  if (a.low(body).ends_with("ing") && h > body) {
    for (uint32_t k = body + 1; k < h; ++k)
      if (a.low(k) == ",") {
        participle_end = k;
        break;
      }
  }
  auto subject_ok = [&](const Mention& m) {
    // Read literally, "X's" is X ("Eriador's death toll has risen"), as TABARI reads 's.
    // "The Canadian initiative": whose the act is, never the subject of another verb.
    return !m.in_prep && (literal || !m.possessive) && !m.act_owner && !relative[m.first - first] &&
           m.first >= body && (literal || m.first >= participle_end);
  };
  uint32_t coordination_limit = last;
  auto coordinated = [&](size_t i, std::vector<size_t>& out) {
    out.push_back(i);
    for (size_t j = i + 1; j < mentions.size() && mentions[j].last <= coordination_limit; ++j) {
      uint32_t gap_first = mentions[j - 1].last, gap_last = mentions[j].first;
      std::string between;
      for (uint32_t k = gap_first; k < gap_last; ++k) between += std::string(a.low(k)) + " ";
      bool joined = one_of(between, {"and ", ", ", ", and ", "together with ", "as well as ", "or ",
                                     "- ", "and his ", "and her ", "and their "});
      // Read literally, a conjunction may be followed by an article and lower-case modifiers:
      // "A and the evil awful B", "A, the B, and C", "neither A nor B".
      if (!joined && literal) {
        int n = 0, conj = 0;
        bool ok = true;
        for (uint32_t k = gap_first; k < gap_last && ok; ++k, ++n) {
          std::string_view t = a.low(k);
          if (one_of(t, {",", "and", "or", "nor"})) {
            conj += t != ",";
            ok = conj <= 1 && n < 2;
          } else {
            bool verb = false;
            for (const auto& other : verbs) verb |= other.head == k;
            ok = n >= 1 && !verb && !a.tokens[k].capitalized &&
                 a.tokens[k].kind == text::TokenKind::kWord &&
                 !one_of(t, {"of", "in", "from", "for", "with", "to", "by", "on", "at"});
          }
        }
        joined = ok && n <= 5;
      }
      if (!joined) break;
      auto person = [](const Mention& m) {
        return m.kind == MentionKind::kPerson || m.kind == MentionKind::kOffice;
      };
      if (person(mentions[j]) != person(mentions[i])) break;  // "Ukraine, and Minister X"
      out.push_back(j);
    }
  };
  auto find_subject = [&](uint32_t from, uint32_t to, std::vector<size_t>& out) {
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (m.first < from || m.last > to) continue;
      if (!subject_ok(m)) continue;
      coordinated(i, out);
      // "Greece and Turkey's NATO allies": the pair owns the subject, it is not the subject.
      if (!literal && out.size() > 1 && mentions[out.back()].possessive) {
        i = out.back();
        out.clear();
        continue;
      }
      return true;
    }
    return false;
  };

  // A clause joined by "and" with a subject of its own: "..., and he thanked Thailand".
  std::optional<size_t> joined_subject;
  {
    uint32_t k = h;
    while (k > first && (is_adverb(a.low(k - 1)) || is_be(a.low(k - 1)) ||
                         one_of(a.low(k - 1), {"will", "would", "has", "have", "had", "did"})))
      --k;
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (m.last != k || m.first <= first) continue;
      if (!one_of(a.low(m.first - 1), {"and", "but", "while", "whereas"}) || m.in_prep) continue;
      // Not "ASEAN and the United Nations condemned": there "and" joins two actors.
      bool joins_actors = false;
      for (const auto& o : mentions) joins_actors |= o.last == m.first - 1;
      if (!joins_actors) joined_subject = i;
    }
  }
  std::vector<size_t> subj, obj;
  // "..., he told reporters after meeting U.S. ministers": an adverbial participle shares the
  // subject of the verb it hangs on, the nearest one before it.
  std::optional<size_t> participle_subject;
  if (is_ing && one_of(before, {"after", "before", "while", "when", "since", "without", "by"})) {
    for (size_t i = 0; i < mentions.size(); ++i)
      if (mentions[i].last <= p && mentions[i].first >= clause_start && subject_ok(mentions[i]))
        participle_subject = i;
  }
  // "At the invitation of X, Founder of Y, and Z, President of W, Han Zheng will visit ...":
  // the hosts named in the opening phrase are not the subject; the nearest name is.
  if (!literal && !participle_subject && a.low(body) == "at" && a.low(body + 1) == "the" &&
      a.low(body + 2) == "invitation") {
    for (size_t i = 0; i < mentions.size(); ++i)
      if (mentions[i].last <= p && subject_ok(mentions[i]) &&
          (mentions[i].last == p || a.low(mentions[i].last) == ","))
        participle_subject = i;
  }
  if (antecedent)
    subj.push_back(*antecedent);
  else if (participle_subject)
    subj.push_back(*participle_subject);
  else if (joined_subject)
    subj.push_back(*joined_subject);
  else if (literal) {  // TABARI and PETRARCH: the clause's first actor ("A noted that B ...")
    uint32_t from = first;
    for (uint32_t k = first; k < h; ++k)
      if (one_of(a.low(k), {";", "but", "whereas", "while"})) from = k + 1;
    if (!find_subject(from, h, subj) && from > first) find_subject(first, h, subj);
  } else if (!find_subject(clause_start, h, subj) && clause_start > first && !own_subject)
    find_subject(first, h, subj);
  std::optional<uint32_t> subject_after_comma;
  if (subj.empty() && is_ing) {
    // "Expressing concern ..., the members of the Council called on ...": the subject follows.
    uint32_t comma = v.last;
    while (comma < last && a.low(comma) != ",") ++comma;
    if (find_subject(comma, last, subj)) subject_after_comma = comma;
  }

  // Objects: after the pattern, before the next verb, within reach. Read literally, the
  // target is the first actor after the verb, wherever it stands in the sentence ("arrived in
  // X", "signed an accord to supply X"), as TABARI and PETRARCH take it.
  uint32_t stop = std::min<uint32_t>(last, v.last + static_cast<uint32_t>(max_distance));
  if (literal) {  // another coder's pattern: coder/literal_roles.h
    read_literal_roles(
        a, s, vp, mentions, verbs, vi, subj, pronoun_targets,
        [&](size_t i, uint32_t limit, std::vector<size_t>& out) {
          coordination_limit = limit;
          coordinated(i, out);
        },
        r);
    return r;
  }
  // The next verb ends the object, unless it is an infinitive or -ing form that goes on from
  // this one ("is willing to work together with China").
  for (size_t n = vi + 1; n < verbs.size(); ++n) {
    uint32_t nh = verbs[n].head;
    bool nonfinite = a.low(nh).ends_with("ing") || (nh > first && a.low(nh - 1) == "to");
    // "commends the arrest of the perpetrators by X": a verb form after a determiner is a noun
    // inside the object, not the next verb.
    if (nh > first && is_determiner(a.low(nh - 1)) && a.low(nh - 1) != "that") continue;
    if (!nonfinite) {
      stop = std::min(stop, verbs[n].first);
      break;
    }
  }
  // The object comes before a following infinitive: in "called on the international
  // community to implement the Security Council resolutions" the Council is no target.
  for (uint32_t k = v.last; k < stop; ++k) {
    if (a.low(k) == ";") stop = k;
    if (a.low(k) == "to" && k + 1 < last && k > v.last) {
      std::string_view next = a.low(k + 1);
      const auto& t = a.tokens[k + 1];
      bool coded_verb = false;  // "commitment to support Libya's transition" goes on
      for (const auto& other : verbs) coded_verb |= other.head == k + 1 || other.head == k + 2;
      // "deploys a response team to assist in the crisis in Nepal": aid's purpose names whom.
      coded_verb |=
          vp.cameo.starts_with("07") && one_of(next, {"assist", "help", "aid", "relieve"});
      if (t.kind == text::TokenKind::kWord && !t.capitalized && !is_determiner(next) &&
          !one_of(next, {"all", "both", "other", "several", "many", "two", "three"}) && !coded_verb)
        stop = k;
    }
  }
  // "Expressing their concern at these attacks, the members called on ...": the object of a
  // participle whose subject follows it ends at its comma.
  if (subject_after_comma) stop = std::min(stop, *subject_after_comma);
  coordination_limit = stop;
  uint32_t agent_from = last;
  if (r.passive) {
    for (uint32_t k = v.last; k < std::min(stop, v.last + 4); ++k)
      if (a.low(k) == "by") agent_from = k + 1;
  }
  // ", and France, Denmark and Belgium showed ...": actors after a comma and a conjunction,
  // followed by a verb, are the subject of a clause of their own; the object ends before them.
  for (size_t i = 0; i < mentions.size() && !r.passive; ++i) {
    const Mention& m = mentions[i];
    if (m.first <= v.last + 1 || m.first >= stop || m.first < 2) continue;
    if (!one_of(a.low(m.first - 1), {"and", "but"}) || a.low(m.first - 2) != ",") continue;
    size_t j = i;
    while (j + 1 < mentions.size() && mentions[j + 1].first <= mentions[j].last + 2 &&
           mentions[j + 1].first > mentions[j].last &&
           one_of(a.low(mentions[j].last), {",", "and"}))
      ++j;
    uint32_t next = mentions[j].last;
    if (next < last && a.tokens[next].kind == text::TokenKind::kWord &&
        !a.tokens[next].capitalized && (looks_past_tense(a.low(next)) || a.low(next) == "said")) {
      stop = m.first - 2;
      break;
    }
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.first < v.first + 1 || m.first >= stop) continue;
    if (m.first < v.last && m.first <= h) continue;
    // "deploys Disaster Assistance Response Team": a name that begins inside the pattern's own
    // words is the thing sent, not the one it goes to.
    if (m.first < v.last && m.entity.empty() && m.kind == MentionKind::kPerson && m.title.empty())
      continue;
    // "confirmed the EU's commitment to ...": whose commitment, inside the pattern, is no target.
    // ("condemned Russia's missile attack" is another matter: there it is whose attack.)
    if (!literal && m.possessive && m.last <= v.last && vp.cameo >= "03" && vp.cameo < "09")
      continue;
    if (r.passive && m.first >= agent_from) {
      std::vector<size_t> agents;
      coordinated(i, agents);
      r.objects = subj;  // the grammatical subject is the target
      r.subjects = agents;
      r.coded = true;
      r.reason = "passive: the agent after 'by' is the source";
      return r;
    }
    if (r.passive) continue;
    // "commends the arrest of the smugglers by the Chilean police": people of no state inside
    // the object's noun phrase are not its actor.
    if (m.kind == MentionKind::kOffice && m.in_prep && m.prep == "of" && m.entity.empty() &&
        !m.role.empty() && m.role != "GOV" && m.role != "IGO")
      continue;
    // A place, not a party: "in Washington", "at the ASEAN Secretariat in Jakarta".
    // But the pattern's own "in" names its target: "arrived in Japan".
    bool pattern_place = m.first == v.last && vp.pattern.ends_with(" in");
    // Over "the" and ordinals: "at the 76th United Nations General Assembly".
    uint32_t before_m = m.first;
    while (before_m > first + 1) {
      std::string_view w = a.low(before_m - 1);
      bool ordinal = !w.empty() && w[0] >= '0' && w[0] <= '9';
      if (w != "the" && !ordinal) break;
      --before_m;
    }
    if (m.kind == MentionKind::kEntity && m.role.empty() && before_m > 0 && !pattern_place &&
        one_of(a.low(before_m - 1),
               {"in", "at", "from", "near", "across", "throughout", "inside"}) &&
        !(before_m >= first + 2 &&
          one_of(
              a.low(before_m - 2),
              {"situation", "crisis", "earthquake", "disaster", "floods", "flooding", "victims",
               "people", "emergency", "government", "transition", "elections", "peace", "stability",
               "hostilities", "tensions", "escalation",
               // "the threats of retaliation from the EC": whose they are
               "threats", "threat", "retaliation", "pressure", "criticism", "sanctions", "demands",
               "demand", "proposal", "proposals", "offer", "request", "interference", "opposition",
               // "condemned the coup attempt in Gabon": the act of the state's own army
               "coup", "attempt", "d'etat", "d'état", "putsch", "mutiny"})))
      continue;
    // "in Lima, Peru": the state after a city named as a place is that place too.
    if (i > 0 && mentions[i - 1].capital && a.span(mentions[i - 1].last, m.first) == "," &&
        mentions[i - 1].first > first &&
        one_of(a.low(mentions[i - 1].first - 1), {"in", "at", "near", "from"}))
      continue;
    // "on the sidelines of the SCO Ministerial": the gathering is the venue, not a party.
    if (before_m >= first + 2 && a.low(before_m - 1) == "of" &&
        one_of(a.low(before_m - 2), {"sidelines", "margins", "margin", "sideline"}))
      continue;
    // "under the Saudi Presidency", "during the Chinese chairmanship": the frame, not a party.
    if (before_m > first && one_of(a.low(before_m - 1), {"under", "during", "within"})) continue;
    // ", US Secretary of State John Kerry said": the reporter, not a party to the act.
    if (m.last < last && m.first > 0 && a.low(m.first - 1) == "," &&
        one_of(a.low(m.last), {"said", "says", "told", "added", "stated", "noted", "reported"}))
      continue;
    if (m.capital) {  // "in an elegant Moscow mansion": a city named as a place
      bool place = false;
      for (uint32_t k = m.first; k > first && k + 3 > m.first;)
        place |= one_of(a.low(--k), {"in", "at", "near", "from"});
      if (place) continue;
    }
    if (m.kind == MentionKind::kSelf) continue;
    // "deplores the targeting of the headquarters of the ICRC", "condemns the criminal actions
    // that caused an explosion at the US Embassy": X is the victim, not the one condemned.
    if (one_of(vp.cameo.substr(0, 2), {"10", "11", "12", "13"})) {
      bool victim = false;
      for (uint32_t k = v.last; k < m.first; ++k)
        victim |= one_of(a.low(k), {"targeting", "explosion", "explosions", "bombing", "bombings",
                                    "shelling", "killing", "killings", "kidnapping", "abduction"});
      if (victim) break;
    }
    // "condemned the attack on X": X is the victim, not the one condemned.
    if (m.first >= 2 && one_of(a.low(m.first - 1), {"on", "against", "of"}) &&
        one_of(a.low(m.first - 2),
               {"attack", "attacks", "assault", "assaults", "bombing", "bombings", "killing",
                "killings", "murder", "kidnapping", "abduction", "intrusion", "shelling", "strike",
                "strikes", "raid", "raids"}) &&
        one_of(vp.cameo.substr(0, 2), {"10", "11", "12", "13"}))
      break;
    coordinated(i, obj);
    break;
  }
  if (r.passive) {
    r.reason = "passive voice without an agent: the source is unknown";
    return r;
  }
  r.subjects = subj;
  r.objects = obj;
  // "complained to the GATT secretariat that South Korea's plan breaks its rules": the
  // organisation is where the complaint went; the one complained of is after "that".
  if (!literal && vp.cameo.starts_with("11") && vp.pattern.ends_with(" to") && obj.size() == 1) {
    const Entity* venue = lex.entity(mentions[obj.front()].entity);
    if (venue && venue->kind == EntityKind::kOrganization) {
      uint32_t k = mentions[obj.front()].last;
      while (k < last && k < mentions[obj.front()].last + 8 && a.low(k) != "that") ++k;
      for (size_t i = 0; i < mentions.size() && k < last && a.low(k) == "that"; ++i)
        if (mentions[i].first > k && !mentions[i].in_prep && !mentions[i].entity.empty()) {
          r.objects = {i};
          break;
        }
    }
  }
  // "arrived in India to attend the SCO Foreign Ministers' meeting": travel to a gathering, not
  // a visit to the state that hosts it ("visited India to attend the swearing-in" still is).
  if (r.cameo == "042") {
    for (uint32_t k = v.last; k + 1 < last && k < v.last + 14; ++k) {
      // "to attend", "to participate in", "for the", "within the scope of", "on the occasion of"
      bool purpose = (a.low(k) == "to" && one_of(a.low(k + 1), {"attend", "participate"})) ||
                     (a.low(k) == "for" && a.low(k + 1) == "the") ||
                     one_of(a.low(k), {"scope", "occasion"});
      if (!purpose) continue;
      for (uint32_t g = k + 2; g < last && g < k + 12; ++g)
        if (one_of(a.low(g), {"meeting", "meetings", "meet", "summit", "forum", "conference",
                              "assembly", "session", "ministerial", "retreat"})) {
          r.reason = "travel to attend a gathering, not a visit to its host";
          return r;
        }
    }
  }
  // "has signed agreements with countries such as China and Canada": examples of a record,
  // not acts of a day.
  if (!obj.empty() && mentions[obj.front()].first >= 2 &&
      a.low(mentions[obj.front()].first - 1) == "as" &&
      a.low(mentions[obj.front()].first - 2) == "such") {
    r.reason = "examples ('such as'), not a reported act";
    return r;
  }
  r.coded = true;
  // "welcomed the Community and guests to the Opening Ceremony": a host's greeting.
  if (vp.pattern == "{welcome}") {
    for (uint32_t k = v.last; k + 2 < last && k < v.last + 8; ++k)
      if (a.low(k) == "to" && one_of(a.low(k + 1), {"the", "this", "our"}) &&
          one_of(a.low(k + 2), {"ceremony", "opening", "meeting", "conference", "summit", "session",
                                "event", "forum", "dinner", "reception", "briefing"})) {
        r.coded = false;
        r.reason = "a host's welcome to an event, not an act toward anyone";
        return r;
      }
  }
  // "the Council welcomed the new representatives of Haiti": greeting newly accredited envoys
  // at a session is protocol, not an act toward their states.
  if (vp.pattern == "{welcome}") {
    uint32_t k = v.last;
    if (low(k) == "the") ++k;
    if (one_of(low(k), {"new", "newly"}) &&
        one_of(low(k + 1),
               {"representatives", "representative", "ambassadors", "ambassador", "envoys", "envoy",
                "members", "member", "permanent", "accredited", "appointed"})) {
      r.coded = false;
      r.reason = "welcoming new envoys or members: protocol";
      return r;
    }
  }
  // "welcomed the new representatives", "welcomed President X to Hanoi": greeting or hosting
  // people, not praise of a decision.
  if (vp.pattern == "{welcome}" && !obj.empty() &&
      (mentions[obj.front()].kind == MentionKind::kPerson ||
       mentions[obj.front()].kind == MentionKind::kOffice ||
       mentions[obj.front()].kind == MentionKind::kGroup) &&
      !mentions[obj.front()].possessive &&  // "welcomed President X's decision" is praise
      mentions[obj.front()].first <= v.last + 2) {
    r.cameo = std::string(future ? "036" : "043");
    r.reason = future ? "'will welcome' a person: a meeting announced (036)"
                      : "'welcomed' a person: a reception, not praise";
    return r;
  }
  // "agreed that an independent, full and credible investigation must begin": an appeal they
  // make together, to whoever must act (named or not), not an agreement between them.
  if (vp.pattern == "{agree} that") {
    for (uint32_t k = v.last; k < last && k < v.last + 25; ++k) {
      if (one_of(a.low(k), {";", "."})) break;
      if (one_of(a.low(k), {"must", "should"})) {
        r.cameo = std::string("020");
        r.objects.clear();
        r.reason = "'agreed that ... must': a joint appeal";
        return r;
      }
    }
  }
  // "agreed that Israel has the right to defend itself": support for that state (051).
  if (vp.pattern == "{agree} that") {
    for (uint32_t k = v.last; k + 2 < last && k < v.last + 8; ++k)
      if (one_of(a.low(k), {"has", "have"}) && a.low(k + 1) == "the" && a.low(k + 2) == "right") {
        r.cameo = std::string("051");
        r.reason = "'agreed that X has the right to ...': support for X";
        return r;
      }
  }
  // "agreed on the need for a ceasefire", "on the imperative for new elections in X": an
  // appeal they make together ("agreed on the need to pursue cooperation" is an intent).
  if (vp.pattern.starts_with("{agree} on")) {
    uint32_t k = low(v.last) == "the" ? v.last + 1 : v.last;
    if (one_of(low(k), {"need", "imperative", "necessity"}) && one_of(low(k + 1), {"for", "of"})) {
      r.cameo = std::string("020");
      r.reason = "'agreed on the need for ...': a joint appeal";
      return r;
    }
  }
  // "agreed on the importance of ...": a view the two share, not an agreement to act ("agreed
  // on the need to pursue cooperation" is one).
  if (vp.pattern.starts_with("{agree} on") &&
      one_of(low(low(v.last) == "the" ? v.last + 1 : v.last), {"importance", "significance"})) {
    r.coded = false;
    r.reason = "agreeing on the importance of something: a shared view, not an act";
    return r;
  }
  // "called the Prime Minister to congratulate him" is a telephone call only when a person is
  // called: "called on X to ...", "called for ..." and "called the vote to ..." are not.
  if (vp.pattern.starts_with("{call} *") && r.cameo == "041") {
    bool person = !obj.empty() && (mentions[obj.front()].kind == MentionKind::kPerson ||
                                   mentions[obj.front()].kind == MentionKind::kOffice);
    if (one_of(low(h + 1), {"on", "upon"}) && !obj.empty()) {
      r.cameo = std::string("020");
      r.reason = "'called on' someone to act: an appeal";
      return r;
    }
    if (!person || one_of(low(h + 1), {"for", "off", "in"})) {
      r.coded = false;
      r.reason = "'called' with no person called: not a telephone call";
      return r;
    }
  }
  // "called on the Prime Minister" (no "to" + verb after): a courtesy call, not an appeal.
  if (vp.pattern.starts_with("{call} on") && !obj.empty() &&
      (mentions[obj.front()].kind == MentionKind::kPerson ||
       mentions[obj.front()].kind == MentionKind::kOffice)) {
    uint32_t after = mentions[obj.back()].last;
    bool appeal = false;
    for (uint32_t k = after; k < last && k < after + 3; ++k) appeal |= a.low(k) == "to";
    if (!appeal) {
      r.cameo = std::string(future ? "036" : "042");
      r.reason = "'called on' a person: a courtesy call";
      return r;
    }
  }
  r.reason = future && r.cameo == "036" ? "a meeting announced for the future: intent (036)" : "";
  return r;
}

}  // namespace parley::coder
