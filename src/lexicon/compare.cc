// lexicon/compare.cc — coverage of one Lexicon by another, kind by kind (see compare.h).
#include "lexicon/compare.h"

#include <algorithm>
#include <map>
#include <set>

#include "lexicon/matcher.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace parley::lexicon {
namespace {

// One kind of entry of one Lexicon: normalised phrase -> its codes (and where, for verbs).
struct Inventory {
  std::map<std::string, std::set<std::string>> codes;
  std::map<std::string, std::string> where;
  std::map<std::string, std::string> head;  // verbs: phrase -> head lemma
  std::set<std::string> heads;              // verbs: every head lemma
};

struct Inventories {
  Inventory actors, agents, verbs;
};

std::string join_words(const std::vector<std::string_view>& words) {
  size_t first = words.size() > 1 && words.front() == "the" ? 1 : 0;  // "the" alone stays
  std::string out;
  auto glue = [](std::string_view w) { return w == "-" || w == "/" || w == "'s"; };
  for (size_t i = first; i < words.size(); ++i) {
    if (i > first && !glue(words[i]) && !glue(words[i - 1])) out += ' ';
    out += words[i];
  }
  return out;
}

// The words of `text` in lower case, as the tokenizer splits them.
std::vector<std::string> words_of(std::string_view text) {
  text::NormalizedText n = text::normalize(text, Markup::kPlain);
  std::vector<std::string> out;
  for (const auto& t : text::tokenize(n.text)) out.emplace_back(n.lower.substr(t.begin, t.size()));
  return out;
}

std::string normalise(std::string_view phrase) {
  auto words = words_of(phrase);
  return join_words({words.begin(), words.end()});
}

// "{hold} * talks with" -> "hold talks with", with head "hold".
std::string verb_signature(const std::string& pattern, std::string& head) {
  std::vector<std::string> words;
  head.clear();
  size_t pos = 0;
  while (pos < pattern.size()) {
    size_t end = pattern.find(' ', pos);
    if (end == std::string::npos) end = pattern.size();
    std::string_view piece(pattern.data() + pos, end - pos);
    pos = end + 1;
    if (piece.empty() || piece == "*" || piece == "**") continue;
    bool braced = piece.size() > 2 && piece.front() == '{' && piece.back() == '}';
    if (braced) piece = piece.substr(1, piece.size() - 2);
    auto w = words_of(piece);
    if (braced && head.empty() && !w.empty()) head = w.back();
    for (auto& x : w) words.push_back(std::move(x));
  }
  if (head.empty() && !words.empty()) head = words.front();
  return join_words({words.begin(), words.end()});
}

Inventories inventory(const Lexicon& lex) {
  Inventories inv;
  auto entity_codes = [&](const Entity& e, std::set<std::string>& codes) {
    codes.insert(e.code);
    for (const auto& d : e.dated) codes.insert(d.code);
  };
  lex.matcher().for_each_phrase([&](const std::vector<std::string_view>& words, int32_t payload) {
    PhraseRef ref = lex.phrase(payload);
    switch (ref.kind) {
      case PhraseKind::kName:
      case PhraseKind::kAdjective:
      case PhraseKind::kCapital:
        entity_codes(lex.entities()[static_cast<size_t>(ref.index)],
                     inv.actors.codes[join_words(words)]);
        break;
      case PhraseKind::kTitle:
        inv.agents.codes[join_words(words)].insert(
            lex.titles()[static_cast<size_t>(ref.index)].role);
        break;
      default:
        break;
    }
  });
  for (const auto& h : lex.holders()) {
    const Entity* e = lex.entity(h.entity);
    inv.actors.codes[normalise(h.name)].insert(e ? e->code : h.entity);
  }
  for (const auto& v : lex.verbs()) {
    std::string head;
    std::string sig = verb_signature(v.pattern, head);
    if (sig.empty()) continue;
    inv.verbs.codes[sig].insert(v.cameo);
    inv.verbs.where.try_emplace(sig, v.where);
    inv.verbs.head.try_emplace(sig, head);
    inv.verbs.heads.insert(head);
  }
  inv.actors.codes.erase("");
  inv.agents.codes.erase("");
  return inv;
}

std::string actor_root(const std::string& code) {
  static const char* kTransnational[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"};
  for (const char* t : kTransnational)
    if (code.starts_with(t)) return code.substr(0, 6);
  return code.substr(0, 3);
}

std::string join_codes(const std::set<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

// Evenly spaced picks from `all` (already in phrase order).
std::vector<CoverageSample> pick(std::vector<CoverageSample> all, size_t n) {
  if (all.size() <= n) return all;
  std::vector<CoverageSample> out;
  for (size_t i = 0; i < n; ++i) out.push_back(std::move(all[i * all.size() / n]));
  return out;
}

template <typename Root>
KindCoverage cover(const Inventory& a, const Inventory& b, size_t samples, Root root) {
  KindCoverage k;
  std::vector<CoverageSample> missing, differing;
  for (const auto& [phrase, codes] : a.codes) {
    ++k.total;
    auto where = a.where.find(phrase);
    std::string at = where == a.where.end() ? "" : where->second;
    if (auto h = a.head.find(phrase); h != a.head.end() && b.heads.count(h->second)) ++k.head_known;
    auto it = b.codes.find(phrase);
    if (it == b.codes.end()) {
      missing.push_back({phrase, join_codes(codes), "", at});
      continue;
    }
    ++k.covered;
    const auto& other = it->second;
    bool same =
        std::any_of(codes.begin(), codes.end(), [&](const auto& c) { return other.count(c); });
    bool near = false;
    for (const auto& c : codes)
      for (const auto& o : other) near |= !root(c).empty() && root(c) == root(o);
    if (same)
      ++k.same_code;
    else if (near)
      ++k.same_root;
    else {
      ++k.differ;
      differing.push_back({phrase, join_codes(codes), join_codes(other), at});
    }
  }
  k.missing = pick(std::move(missing), samples);
  k.differing = pick(std::move(differing), samples);
  return k;
}

Coverage cover_all(const Inventories& a, const Inventories& b, size_t samples) {
  Coverage c;
  c.actors = cover(a.actors, b.actors, samples, actor_root);
  c.agents =
      cover(a.agents, b.agents, samples, [](const std::string& role) { return role.substr(0, 3); });
  c.verbs = cover(a.verbs, b.verbs, samples, [](const std::string& code) {
    return code.size() >= 2 ? code.substr(0, 2) : std::string();
  });
  return c;
}

}  // namespace

Comparison compare_lexicons(const Lexicon& a, const Lexicon& b, size_t samples) {
  Inventories ia = inventory(a), ib = inventory(b);
  return {cover_all(ia, ib, samples), cover_all(ib, ia, samples)};
}

}  // namespace parley::lexicon
