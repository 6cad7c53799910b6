// cli/dict_main.cc — `parley dict check`: load dictionaries and report every problem.
#include <iostream>
#include <map>

#include "cli/args.h"
#include "cli/commands.h"
#include "lexicon/matcher.h"

namespace parley::cli {

int dict_main(int argc, char** argv) {
  Args args(argc, argv, 2, {});
  const auto& pos = args.positional();
  if (pos.empty() || pos[0] != "check") {
    std::cerr << "usage: parley dict check [DIR]...\n"
                 "  loads parley's own dictionaries and those in each DIR, prints every\n"
                 "  malformed line as file:line, and the number of entries of each kind\n";
    return 2;
  }
  LexiconOptions options;
  options.dictionary_dirs.assign(pos.begin() + 1, pos.end());
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  for (const auto& w : warnings) std::cout << w.to_string() << "\n";
  if (!lex.ok()) {
    std::cerr << "parley dict: " << lex.message() << "\n";
    return 1;
  }
  const Lexicon& l = *lex.value();
  long states = 0, orgs = 0;
  for (const auto& e : l.entities()) (e.kind == EntityKind::kState ? states : orgs)++;
  std::map<std::string, int> roots;
  for (const auto& v : l.verbs()) roots[v.cameo.substr(0, 2)]++;
  std::cout << states << " states, " << orgs << " organisations, " << l.titles().size()
            << " titles, " << l.verbs().size() << " verb patterns in " << roots.size()
            << " CAMEO roots; " << l.matcher().phrase_count() << " phrases compiled into "
            << l.matcher().node_count() << " trie nodes\n";
  std::cout << warnings.size() << " problems\n";
  return warnings.empty() ? 0 : 1;
}

}  // namespace parley::cli
