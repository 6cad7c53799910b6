// lexicon/dictionary_file.h — reading parley's line-oriented dictionary format.
//
//   KEY FIELD: value | value        # comment
//   KEY FIELD ARG: value | value
//
// (data/README.md is the full description.) Parsing is separate from meaning: this file only
// turns text into Entries and reports malformed lines as Diagnostics naming file and line; the
// Lexicon decides what each FIELD means.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley::lexicon {

struct Entry {
  std::string key, field, arg;
  std::vector<std::string> values;
  std::string where;  // "file:line"
};

// Parses `text` (named `name` in diagnostics). Malformed lines are skipped and reported.
std::vector<Entry> parse_dictionary(std::string_view text, const std::string& name,
                                    std::vector<Diagnostic>& diagnostics);

}  // namespace parley::lexicon
