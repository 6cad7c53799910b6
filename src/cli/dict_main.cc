// cli/dict_main.cc — `parley dict check`: load dictionaries and report every problem;
// `parley dict compare A B`: how much of each set of dictionaries the other covers.
#include <charconv>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <sstream>

#include "cli/args.h"
#include "cli/commands.h"
#include "lexicon/compare.h"
#include "lexicon/matcher.h"

namespace parley::cli {
namespace {

constexpr const char* kHelp = R"(usage: parley dict check [DIR]...
       parley dict compare A B [--format text|tsv] [--gaps] [--limit N]

check     loads parley's own dictionaries and those in each DIR (as --dict takes them),
          prints every malformed line as file:line, and the number of entries of each kind
compare   loads A and B on their own and reports, each way, how many of one's actor phrases,
          agent titles and verb patterns the other has and whether their codes agree, with
          samples of each gap. A and B are `builtin` (parley's own dictionaries) or what
          --dict takes: DIR (parley's format), petrarch:DIR, tabari:FILE.project
  --format tsv   the counts as a table (direction, kind, total, covered, ...)
  --gaps         with --format tsv: one row per gap instead (missing or differing phrase)
  --limit N      samples of each gap (default 20; 0 for all)
)";

int check(const std::vector<std::string>& dirs) {
  LexiconOptions options;
  options.dictionary_dirs = dirs;
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

// `builtin` alone, or one foreign/extra dictionary alone (parley's language data stays).
std::shared_ptr<const Lexicon> load_spec(const std::string& spec) {
  LexiconOptions options;
  options.builtin = spec == "builtin";
  if (!options.builtin) options.dictionary_dirs = {spec};
  std::vector<Diagnostic> warnings;
  auto lex = Lexicon::load(options, warnings);
  if (!lex.ok()) {
    std::cerr << "parley dict compare: " << lex.message() << "\n";
    return nullptr;
  }
  if (!warnings.empty())
    std::cerr << "parley dict compare: " << spec << ": " << warnings.size()
              << " dictionary warnings (see `parley dict check " << spec << "`)\n";
  return lex.value();
}

std::string percent(size_t part, size_t whole) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << (whole ? 100.0 * part / whole : 0.0) << "%";
  return out.str();
}

void print_samples(const char* title, const std::vector<lexicon::CoverageSample>& samples,
                   size_t of, bool with_other) {
  if (samples.empty()) return;
  std::cout << "    " << title << " (" << samples.size() << " of " << of << "):\n";
  for (const auto& s : samples) {
    std::cout << "      " << s.phrase << "  [" << s.codes;
    if (with_other) std::cout << " vs " << s.other;
    std::cout << "]";
    if (!s.where.empty()) std::cout << "  " << s.where;
    std::cout << "\n";
  }
}

void print_text(const lexicon::Coverage& c, const std::string& from, const std::string& to) {
  std::cout << "\nHow much of " << from << " " << to << " covers:\n";
  struct Row {
    const char* name;
    const lexicon::KindCoverage& k;
  } rows[] = {{"actors", c.actors}, {"agents", c.agents}, {"verbs", c.verbs}};
  for (const auto& [name, k] : rows) {
    std::cout << "  " << std::left << std::setw(7) << name << std::right << k.covered << " of "
              << k.total << " " << (std::string(name) == "verbs" ? "patterns" : "phrases")
              << " covered (" << percent(k.covered, k.total) << "); codes: " << k.same_code
              << " same, " << k.same_root << " same root, " << k.differ << " differ";
    if (std::string(name) == "verbs")
      std::cout << "; " << k.head_known << " (" << percent(k.head_known, k.total)
                << ") have a verb " << to << " uses";
    std::cout << "\n";
  }
  for (const auto& [name, k] : rows) {
    print_samples((std::string(name) + " missing from " + to).c_str(), k.missing,
                  k.total - k.covered, false);
    print_samples((std::string(name) + " coded differently").c_str(), k.differing, k.differ, true);
  }
}

int compare(const Args& args) {
  const auto& pos = args.positional();
  std::string format = args.get("--format", "text");
  std::string limit_text = args.get("--limit", "20");
  size_t limit = 0;
  auto [end, ec] = std::from_chars(limit_text.data(), limit_text.data() + limit_text.size(), limit);
  if (pos.size() != 3 || (format != "text" && format != "tsv") || ec != std::errc() ||
      end != limit_text.data() + limit_text.size()) {
    std::cerr << kHelp;
    return 2;
  }
  auto a = load_spec(pos[1]);
  auto b = a ? load_spec(pos[2]) : nullptr;
  if (!a || !b) return 1;
  size_t samples = limit == 0 ? std::numeric_limits<size_t>::max() : limit;
  lexicon::Comparison cmp = lexicon::compare_lexicons(*a, *b, samples);
  const std::string& na = pos[1];
  const std::string& nb = pos[2];
  if (format == "text") {
    std::cout << "A = " << na << "\nB = " << nb << "\n";
    print_text(cmp.a_in_b, "A", "B");
    print_text(cmp.b_in_a, "B", "A");
    return 0;
  }
  struct Row {
    const char* direction;
    const char* kind;
    const lexicon::KindCoverage& k;
  } rows[] = {{"a_in_b", "actors", cmp.a_in_b.actors}, {"a_in_b", "agents", cmp.a_in_b.agents},
              {"a_in_b", "verbs", cmp.a_in_b.verbs},   {"b_in_a", "actors", cmp.b_in_a.actors},
              {"b_in_a", "agents", cmp.b_in_a.agents}, {"b_in_a", "verbs", cmp.b_in_a.verbs}};
  if (args.has("--gaps")) {
    std::cout << "direction\tkind\tgap\tphrase\tcodes\tother_codes\twhere\n";
    for (const auto& [dir, kind, k] : rows) {
      for (const auto& s : k.missing)
        std::cout << dir << "\t" << kind << "\tmissing\t" << s.phrase << "\t" << s.codes << "\t\t"
                  << s.where << "\n";
      for (const auto& s : k.differing)
        std::cout << dir << "\t" << kind << "\tdiffer\t" << s.phrase << "\t" << s.codes << "\t"
                  << s.other << "\t" << s.where << "\n";
    }
    return 0;
  }
  std::cout << "direction\tkind\ttotal\tcovered\tsame_code\tsame_root\tdiffer\thead_known\n";
  for (const auto& [dir, kind, k] : rows)
    std::cout << dir << "\t" << kind << "\t" << k.total << "\t" << k.covered << "\t" << k.same_code
              << "\t" << k.same_root << "\t" << k.differ << "\t" << k.head_known << "\n";
  return 0;
}

}  // namespace

int dict_main(int argc, char** argv) {
  Args args(argc, argv, 2, {"--format", "--limit"});
  const auto& pos = args.positional();
  if (args.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!args.error().empty() || pos.empty() || (pos[0] != "check" && pos[0] != "compare")) {
    std::cerr << kHelp;
    return 2;
  }
  if (pos[0] == "compare") return compare(args);
  return check({pos.begin() + 1, pos.end()});
}

}  // namespace parley::cli
