// cli/validate_main.cc — `parley validate`: run another coder's validation suite.
#include <algorithm>
#include <iostream>
#include <set>

#include "cli/args.h"
#include "cli/commands.h"
#include "parley/coder.h"
#include "parley/validation.h"

namespace parley::cli {
namespace {

constexpr const char* kHelp = R"(usage: parley validate FILE [--dict D]... [--min-pass N] [--quiet]

Codes each record of a validation suite — PETRARCH XML records (PETR.UnitTest.records.xml,
PETR2_GSR_validation.xml) or TABARI's Validate.text — from its raw text, with the dictionaries
the suite names (and any --dict), compares the events with the expected codings, prints each
failure with what was expected, what was coded and why, and ends with "N passed, M failed".
  --min-pass N   exit 1 when fewer than N records pass (for tracking a pass rate in tests)
  --quiet        print only the closing line
)";

std::string iso_date(const std::string& d) {
  if (d.size() == 8) return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  if (d.size() == 6) {
    int yy = std::atoi(d.substr(0, 2).c_str());
    return std::string(yy > 30 ? "19" : "20") + d.substr(0, 2) + "-" + d.substr(2, 2) + "-" +
           d.substr(4, 2);
  }
  return "";
}

std::string show(const std::set<std::string>& events) {
  if (events.empty()) return "(no event)";
  std::string out;
  for (const auto& e : events) out += (out.empty() ? "" : ", ") + e;
  return out;
}

}  // namespace

int validate_main(int argc, char** argv) {
  Args args(argc, argv, 2, {"--dict", "--min-pass"});
  if (args.has("--help") || args.positional().size() != 1 || !args.error().empty()) {
    std::cerr << kHelp;
    return args.has("--help") ? 0 : 2;
  }
  auto suite = read_validation_suite(args.positional()[0]);
  if (!suite.ok()) {
    std::cerr << "parley validate: " << suite.message() << "\n";
    return 2;
  }
  for (const auto& w : suite->warnings) std::cerr << "parley: warning: " << w.to_string() << "\n";
  LexiconOptions options;
  options.builtin = false;  // the suite's own dictionaries (parley's language data stays)
  options.dictionary_dirs = suite->dictionaries;
  for (const auto& d : args.all("--dict")) options.dictionary_dirs.push_back(d);
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  if (!lex.ok()) {
    std::cerr << "parley validate: " << lex.message() << "\n";
    return 2;
  }
  if (!warnings.empty())
    std::cerr << "parley: " << warnings.size()
              << " dictionary warnings (see `parley dict check` with the same dictionaries)\n";
  CoderOptions coder_options;  // TABARI's option records change it from their record on
  // TABARI codes no sentence shorter than eight words unless told otherwise (SET: MINIMUM WORDS).
  for (const auto& d : suite->dictionaries)
    if (d.starts_with("tabari:")) coder_options.min_words = 8;
  const bool quiet = args.has("--quiet");
  int passed = 0, failed = 0;
  for (const auto& r : suite->records) {
    for (const auto& o : r.options)
      if (!apply_tabari_option(o, coder_options) && !quiet)
        std::cout << "note: " << r.id << ": option '" << o << "' is not one parley applies\n";
    Coder coder(lex.value(), coder_options);
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    doc.date = iso_date(r.date);
    Explanation ex = coder.explain(doc);
    std::set<std::string> want, got;
    for (const auto& e : r.expected) want.insert(e.source + " " + e.target + " " + e.code);
    for (const auto& e : ex.coded.events)
      got.insert(e.source.code + " " + (e.target ? e.target->code : "---") + " " + e.cameo);
    if (want == got) {
      ++passed;
      continue;
    }
    ++failed;
    if (quiet) continue;
    std::cout << "FAIL " << r.id << " (line " << r.line << "): " << r.text << "\n"
              << "  expected: " << show(want) << "\n  coded:    " << show(got) << "\n";
    for (const auto& s : ex.sentences)
      for (const auto& d : s.decisions) std::cout << "    => " << d << "\n";
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  if (args.has("--min-pass") && passed < std::atoi(args.get("--min-pass").c_str())) return 1;
  return 0;
}

}  // namespace parley::cli
