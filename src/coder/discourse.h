// coder/discourse.h — who a mention stands for, given what the document has said so far.
//
// A mention names an actor outright ("Japan", "Foreign Minister Kishida") or through the
// document: "he" is the person just named, "they" the parties of the last meeting, "the
// country" the state named last, "the Ministry" the issuer's, "the Federal Government" the one
// government the text names, "we" every signatory of a joint statement. `Discourse` is that
// memory, kept by the coder sentence by sentence; `resolve` reads it. Private people (a
// company, bankers, a former official) are nobody's state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/mentions.h"
#include "parley/coded.h"
#include "parley/lexicon.h"

namespace parley::coder {

// Document-level memory used to resolve groups and pronouns.
struct Discourse {
  std::vector<Actor> last_subjects;               // the previous sentence's subject(s)
  std::vector<Actor> meeting_parties;             // the sides of the latest meeting
  std::vector<Actor> sentence_subjects;           // the current sentence's first subject(s)
  const std::vector<Mention>* current = nullptr;  // the mentions of the sentence being read
  std::vector<Actor> last_objects;                // the targets of the previous sentence's events
  std::optional<Actor> last_person;               // the previous sentence's last person named
                                                  // outside a prepositional phrase (", X said")
  std::string date;                               // the document's date, for dated actor codes
  std::string home;                               // the document's own state or organisation
  bool home_is_issuer = false;       // the home came from the page's issuer, not from a dateline
  std::vector<std::string> issuers;  // the signatories of a joint statement, when no home
  std::vector<std::string> by_frequency;  // states mentioned, most often first
  const Registry* registry = nullptr;     // the people of the document
  bool convert_agents = false;            // CoderOptions::convert_agents
  bool private_lead = false;  // the sentence opens with private people: its pronouns are theirs
  std::optional<Actor> last_state;  // the state named last in the sentences before
  std::string dateline_state;       // the state of a dateline given apart from the text
  std::string own_government;       // the one state whose government or ministry acts in the text
};

// An actor code with an agent's role: after it ("ARN" + "MIL"), or before it when the role is
// written so ("NGO~": "NGOARN", PETRARCH's and TABARI's prefix agents).
std::string with_role(const std::string& code, const std::string& role);

// The actor a mention names by itself, on the document's `date` (dated codes, "Moscow" in 1987).
Actor actor_of(const Mention& m, const Lexicon& lex, const std::string& date);

// Private people, who act for themselves and not for their state.
bool private_people(const Analysis& a, const Mention& m, const Lexicon& lex);

// The actors a mention stands for, after groups, pronouns and the home entity are resolved.
// `counterpart` is the other side of the act (a bare official is not it); `fallback` lets a
// bare official of the subject be the document's own.
std::vector<Actor> resolve(const Mention& m, const Lexicon& lex, const Discourse& d,
                           const std::string& counterpart, bool fallback = true);

}  // namespace parley::coder
