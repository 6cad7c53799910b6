// parley/coded.h — what a coded document is: the plain data behind the output contract.
//
// These types mirror section 3 of DESIGN.md field for field; the JSON, TSV and SQLite writers
// only format them. Empty strings stand for JSON null.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace parley {

struct Actor {
  std::string entity;  // evaluation key: ISO 3166-1 alpha-3 or organisation acronym
  std::string code;    // CAMEO-style actor code: country + role (KHMGOV) or IGO code (IGOUNO)
  std::string name;    // a person's name when the actor is a person, else the phrase
  std::string title;   // a person's title, when known
};

struct Location {
  std::string place;
  std::string country;
  std::optional<double> lat, lon;
};

struct Event {
  std::string date;  // ISO 8601, YYYY-MM when only the month is known, empty when unknown
  Actor source;
  std::optional<Actor> target;  // none when the target is not a nameable actor
  std::string cameo;            // most specific code, e.g. "0211"
  std::string root;             // first two digits
  int quad = 0;                 // 1..4, ICEWS quad classes
  double goldstein = 0;
  std::string plover;               // PLOVER event type, empty when CAMEO2PLOVER drops the code
  std::vector<std::string> topics;  // topics its sentence names
  std::optional<Location> location;
  int sentence = 0;       // 0-based index of the sentence in the document
  size_t span_begin = 0;  // byte range of the sentence in Document::text
  size_t span_end = 0;
  std::string text;  // the sentence, whitespace collapsed
};

struct Participant {
  std::string name, title, affiliation;
};

struct Meeting {
  std::string name, date, kind;  // kind: bilateral | multilateral | call | visit
  std::optional<Location> location;
  std::vector<std::string> parties;
  std::vector<Participant> participants;
};

struct Dateline {
  std::string date;   // ISO date or empty
  std::string place;  // as written, or empty
};

struct CodedDocument {
  std::string doc;
  std::string title;
  Dateline dateline;
  std::vector<Event> events;
  std::vector<Meeting> meetings;
  std::vector<std::string> topics;
};

}  // namespace parley
