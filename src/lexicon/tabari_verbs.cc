// lexicon/tabari_verbs.cc — the .verbs reader: verbs with their codes and forms, PETRARCH's
// "--- NAME [CODE] ---" blocks and synsets ("&NAME", "+MEMBER"), and the patterns ("- ...
// [CODE]") of each verb, expanded and rendered as parley `verb` entries.
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <functional>
#include <set>

namespace parley::lexicon {
namespace foreign {

void Translator::verbs(std::string_view text, const std::string& name) {
  struct Verb {
    std::vector<std::string> tokens;  // what replaces '*'
    std::vector<std::string> forms;   // listed forms ("{GAVE GIVEN}"), parley syntax
    EventCode code;
    size_t line;
    std::string text;
  };
  struct Pattern {
    std::string text, code;
    size_t line;
  };
  struct Block {
    std::string code = "---";
    std::vector<Verb> verbs;
    std::vector<Pattern> patterns;
  } block;
  const bool petrarch = s_->dialect == Dialect::kPetrarch;
  std::string synset;  // the synset whose members follow ('+' lines), if any
  std::set<std::string> noplural;
  bool in_time = false;
  const std::string file = name + ":";

  // "&CURRENCY" and members to every pattern they stand for.
  // "&CURRENCY" and members to every pattern they stand for, each with a rank: the sum of the
  // members' places in their synsets (the first members are the plain words: WEAPON, ARMS).
  using Expansion = std::pair<std::string, size_t>;
  std::function<void(const std::string&, std::vector<Expansion>&, int, size_t, std::string&)>
      expand = [&](const std::string& s, std::vector<Expansion>& out, int depth, size_t rank,
                   std::string& problem) {
        size_t amp = s.find('&');
        if (amp == std::string::npos) {
          out.emplace_back(s, rank);
          return;
        }
        std::string_view rest = std::string_view(s).substr(amp + 1);
        const std::vector<std::string>* members = nullptr;
        size_t len = 0;
        for (size_t n = 1; n <= rest.size(); ++n) {
          if (n < rest.size() && (is_alpha(rest[n]) || is_digit(rest[n]) || rest[n] == '_')) {
            auto it = rest[n] == '_' ? s_->synsets.find(rest.substr(0, n)) : s_->synsets.end();
            if (it != s_->synsets.end()) members = &it->second, len = n;
            continue;
          }
          auto it = s_->synsets.find(rest.substr(0, n));
          if (it != s_->synsets.end()) members = &it->second, len = n;
          break;
        }
        if (!members || depth > 5) {
          problem = members ? "synsets nested too deep"
                            : "the synset '&" +
                                  std::string(rest.substr(0, rest.find_first_of(" _)}"))) +
                                  "' is not defined (before its use)";
          return;
        }
        for (size_t k = 0; k < members->size(); ++k) {
          if (out.size() >= kMaxExpansions) {
            problem = "more than " + std::to_string(kMaxExpansions) + " expansions; cut there";
            return;
          }
          expand(s.substr(0, amp) + (*members)[k] + s.substr(amp + 1 + len), out, depth + 1,
                 rank + k, problem);
        }
      };

  // Listed forms join the head of the verb's patterns: "{act_}" -> "{act_|acting|actuality+}".
  auto with_forms = [](Verb& v) {
    if (v.forms.empty()) return;
    for (auto& t : v.tokens) {
      if (t.size() < 3 || t.front() != '{' || t.back() != '}') continue;
      std::string extra;
      for (const auto& f : v.forms) extra += "|" + f;
      t.insert(t.size() - 1, extra);
      break;
    }
    v.forms.clear();
  };
  // A TABARI form as parley writes it: "ACTUALITY" a stem ("actuality+"), "ACTXD_" whole.
  auto form = [&](std::string_view raw) {
    std::string f(trim(raw));
    const bool whole = petrarch || f.ends_with("_") || f.ends_with("=");
    while (!f.empty() && (f.back() == '_' || f.back() == '=')) f.pop_back();
    if (f.empty() ||
        !std::all_of(f.begin(), f.end(), [](char c) { return is_alpha(c) || c == '\''; }))
      return std::string();
    return lower(f) + (whole ? "" : "+");
  };

  auto emit_block = [&] {
    for (Verb& v : block.verbs) with_forms(v);
    for (const Verb& v : block.verbs) {
      const std::string where = file + std::to_string(v.line);
      if (v.code.kind == EventCode::kEvent) {
        std::string value = render({{Item::kVerb, ""}}, v.tokens);
        if (!add({v.code.code, "verb", v.code.reverse, {value}, where})) {
          warn(name, v.line, "'" + value + "' repeats an earlier verb; skipped");
          count("verbs duplicate (skipped)");
        }
      } else if (v.code.kind == EventCode::kNull) {
        count("verbs with the null code (no event alone)");
      } else if (v.code.kind == EventCode::kDiscard) {
        if (std::string p = phrase(v.text); !p.empty()) add({"DISCARD", "block", "", {p}, where});
        count("verbs coded ### (discards)");
      } else {
        warn(name, v.line, v.code.problem + "; the verb alone is not coded");
        count("verbs skipped");
      }
    }
    for (const Pattern& pat : block.patterns) {
      EventCode ec = event_code(pat.code, s_->internal_codes);
      if (ec.kind == EventCode::kNull) {
        count("verb patterns with the null code (not kept)");
        continue;
      }
      if (ec.kind != EventCode::kEvent) {
        warn(name, pat.line,
             ec.kind == EventCode::kDiscard ? "a pattern coded ### (discard) has no parley "
                                              "equivalent; skipped"
                                            : ec.problem + "; pattern skipped");
        count("verb patterns skipped");
        continue;
      }
      if (ec.paired) count("verb codes paired");
      if (ec.flagged) count("verb codes with a '!' or '?' flag (flag dropped)");
      if (block.verbs.empty()) {
        warn(name, pat.line, "a pattern with no verb before it; skipped");
        count("verb patterns skipped");
        continue;
      }
      std::vector<std::string> alts, slashed;
      std::vector<Expansion> expanded;
      expand_slashes(pat.text, slashed);
      for (const auto& x : slashed) expand_disjunctions(x, alts);
      std::string problem;
      for (const auto& a : alts) expand(a, expanded, 0, 0, problem);
      if (expanded.empty()) {
        warn(name, pat.line, problem + "; pattern skipped");
        count("verb patterns skipped");
        continue;
      }
      if (!problem.empty()) warn(name, pat.line, problem);
      // Synsets multiply: "&AIRCRAFT * &WEAPON" in a block of 20 verbs is 690,000 patterns.
      // Keep kMaxValuesPerPattern, spread over every verb, with the first synset members.
      const size_t limit = std::max<size_t>(1, kMaxValuesPerPattern / block.verbs.size());
      if (expanded.size() > limit) {
        std::stable_sort(expanded.begin(), expanded.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
        long dropped = static_cast<long>((expanded.size() - limit) * block.verbs.size());
        warn(name, pat.line,
             "the pattern stands for " + std::to_string(expanded.size() * block.verbs.size()) +
                 " parley patterns (synsets times the block's " +
                 std::to_string(block.verbs.size()) + " verbs); the " +
                 std::to_string(limit * block.verbs.size()) +
                 " with the first synset members are kept (parley has no synsets)");
        count("verb pattern values cut (synset expansion limit)", dropped);
        expanded.resize(limit);
      }
      std::vector<std::string> values;
      bool passive = false, target_first = false;
      for (const auto& [x, rank] : expanded) {
        ParsedPattern pp = parse_pattern(x, !petrarch);
        if (!pp.problem.empty()) {
          problem = pp.problem;
          continue;
        }
        if (pp.source_after_verb) {
          passive = true;
          continue;
        }
        target_first |= pp.target_before_verb;
        // A target slot closing the pattern: the target comes after it ("{warn} at * of +").
        for (const Verb& v : block.verbs)
          values.push_back(render(pp.items, v.tokens, petrarch ? "*" : "**") +
                           (pp.target_last ? " +" : ""));
      }
      if (values.empty()) {
        warn(name, pat.line,
             passive ? "the source ($) follows the verb (a passive or reported construction); "
                       "parley takes the subject as the source, so the pattern is skipped"
                     : problem + "; pattern skipped");
        count(passive ? "verb patterns skipped (source after the verb)" : "verb patterns skipped");
        continue;
      }
      size_t before = s_->out.entries.size();
      if (!add({ec.code, "verb", ec.reverse, std::move(values), file + std::to_string(pat.line)})) {
        warn(name, pat.line, "repeats an earlier pattern; skipped");
        count("verb patterns duplicate (skipped)");
        continue;
      }
      count("verb patterns");
      count("verb pattern values", static_cast<long>(s_->out.entries[before].values.size()));
      if (target_first) count("verb patterns with the target before the verb (kept in order)");
    }
    block = Block{};
  };

  for (const Line& l : lines(text, name)) {
    const std::string& t = l.text;
    if (in_time) {
      in_time = t != "</TIME>";
      count("verb file lines in the <TIME> section (not translated)");
      continue;
    }
    if (t.front() == '+' && !synset.empty()) {
      std::string m(trim(std::string_view(t).substr(1)));
      std::replace(m.begin(), m.end(), ' ', '_');
      while (m.find("__") != std::string::npos) m.replace(m.find("__"), 2, "_");
      if (m.empty()) continue;
      auto& members = s_->synsets[synset];
      members.push_back(m);
      if (petrarch && !noplural.count(synset) && !m.ends_with("_") &&
          m.find_first_of("&{$+") == std::string::npos)
        if (std::string p = plural(m); !p.empty()) members.push_back(p);
      count("synset members");
      continue;
    }
    if (t.front() != '&') synset.clear();
    if (t.front() == '<') {
      if (t == "<TIME>") in_time = true;
      if (t != "<SYNSETS>" && t != "</SYNSETS>" && t != "<TIME>") {
        warn(name, l.number, "an unknown tag; line skipped");
        count("lines skipped");
      }
      continue;
    }
    if (t.front() == '&') {  // a synset: "&NAME" then "+MEMBER" lines
      synset = std::string(trim(std::string_view(t).substr(1)));
      if (synset.ends_with("_")) {
        synset.pop_back();
        noplural.insert(synset);
      }
      if (synset.empty() || !std::all_of(synset.begin(), synset.end(), [](char c) {
            return is_alpha(c) || is_digit(c) || c == '_';
          })) {
        warn(name, l.number, "'" + t + "' is no synset name; skipped");
        count("lines skipped");
        synset.clear();
        continue;
      }
      s_->synsets[synset].clear();
      count("synsets");
      continue;
    }
    if (t.starts_with("---")) {  // --- NAME [CODE] ---
      emit_block();
      std::string head = t, code;
      block.code = take_last_bracket(head, code) ? std::string(trim(code)) : "---";
      count("verb blocks");
      continue;
    }
    if (t.front() == '~') {
      warn(name, l.number, "a PETR-2 verb transformation has no parley equivalent; skipped");
      count("verb transformations (not translated)");
      continue;
    }
    if (t.front() == '{') {  // TABARI: more forms of the verb above, for its patterns
      if (!block.verbs.empty()) {
        size_t end = t.find('}');
        for (std::string_view f :
             split_any(std::string_view(t).substr(1, end == t.npos ? t.npos : end - 1), " \t"))
          if (std::string x = form(f); !x.empty()) block.verbs.back().forms.push_back(x);
      }
      count("verb forms listed (kept for that verb's patterns)");
      continue;
    }
    if (t.front() == '-') {
      std::string body = t.substr(1), code;
      if (!take_last_bracket(body, code)) {
        warn(name, l.number, "a pattern needs a [CODE]; skipped");
        count("verb patterns skipped");
        continue;
      }
      // "{ WILL | WOULD ] *": a disjunction closed with the wrong bracket.
      for (size_t open = body.find('{'); open != std::string::npos;
           open = body.find('{', open + 1)) {
        size_t close = body.find_first_of("}]", open);
        if (close != std::string::npos && body[close] == ']') {
          body[close] = '}';
          warn(name, l.number, "a '{' closed with ']' was read as closed with '}'");
        }
      }
      block.patterns.push_back({std::string(trim(body)), code, l.number});
      continue;
    }
    // A verb: "MEET", "GIVE {GAVE GIVEN}", "+ASK_FOR {...} [020]", "RE_+ARREST", TABARI's
    // "BRUSH ASIDE REPORTS [142]" (a root of several words, the first the verb).
    if (!petrarch) {
      emit_block();  // in TABARI every verb starts its own group of patterns
      count("verb blocks");
    }
    std::string body = t, code;
    bool has_code = take_last_bracket(body, code);
    std::vector<std::string> listed;  // "GIVE {GAVE GIVEN}"
    if (size_t brace = body.find('{'); brace != std::string::npos) {
      size_t end = body.find('}', brace);
      std::string_view inside = std::string_view(body).substr(
          brace + 1, end == std::string::npos ? std::string_view::npos : end - brace - 1);
      for (std::string_view f : split_any(inside, " \t"))
        if (std::string x = form(f); !x.empty()) listed.push_back(x);
      body.erase(brace, end == std::string::npos ? end : end - brace + 1);
      count("verb forms listed (kept for that verb's patterns)");
    }
    std::vector<std::string_view> chunks = split_any(trim(body), " \t");
    Verb v;
    v.line = l.number;
    v.text = std::string(trim(body));
    v.code = event_code(has_code ? code : block.code, s_->internal_codes);
    std::string problem;
    for (size_t c = 0; c < chunks.size() && problem.empty(); ++c) {
      std::vector<std::string_view> pieces = split_any(chunks[c], "_");
      size_t head = 0;
      if (c == 0)
        for (size_t k = 0; k < pieces.size(); ++k)
          if (pieces[k].starts_with("+")) head = k;
      if (c > 0) v.tokens.push_back("*");
      // TABARI reads a root as a stem ("RESTOR" takes "restore", "restoration") unless it ends
      // in "_" (regular endings only) or "=" (the word as written).
      const bool connected = chunks[c].ends_with("_"), exact = chunks[c].ends_with("=");
      for (size_t k = 0; k < pieces.size(); ++k) {
        std::string w;
        for (char ch : pieces[k])
          if (is_alpha(ch) || is_digit(ch) || ch == '\'' || ch == '-' || ch == '.') w += ch;
        if (w.size() != pieces[k].size() - (pieces[k].starts_with("+") ? 1 : 0))
          count("verb words with stray characters removed (= ! ~)");
        if (w.empty() || !std::any_of(w.begin(), w.end(), is_alpha)) {
          problem = "'" + std::string(pieces[k]) + "' is no word";
          break;
        }
        w = lower(w);
        const bool stem = !petrarch && k + 1 == pieces.size() && !connected && !exact &&
                          ((c == 0 && k == head) || stem_word(w));
        const bool endings = !petrarch && connected && k + 1 == pieces.size();  // "DEPART_"
        if (c == 0 && k == head && !exact)
          v.tokens.push_back("{" + w + (stem ? "+" : endings ? "_" : "") + "}");
        else
          v.tokens.push_back(w + (stem ? "+" : ""));
        if (stem) count("verb roots read as stems");
      }
    }
    if (v.tokens.empty() || !problem.empty()) {
      warn(name, l.number, (problem.empty() ? "no verb" : problem) + "; verb skipped");
      count("verbs skipped");
      continue;
    }
    count("verbs");
    v.forms = std::move(listed);
    block.verbs.push_back(std::move(v));
  }
  emit_block();
}

}  // namespace foreign
}  // namespace parley::lexicon
