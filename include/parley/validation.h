// parley/validation.h — the established coders' validation suites as data.
//
// Two formats are read:
//   - PETRARCH XML records (PETR.UnitTest.records.xml, PETR2_GSR_validation.xml): an
//     <Environment> naming the dictionaries, then <Sentence date id> records, each with
//     <EventCoding sourcecode targetcode eventcode/> (or noevents="True") and the raw <Text>;
//   - TABARI's Validate.text: "YYMMDD ID" lines, the text, then a /* comment */ holding the
//     expected events as "{ SOURCE / TARGET / CODE }".
// Only the raw text is coded; the parse trees the PETRARCH records carry are ignored.
#pragma once

#include <string>
#include <vector>

#include "parley/status.h"

namespace parley {

struct ExpectedEvent {
  std::string source, target, code;
};

struct ValidationRecord {
  std::string id, date;  // date as written: YYYYMMDD or YYMMDD
  std::string text;
  std::vector<ExpectedEvent> expected;  // empty: no event expected
  int line = 0;                         // where the record starts
  // TABARI's "{ OPTION: ... }" lines, to apply before coding this record and those after it.
  std::vector<std::string> options;
};

struct ValidationSuite {
  std::vector<ValidationRecord> records;
  // The dictionaries the suite names, as --dict specs: "petrarch-validate:DIR" or
  // "tabari:FILE.project" (found beside the suite or in the usual neighbouring folders).
  std::vector<std::string> dictionaries;
  std::vector<Diagnostic> warnings;
};

// Reads a suite; the format is told by the file's content.
Result<ValidationSuite> read_validation_suite(const std::string& path);

}  // namespace parley
