// lexicon/petrarch_loader.cc — the PETRARCH dictionary folder: which file is which, and the two
// formats TABARI did not have (discard list, issue list), plus PETR-2's internal code table.
#include "lexicon/petrarch_loader.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace parley::lexicon {
namespace {

enum class Kind { kOntology, kActors, kAgents, kVerbs, kDiscards, kIssues, kUntranslated, kNone };

struct Known {
  Kind kind;
  bool production;
};

Known classify(const std::string& n) {
  auto is = [&](std::string_view prefix, std::string_view suffix) {
    return n.size() >= prefix.size() + suffix.size() && n.starts_with(prefix) &&
           n.ends_with(suffix);
  };
  if (n == "PETR.Internal.Coding.Ontology.txt") return {Kind::kOntology, true};
  if (n == "CAMEO.2.0.txt" || is("CAMEO.verbpatterns", ".txt")) return {Kind::kVerbs, true};
  if (is("Phoenix.", ".actors.txt")) return {Kind::kActors, true};
  if (n == "Phoenix.agents.txt") return {Kind::kAgents, true};
  if (n == "Phoenix.discards.txt") return {Kind::kDiscards, true};
  if (n == "Phoenix.IssueCoding.txt") return {Kind::kIssues, true};
  if (n == "Phoenix.prepositions.txt") return {Kind::kUntranslated, true};
  if (n == "PETR.Validate.actors.txt") return {Kind::kActors, false};
  if (n == "PETR.Validate.agents.txt") return {Kind::kAgents, false};
  if (is("PETR.Validate.verbs", ".txt")) return {Kind::kVerbs, false};
  if (n == "PETR.Validate.discards.txt") return {Kind::kDiscards, false};
  return {Kind::kNone, false};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// English suffixes in the case of the word they go on.
std::string with_suffix(std::string_view w, std::string_view suffix) {
  bool small = !w.empty() && w.back() >= 'a' && w.back() <= 'z';
  std::string out(w);
  for (char c : suffix) out += small ? c : static_cast<char>(c - 'a' + 'A');
  return out;
}

bool ends(std::string_view w, std::string_view s) {
  if (w.size() < s.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if ((w[w.size() - s.size() + i] | 0x20) != s[i]) return false;
  return true;
}

bool consonant_y(std::string_view w) {
  return w.size() > 1 && ends(w, "y") &&
         std::string_view("aeiouAEIOU").find(w[w.size() - 2]) == std::string_view::npos;
}

std::vector<std::string> noun_forms(std::string_view w) {
  if (ends(w, "s") && !ends(w, "ss")) return {std::string(w)};
  if (ends(w, "ss") || ends(w, "x") || ends(w, "z") || ends(w, "ch") || ends(w, "sh"))
    return {std::string(w), with_suffix(w, "es")};
  if (consonant_y(w)) return {std::string(w), with_suffix(w.substr(0, w.size() - 1), "ies")};
  return {std::string(w), with_suffix(w, "s")};
}

std::vector<std::string> verb_forms(std::string_view w) {
  std::vector<std::string> f = {std::string(w)};
  std::string_view stem = w.substr(0, w.size() - (ends(w, "e") && !ends(w, "ee") ? 1 : 0));
  if (consonant_y(w)) {
    f.push_back(with_suffix(w.substr(0, w.size() - 1), "ies"));
    f.push_back(with_suffix(w.substr(0, w.size() - 1), "ied"));
  } else {
    bool es = ends(w, "s") || ends(w, "x") || ends(w, "z") || ends(w, "ch") || ends(w, "sh");
    f.push_back(with_suffix(w, es ? "es" : "s"));
    f.push_back(with_suffix(w, ends(w, "e") ? "d" : "ed"));
  }
  f.push_back(with_suffix(stem, "ing"));
  return f;
}

// PETRARCH's issue expansions for one phrase: "n:" and "v:" before a word, "+" for a space or
// a hyphen.
std::vector<std::string> issue_forms(std::string_view target) {
  std::vector<std::string> forms = {""};
  for (std::string_view word : [&] {
         std::vector<std::string_view> words;
         for (size_t b = 0; b < target.size();) {
           size_t e = target.find(' ', b);
           if (e == std::string_view::npos) e = target.size();
           if (e > b) words.push_back(target.substr(b, e - b));
           b = e + 1;
         }
         return words;
       }()) {
    std::vector<std::string> variants = {std::string(word)};
    for (std::string_view marker : {"n:", "v:"}) {
      std::vector<std::string> next;
      for (const auto& v : variants) {
        size_t at = std::string::npos;
        for (size_t i = 0; i + 1 < v.size() && at == std::string::npos; ++i)
          if ((v[i] | 0x20) == marker[0] && v[i + 1] == ':') at = i;
        if (at == std::string::npos) {
          next.push_back(v);
          continue;
        }
        std::string before = v.substr(0, at), root = v.substr(at + 2);
        for (auto& f : marker[0] == 'n' ? noun_forms(root) : verb_forms(root))
          next.push_back(before + f);
      }
      variants = std::move(next);
    }
    std::vector<std::string> joined;
    for (const auto& v : variants) {
      std::vector<std::string> alts = {""};
      for (char c : v) {
        std::vector<std::string> grown;
        for (const auto& a : alts) {
          if (c == '+') {
            grown.push_back(a + ' ');
            grown.push_back(a + '-');
          } else {
            grown.push_back(a + c);
          }
        }
        alts = std::move(grown);
        if (alts.size() > 64) alts.resize(64);
      }
      joined.insert(joined.end(), alts.begin(), alts.end());
    }
    std::vector<std::string> grown;
    for (const auto& f : forms)
      for (const auto& j : joined) grown.push_back(f.empty() ? j : f + ' ' + j);
    forms = std::move(grown);
    if (forms.size() > 256) forms.resize(256);
  }
  return forms;
}

std::string display(std::string_view code) {
  std::string out;
  for (char c : code) {
    char d = c == '_' ? ' ' : c;
    if (!out.empty() && d >= 'A' && d <= 'Z') d = static_cast<char>(d - 'A' + 'a');
    out += d;
  }
  return out;
}

void read_issues(foreign::Translator& t, std::string_view text, const std::string& name) {
  struct Issue {
    std::string code, where;
    std::vector<std::string> phrases;
  };
  std::vector<Issue> issues;
  std::map<std::string, size_t> index;
  for (const auto& l : t.lines(text, name)) {
    std::string_view s = l.text;
    if (s.starts_with("<ISSUE") || s.starts_with("</ISSUE")) {
      if (s[1] != '/') t.count("issue categories");
      continue;
    }
    if (s.starts_with("~")) {
      t.warn(name, l.number,
             "an exclusion phrase ('~' sentence, '~~' story) has no parley equivalent; skipped");
      t.count("issue exclusions (not translated)");
      continue;
    }
    size_t open = s.find('[');
    size_t close = open == s.npos ? s.npos : s.find(']', open);
    std::string code(open == s.npos ? "" : trim(s.substr(open + 1, close - open - 1)));
    std::string_view target = trim(s.substr(0, open));
    bool code_ok = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    if (!code_ok || target.empty() || close == s.npos) {
      t.warn(name, l.number,
             "expected 'phrase [ISSUE_CODE]' (PETRARCH skips such lines too); line skipped");
      t.count("lines skipped");
      continue;
    }
    if (target.find('|') != std::string_view::npos ||
        std::any_of(target.begin(), target.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; })) {
      t.warn(name, l.number, "the phrase holds a lost character or a '|'; line skipped");
      t.count("lines skipped");
      continue;
    }
    auto [it, fresh] = index.emplace(code, issues.size());
    if (fresh) issues.push_back({code, name + ":" + std::to_string(l.number), {}});
    auto& phrases = issues[it->second].phrases;
    for (auto& f : issue_forms(target)) {
      std::string clean(trim(f));
      if (!clean.empty() && std::any_of(clean.begin(), clean.end(), is_letter) &&
          std::find(phrases.begin(), phrases.end(), clean) == phrases.end())
        phrases.push_back(std::move(clean));
    }
  }
  for (auto& issue : issues) {
    std::vector<std::string> values = {display(issue.code)};
    long n = static_cast<long>(issue.phrases.size());
    values.insert(values.end(), issue.phrases.begin(), issue.phrases.end());
    if (t.add({issue.code, "topic", "", std::move(values), issue.where})) {
      t.count("issues");
      t.count("issue phrases", n);
    }
  }
}

void read_discards(foreign::Translator& t, std::string_view text, const std::string& name) {
  for (const auto& l : t.lines(text, name)) {
    std::string_view s = l.text;
    const bool story = s.front() == '+';
    if (story) s = trim(s.substr(1));
    std::string p = foreign::Translator::phrase(s);
    if (p.empty() || p.find('|') != std::string::npos ||
        std::any_of(p.begin(), p.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; })) {
      t.warn(name, l.number, "no usable discard phrase; line skipped");
      t.count("lines skipped");
      continue;
    }
    if (!t.add({story ? "DISCARD_STORY" : "DISCARD",
                "block",
                "",
                {p},
                name + ":" + std::to_string(l.number)})) {
      t.warn(name, l.number, "'" + p + "' repeats an earlier discard; skipped");
      t.count("discards duplicate (skipped)");
      continue;
    }
    t.count(story ? "discards (story)" : "discards (sentence)");
    t.count("discards");
  }
}

// "0211:0x2075" lines: CAMEO code, PETR-2 code. A hex code listed for several CAMEO codes maps
// to the first; ranges ("011:0x1000-0xFFFF") are not codes a dictionary writes.
std::map<std::string, std::string> read_ontology(foreign::Translator& t, std::string_view text,
                                                 const std::string& name) {
  std::map<std::string, std::string> table;
  for (const auto& l : t.lines(text, name)) {
    size_t colon = l.text.find(':');
    if (colon == std::string::npos) {
      t.warn(name, l.number, "expected 'CAMEO:0xHEX'; line skipped");
      continue;
    }
    std::string cameo(trim(std::string_view(l.text).substr(0, colon)));
    std::string hex(trim(std::string_view(l.text).substr(colon + 1)));
    for (char& c : hex)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (hex.starts_with("0x") && hex.find('-') == std::string::npos) table.emplace(hex, cameo);
  }
  t.count("internal codes (PETR-2 ontology)", static_cast<long>(table.size()));
  return table;
}

}  // namespace

Result<ForeignDictionary> load_petrarch(const std::string& folder, PetrarchFiles files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    return Status::Error(folder +
                         ": not a folder; give the folder holding PETRARCH's dictionaries "
                         "(CAMEO.2.0.txt, Phoenix.*.txt or PETR.Validate.*.txt)");
  std::vector<std::pair<Kind, fs::path>> found;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    Known k = classify(it->path().filename().string());
    bool wanted = files == PetrarchFiles::kAll || k.kind == Kind::kOntology ||
                  k.production == (files == PetrarchFiles::kProduction);
    if (k.kind != Kind::kNone && wanted) found.emplace_back(k.kind, it->path());
  }
  if (ec) return Status::Error(folder + ": cannot be listed (" + ec.message() + ")");
  std::sort(found.begin(), found.end());
  if (std::none_of(found.begin(), found.end(), [](const auto& f) {
        return f.first != Kind::kOntology && f.first != Kind::kUntranslated;
      }))
    return Status::Error(folder +
                         ": holds no PETRARCH dictionary (CAMEO.2.0.txt, Phoenix.*.actors.txt, "
                         "PETR.Validate.*.txt, ...)");

  foreign::Translator t(foreign::Dialect::kPetrarch);
  for (const auto& [kind, path] : found) {
    const std::string name = path.string();
    if (kind == Kind::kUntranslated) {
      t.count("files not translated (parser data)");
      continue;
    }
    std::string text;
    if (Status st = foreign::read_file(name, text); !st.ok()) {
      t.out().warnings.push_back({name, st.message() + "; skipped"});
      continue;
    }
    t.file_read(name);
    switch (kind) {
      case Kind::kOntology:
        t.set_internal_codes(read_ontology(t, text, name));
        break;
      case Kind::kActors:
        t.actors(text, name);
        break;
      case Kind::kAgents:
        t.agents(text, name);
        break;
      case Kind::kVerbs:
        t.verbs(text, name);
        break;
      case Kind::kDiscards:
        read_discards(t, text, name);
        break;
      case Kind::kIssues:
        read_issues(t, text, name);
        break;
      default:
        break;
    }
  }
  return t.finish();
}

}  // namespace parley::lexicon
