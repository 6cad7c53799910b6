// coder/mentions.h — who a sentence names: actor phrases, people learned from the text, groups.
//
// An actor phrase is read from the dictionary matches of a sentence and the shape around them:
//
//   [the] [honorifics] [Adjective|Country's] Title [and Title]... [of|for [the] Entity] [, ] Name
//   [honorifics] Name [, Title [of Entity]] [of Entity]
//   Entity (a state, capital or organisation by name)
//
// so "Assistant Secretary-General for Political Affairs, Mr. Miroslav Jenca" is a UN person
// and "Cambodian Foreign Minister Prak Sokhonn" a KHM one, with no dictionary entry for either.
// Whom a phrase represents is, in order: the entity after "of" ("Minister for Foreign Affairs
// of Japan"), the adjective or name before the title ("U.S. Secretary of State"), the title's
// default ("Secretary-General" -> UN), a person of the same name met earlier in the document.
//
// People introduced this way go into a Registry, so later mentions resolve: "Mr. Kishida",
// "Kishida", "Minister Kishida", "H.E. Senior Minister", "the Secretary-General".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "coder/analysis.h"

namespace parley::coder {

enum class MentionKind : uint8_t {
  kEntity,  // a state or organisation named as such
  kPerson,  // a named person (with or without a title)
  kOffice,  // a title or body without a name: "the Secretary-General", "the Ministry"
  kGroup,   // "both sides", "the two countries", "the Ministers", "Participants", "they"
  kSelf,    // "I", "we": the author of the document
};

struct Mention {
  uint32_t first = 0, last = 0;  // token range
  MentionKind kind = MentionKind::kEntity;
  std::string entity;             // resolved key, or empty
  std::vector<std::string> also;  // more entities: "the Foreign Ministers of Austria and Turkey"
  std::string role;               // GOV, MIL, IGO ... or empty for a plain state/organisation
  std::string name;               // person's name
  std::string title;              // title as written
  std::string text;               // the phrase as written
  bool in_prep = false;           // inside a prepositional phrase: never a subject
  std::string prep;               // that phrase's preposition ("of", "with", "by")
  bool capital = false;           // a capital standing for its state ("Beijing said")
  bool possessive = false;        // followed by 's
  bool singular_pronoun = false;  // he / she
  bool act_owner = false;         // an adjective before an act: "the Canadian initiative"
  std::string why;                // how the entity was decided, for explain
};

// Roles of private people: business, labour, the press, schools, health, farming,
// civilians, non-governmental groups, refugees and criminals. They act for themselves, not
// for the state they belong to ("Malaysian miners", "Japanese investors").
inline bool private_role(std::string_view role) {
  for (std::string_view r :
       {"BUS", "LAB", "MED", "EDU", "HLH", "AGR", "CVL", "NGO", "HRI", "ENV", "REF", "CRM"})
    if (role == r) return true;
  return false;
}

struct Person {
  std::string name, title, entity, role;
};

// People met so far in a document. Lookups are by full name, surname, or title words.
class Registry {
 public:
  void add(const Person& p);
  const Person* by_name(std::string_view name) const;
  // The most recently added person whose title holds every word of `title` (and, when
  // `entity` is given, who represents it).
  const Person* by_title(std::string_view title, std::string_view entity = {}) const;
  const std::vector<Person>& people() const { return people_; }
  // The date office holders must have been in office on (ISO; empty: any).
  void set_date(std::string date) { date_ = std::move(date); }
  const std::string& date() const { return date_; }
  // Changes whenever a person is added or learns an entity, title or role.
  size_t version() const { return version_; }
  // People named in full whom the text does not place ("Ombudsman Raul Gonzalez ... Gonzalez
  // said"): their surname, alone, is theirs and not a known office holder's.
  void add_unplaced(std::string_view full_name);
  bool unplaced(std::string_view surname) const;

 private:
  size_t version_ = 0;
  std::string date_;
  std::vector<Person> people_;
  std::map<std::string, size_t, std::less<>> names_;  // lower-case full name and surname
  std::vector<std::string> unplaced_;                 // lower-case surnames
};

// Reads the mentions of sentence `s`; people with a title or affiliation are added to `registry`.
std::vector<Mention> find_mentions(const Analysis& a, size_t s, const Lexicon& lex,
                                   Registry& registry);

}  // namespace parley::coder
