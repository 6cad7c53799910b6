// cli/commands.h — the subcommands of `parley`, each a thin front-end over the library.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/lexicon.h"

namespace parley::cli {

int code_main(int argc, char** argv);      // parley code ...
int explain_main(int argc, char** argv);   // parley explain ...
int dict_main(int argc, char** argv);      // parley dict ...
int validate_main(int argc, char** argv);  // parley validate ...

// Loads parley's dictionaries plus `dirs`, printing warnings (at most `max_warnings`, then a
// count) to stderr. Returns null after printing the error.
std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& dirs,
                                            size_t max_warnings = 20);

}  // namespace parley::cli
