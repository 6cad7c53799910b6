// coder/discourse.cc — who a mention stands for; see discourse.h.
#include "coder/discourse.h"

#include "coder/word_classes.h"

#include <algorithm>

#include "text/ascii.h"

namespace parley::coder {

using text::one_of;

// Private people, who act for themselves and not for their state: a private role of a state
// ("Malaysian miners", "U.S. banks"), a company named as a person ("Rice Export Corp of
// Pakistan"), or a former official ("a former U.S. official").
bool private_people(const Analysis& a, const Mention& m, const Lexicon& lex) {
  const Entity* e = lex.entity(m.entity);
  if (!e || e->kind != EntityKind::kState) return false;
  if (private_role(m.role)) return true;
  if (m.first > 0 && one_of(a.low(m.first - 1), {"former", "ex"})) return true;
  if (m.kind == MentionKind::kPerson && m.title.empty()) {
    std::string_view name = m.name;
    size_t space = name.rfind(' ');
    std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
    // ... or a body of private people named like one ("Zimbabwe National Chamber").
    return company_word(last) ||
           one_of(last, {"Company", "Group", "Association", "Chamber", "Federation"});
  }
  return false;
}

// An actor code with an agent's role: after it ("ARN" + "MIL"), or before it when the role is
// written so ("NGO~": "NGOARN", PETRARCH's and TABARI's prefix agents).
std::string with_role(const std::string& code, const std::string& role) {
  if (role.empty() || role == "IGO") return code;
  if (role.back() == '~') return role.substr(0, role.size() - 1) + code;
  return code + role;
}

Actor actor_of(const Mention& m, const Lexicon& lex, const std::string& date) {
  Actor a;
  a.entity = m.entity;
  a.name = m.kind == MentionKind::kPerson ? m.name : m.text;
  a.title = m.title;
  const Entity* e = lex.entity(m.entity);
  // Moscow in 1987 is the Soviet Union's capital.
  if (e && e->kind == EntityKind::kState && !e->was.empty()) {
    a.entity = e->key_on(date);
    if (a.entity != e->key) e = lex.entity(a.entity);
  }
  if (e) {
    if (e->kind == EntityKind::kState && e->dated.empty()) {
      a.code = with_role(e->code, m.role);
    } else {
      a.code = e->code_on(date);
      // Another coder's actors take the agent's role as those coders do ("ARN" + "MIL").
      if (e->kind != EntityKind::kState && !m.role.empty() && m.role != "IGO" && a.code.size() == 3)
        a.code = with_role(a.code, m.role);
      // An actor from another coder's dictionary ("JOHN_KERRY", coded USAGOV) stands for the
      // state its code begins with.
      const Entity* state = a.code.size() >= 3 ? lex.entity(a.code.substr(0, 3)) : nullptr;
      if (e->kind != EntityKind::kState && state && state->kind == EntityKind::kState &&
          state->key != e->key)
        a.entity = state->key;
    }
  }
  return a;
}

// The actors a mention stands for, after groups, pronouns and the home entity are resolved.
std::vector<Actor> resolve(const Mention& m, const Lexicon& lex, const Discourse& d,
                           const std::string& counterpart, bool fallback) {
  std::vector<Actor> out;
  if (d.convert_agents && m.entity.empty() && !m.role.empty() &&
      m.kind != MentionKind::kPerson) {  // TABARI's CONVERT AGENT: "guerrillas" is ~REB
    Actor a;
    a.entity = a.code = "~" + m.role;
    a.name = m.text;
    out.push_back(std::move(a));
    return out;
  }
  if (m.kind == MentionKind::kGroup) {
    // "U.S. banks ..., but they also expressed confidence": the private people's own.
    if (d.private_lead && (m.singular_pronoun || one_of(m.text, {"they", "They"}))) return out;
    if (m.singular_pronoun) {
      // "he"/"she": the one subject of this sentence so far, else of the previous one, if that
      // is a person (a title or a name of one), never a state or an organisation.
      const auto& from = d.sentence_subjects.size() == 1 ? d.sentence_subjects : d.last_subjects;
      // "Minister Kishida ... explained that he encouraged Ukraine": a person named before it
      // in the same sentence comes first.
      const Mention* before = nullptr;
      if (d.current)
        for (const auto& o : *d.current)
          if (o.last <= m.first && !o.in_prep && !o.entity.empty() && !o.title.empty() &&
              (o.kind == MentionKind::kPerson ||
               (o.kind == MentionKind::kOffice && !o.title.ends_with("s"))) &&
              (o.role == "GOV" || o.role == "IGO" || o.role == "MIL"))
            before = &o;
      if (before)
        out.push_back(actor_of(*before, lex, d.date));
      else if (from.size() == 1 && !from.front().title.empty())
        out.push_back(from.front());
      else if (d.sentence_subjects.empty() && d.last_person)
        out.push_back(*d.last_person);  // "..., US Secretary of State John Kerry said. He sent"
      return out;
    }
    // "urged Zimbabweans to ... He also urged them to ...": those acted on before.
    if (m.text == "them") return d.last_objects;
    // "concerned about Brazil's economy and urged the country to ...": the state named last.
    if (m.text == "the country" || m.text == "The country") {
      const Mention* named = nullptr;
      if (d.current)
        for (const auto& o : *d.current)
          if (o.last <= m.first && !o.entity.empty() && lex.entity(o.entity) &&
              lex.entity(o.entity)->kind == EntityKind::kState)
            named = &o;
      if (named)
        out.push_back(actor_of(*named, lex, d.date));
      else if (d.last_state)
        out.push_back(*d.last_state);
      return out;
    }
    bool they = one_of(m.text, {"they", "They"});
    // "Greece and Turkey's allies called on both countries": two named just before, in this
    // sentence, are the pair.
    if (!they && d.current) {
      std::vector<Actor> named;
      for (const auto& o : *d.current)
        if (o.last <= m.first && o.kind == MentionKind::kEntity && !o.entity.empty()) {
          const Entity* e = lex.entity(o.entity);
          if (e && e->kind == EntityKind::kState &&
              std::none_of(named.begin(), named.end(),
                           [&](const Actor& x) { return x.entity == o.entity; }))
            named.push_back(actor_of(o, lex, d.date));
        }
      if (named.size() == 2) return named;
    }
    const auto& first = they && d.last_subjects.size() >= 2 ? d.last_subjects : d.meeting_parties;
    const auto& second = &first == &d.meeting_parties ? d.last_subjects : d.meeting_parties;
    out = !first.empty() ? first : second;
    return out;
  }
  // A bare title in a release ("The Prime Minister and the Taoiseach discussed ...") is the
  // issuer's own holder of it, not the last foreign holder named: the one the text named, or,
  // as the acting subject of a release whose issuer is known ("The President expressed ..." in
  // a White House readout), the issuer's office itself.
  if (m.why.starts_with("the title of a person met earlier") && !d.home.empty() &&
      m.entity != d.home && !m.in_prep) {
    Mention own = m;
    if (const Person* p = d.registry ? d.registry->by_title(m.title, d.home) : nullptr) {
      own.name = p->name;
      own.entity = p->entity;
      return resolve(own, lex, d, counterpart, fallback);
    }
    const Entity* home = lex.entity(d.home);
    if (fallback && d.home_is_issuer && home && home->kind == EntityKind::kState &&
        (m.text.starts_with("The ") || m.text.starts_with("the "))) {
      own.kind = MentionKind::kOffice;
      own.name.clear();
      own.entity = d.home;
      own.role = "GOV";
      own.why = "a bare title in the issuer's release";
      return resolve(own, lex, d, counterpart, fallback);
    }
  }
  Actor a = actor_of(m, lex, d.date);
  if (const Entity* e = lex.entity(m.entity))
    for (const auto& code : e->also) {  // an actor that stands for several ("The Shire")
      Actor b = a;
      b.entity = code;
      b.code = with_role(code, m.role);
      out.push_back(std::move(b));
    }
  for (const auto& more : m.also) {  // "the Foreign Ministers of Austria and Turkey"
    Actor b = a;
    b.entity = more;
    // As actor_of: a state, or another coder's actor of a bare three-letter code, takes the role.
    if (const Entity* e = lex.entity(more))
      b.code = e->kind == EntityKind::kState || e->code.size() == 3 ? with_role(e->code, m.role)
                                                                    : e->code;
    out.push_back(std::move(b));
  }
  if (a.entity.empty()) {
    if (m.kind == MentionKind::kSelf) {
      a.entity = d.home;
      if (a.entity.empty()) {
        // "We" in a joint statement: every signatory.
        for (const auto& issuer : d.issuers) {
          Actor b;
          b.entity = issuer;
          if (const Entity* e = lex.entity(issuer)) b.code = e->code;
          out.push_back(std::move(b));
        }
        return out;
      }
    } else if (fallback && (m.kind == MentionKind::kOffice || m.kind == MentionKind::kPerson)) {
      // An official with no stated affiliation: the document's own side when its dateline
      // says which; otherwise nobody (a guess from the most-mentioned state is more often the
      // topic or the accused than the speaker).
      if (!m.role.empty() && m.role != "GOV" && m.role != "MIL" && m.role != "IGO") return out;
      // A name with no title is no official ("The BAPS Hindu temple ... expressed").
      if (m.title.empty() && m.role.empty()) return out;
      if (!d.home.empty() && d.home != counterpart) a.entity = d.home;
      // "The Federal Government commends ..." in a release that elsewhere names "the Federal
      // Government of Nigeria" and no other state's government.
      if (d.home.empty() && m.kind == MentionKind::kOffice && government_title(m.title) &&
          d.own_government != counterpart)
        a.entity = d.own_government;
    }
    // "urged Congress to ...", "criticised the court": a legislature, court or police named
    // without a state is the document's own state's (an appeal by its own government is then
    // domestic, and no event).
    if (a.entity.empty() && !fallback && m.kind == MentionKind::kOffice &&
        one_of(m.role, {"LEG", "JUD", "COP"}))
      a.entity = !d.home.empty() ? d.home : d.dateline_state;
    if (a.entity.empty()) return out;
    if (const Entity* e = lex.entity(a.entity))
      a.code = e->kind == EntityKind::kState ? with_role(e->code, m.role) : e->code;
  }
  out.push_back(std::move(a));
  return out;
}

}  // namespace parley::coder
