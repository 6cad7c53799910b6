// cli/main.cc — `parley`: dispatches to the subcommands.
#include <cstring>
#include <iostream>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    R"(parley — codes diplomatic press releases and news into CAMEO events

usage:
  parley code    [--format json|tsv|table] [--db FILE] [-j N] [--dict DIR]... FILE... | -
  parley explain FILE [--sentence N] [--dict DIR]...
  parley dict    check [DIR]... | compare A B [--format text|tsv] [--limit N]
  parley validate FILE [--dict D]... [--min-pass N]

  code      reads .txt/.md files, folders (recursively) and JSON Lines (.jsonl, or - for
            standard input: one {"id","text","date"?,"title"?,"source"?,"dateline"?} a
            line) and prints one coded document per input document; --db also stores them
            in a SQLite file
  explain   shows, sentence by sentence, the actors and verb phrases found and why each event
            was or was not coded
  dict      checks dictionaries and reports every malformed line; `compare` reports how much
            of one set of dictionaries (builtin, DIR, petrarch:DIR, tabari:FILE) another covers
  validate  runs a PETRARCH or TABARI validation suite and ends with "N passed, M failed"

Run `parley COMMAND --help` for the options of a command.
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  std::string cmd = argv[1];
  if (cmd == "--version") {
    std::cout << "parley 0.1.0\n";
    return 0;
  }
  if (cmd == "code") return parley::cli::code_main(argc, argv);
  if (cmd == "explain") return parley::cli::explain_main(argc, argv);
  if (cmd == "dict") return parley::cli::dict_main(argc, argv);
  if (cmd == "validate") return parley::cli::validate_main(argc, argv);
  std::cerr << "parley: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}
