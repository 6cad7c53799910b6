// cli/explain_main.cc — `parley explain`: why each sentence was, or was not, coded.
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "parley/coder.h"
#include "parley/reader.h"

namespace parley::cli {
namespace {

constexpr const char* kHelp = R"(usage: parley explain FILE [--sentence N] [--dict DIR]...

For each sentence of FILE (each document, for JSON Lines): the actor phrases found and whom
they stand for, the verb patterns matched, and each decision: coded, or not coded and why.
  --sentence N   only sentence N (0-based, as in the "sentence" field of the JSON output)
)";

void print(const Explanation& ex, int only) {
  const auto& c = ex.coded;
  std::cout << "document " << c.doc << "\n";
  std::cout << "  dateline: " << (c.dateline.date.empty() ? "(none)" : c.dateline.date)
            << (c.dateline.place.empty() ? "" : ", " + c.dateline.place) << "  ["
            << ex.dateline_reason << "]\n";
  std::cout << "  home entity (for 'the Ministry', 'I', unaffiliated officials): "
            << (ex.home_entity.empty() ? "(none)" : ex.home_entity)
            << (ex.home_reason.empty() ? "" : "  [" + ex.home_reason + "]") << "\n";
  for (const auto& s : ex.sentences) {
    if (only >= 0 && s.index != only) continue;
    if (only < 0 && s.actors.empty() && s.verbs.empty()) continue;
    std::cout << "\n[" << s.index << "] " << s.text << "\n";
    for (const auto& a : s.actors) std::cout << "    actor  " << a << "\n";
    for (const auto& v : s.verbs) std::cout << "    verb   " << v << "\n";
    for (const auto& d : s.decisions) std::cout << "    => " << d << "\n";
    if (s.verbs.empty()) std::cout << "    => no verb pattern: nothing to code\n";
  }
  if (!ex.meeting_decisions.empty()) std::cout << "\nmeetings:\n";
  for (const auto& m : ex.meeting_decisions) std::cout << "    " << m << "\n";
  for (const auto& m : c.meetings) {
    std::cout << "  => meeting" << (m.name.empty() ? "" : " '" + m.name + "'") << " " << m.date
              << " " << m.kind << ":";
    for (const auto& p : m.parties) std::cout << " " << p;
    for (const auto& p : m.participants)
      std::cout << "\n       " << p.name << " (" << p.affiliation << ") " << p.title;
    std::cout << "\n";
  }
  std::cout << "\n"
            << c.events.size() << " events and " << c.meetings.size() << " meetings coded\n\n";
}

}  // namespace

int explain_main(int argc, char** argv) {
  Args args(argc, argv, 2, {"--sentence", "--dict"});
  if (!args.error().empty() || args.positional().empty()) {
    std::cerr << "parley explain: " << (args.error().empty() ? "give a file" : args.error()) << "\n"
              << kHelp;
    return 2;
  }
  if (args.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  int only = args.has("--sentence") ? std::atoi(args.get("--sentence").c_str()) : -1;
  auto lex = load_lexicon(args.all("--dict"));
  if (!lex) return 2;
  Coder coder(lex);
  ReadStats stats = read_inputs(
      args.positional(), [&](Document&& doc) { print(coder.explain(doc), only); },
      [&](const Diagnostic& d) { std::cerr << "parley: " << d.to_string() << "\n"; });
  return stats.errors ? 1 : 0;
}

}  // namespace parley::cli
