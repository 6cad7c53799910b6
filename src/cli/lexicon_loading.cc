// cli/lexicon_loading.cc — loading dictionaries for a command and reporting what went wrong.
#include <iostream>

#include "cli/commands.h"

namespace parley::cli {

std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& dirs,
                                            size_t max_warnings) {
  LexiconOptions options;
  options.dictionary_dirs = dirs;
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  for (size_t i = 0; i < warnings.size() && i < max_warnings; ++i)
    std::cerr << "parley: warning: " << warnings[i].to_string() << "\n";
  if (warnings.size() > max_warnings)
    std::cerr << "parley: " << warnings.size() - max_warnings
              << " more dictionary warnings (see `parley dict check`)\n";
  if (!lex.ok()) {
    std::cerr << "parley: " << lex.message() << "\n";
    return nullptr;
  }
  return lex.value();
}

}  // namespace parley::cli
