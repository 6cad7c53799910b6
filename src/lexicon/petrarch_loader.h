// lexicon/petrarch_loader.h — reading PETRARCH's dictionaries (PETR-1, PETR-2 and the Phoenix
// set) as parley Entries.
//
// PETRARCH keeps its dictionaries in one folder (petrarch2/data/dictionaries): a verb file in
// PETR-2 format (CAMEO.2.0.txt: "--- MEET [040] ---" blocks of synonymous verbs, &SYNSETS,
// patterns such as "- * (WITH $) [040]") or PETR-1 format (CAMEO.verbpatterns.*.txt,
// PETR.Validate.verbs.txt: TABARI-like linear patterns), actor files in TABARI's format with
// dated codes ("[AFGGOV 331108-730717]"), an agents file, a discard list and the issue list.
// The translation is tabari_loader.h's; this file adds the folder, the discard list, the issues
// and PETR-2's internal code table.
//
// Files read from `folder` (any that are present; no recursion):
//   production: CAMEO.2.0.txt, CAMEO.verbpatterns*.txt, Phoenix.*.actors.txt,
//               Phoenix.agents.txt, Phoenix.discards.txt, Phoenix.IssueCoding.txt
//   validation: PETR.Validate.actors.txt, PETR.Validate.agents.txt,
//               PETR.Validate.verbs*.txt, PETR.Validate.discards.txt (Middle-earth test set)
//   both:       PETR.Internal.Coding.Ontology.txt (PETR-2 hex codes such as 0x2040 to CAMEO)
// Phoenix.prepositions.txt is parser data and is only counted. The production and validation
// sets are different dictionaries that happen to share a folder: pick one with `files` unless a
// mixture is what is wanted.
//
// Issues become `ISSUE_ID topic: Display | phrase | ...` with PETRARCH's expansions applied
// ("n:treaty" → treaty, treaties; "v:purge" → purge, purges, purged, purging; "al+zarqawi" →
// "al zarqawi", "al-zarqawi"); exclusion phrases ("~", "~~") have no parley equivalent and are
// reported. Discards become `DISCARD block:` (sentence level) or `DISCARD_STORY block:` ("+",
// story level): note that parley's `block` only hides actor phrases, while PETRARCH skips the
// sentence or story; an integrator who wants PETRARCH's behaviour must give these keys meaning.
#pragma once

#include <string>

#include "lexicon/tabari_loader.h"

namespace parley::lexicon {

enum class PetrarchFiles {
  kAll,         // every known file in the folder
  kProduction,  // CAMEO.* and Phoenix.* (what PETR_config.ini names by default)
  kValidation,  // PETR.Validate.* (the unit-test dictionaries)
};

// Reads the known PETRARCH dictionary files in `folder`. Fails when `folder` is no folder or
// holds none of them; a file that cannot be read is a warning.
Result<ForeignDictionary> load_petrarch(const std::string& folder,
                                        PetrarchFiles files = PetrarchFiles::kAll);

}  // namespace parley::lexicon
