// coder/analysis.cc — normalise, tokenise, split and match, once per document.
#include "coder/analysis.h"
#include "text/ascii.h"

#include <algorithm>

#include "coder/dates.h"

namespace parley::coder {

std::string Analysis::span(uint32_t a, uint32_t b) const {
  if (a >= b) return "";
  return norm.text.substr(tokens[a].begin, tokens[b - 1].end - tokens[a].begin);
}

std::string Analysis::sentence_text(size_t s) const {
  const auto& sent = sentences[s];
  std::string raw = span(sent.first, sent.last), out;
  out.reserve(raw.size());
  for (char c : raw) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  return out;
}

// Words glued where a page lost a space ("Theyexpressed their condemnation", "tothe United
// Nations"): a short function word followed by a word the dictionaries know, where the whole
// is no word they know, is read as the two words.
std::vector<text::Token> split_glued(std::vector<text::Token> tokens, std::string_view text,
                                     const lexicon::PhraseMatcher& matcher) {
  std::vector<text::Token> out;
  out.reserve(tokens.size());
  for (const auto& t : tokens) {
    // Only a word that begins as one of the heads can be two (most words are left at once).
    const char c0 = static_cast<char>(text[t.begin] | 0x20);
    if (t.kind != text::TokenKind::kWord || t.size() < 7 || t.all_caps ||
        (c0 != 't' && c0 != 'w' && c0 != 'o' && c0 != 'a')) {
      out.push_back(t);
      continue;
    }
    std::string lower = text::ascii_lower(text.substr(t.begin, t.size()));
    bool split = false;
    for (std::string_view head : {"they", "the", "we", "to", "of", "and"}) {
      std::string_view rest = std::string_view(lower).substr(std::min(head.size(), lower.size()));
      if (!lower.starts_with(head) || rest.size() < 4 || matcher.has_word(lower) ||
          !matcher.has_word(rest))
        continue;
      text::Token first = t, second = t;
      first.end = t.begin + static_cast<uint32_t>(head.size());
      second.begin = first.end;
      second.newlines_before = 0;
      second.indented = false;
      second.capitalized = false;
      out.push_back(first);
      out.push_back(second);
      split = true;
      break;
    }
    if (!split) out.push_back(t);
  }
  return out;
}

Analysis analyze(const Document& doc, const Lexicon& lexicon) {
  Analysis a;
  a.norm = text::normalize(doc.text, doc.markup);
  a.tokens = split_glued(text::tokenize(a.norm.text), a.norm.text, lexicon.matcher());
  a.sentences = text::split_sentences(a.norm.text, a.tokens);
  a.month_first = writes_month_first(a.norm.text, a.tokens);

  std::vector<lexicon::MatchToken> mt(a.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const auto& t = a.tokens[i];
    mt[i].lower = a.low(static_cast<uint32_t>(i));
    bool lower_letter = false;
    for (char c : a.str(static_cast<uint32_t>(i))) lower_letter |= c >= 'a' && c <= 'z';
    mt[i].all_caps = !lower_letter;
    // Pattern gaps cross hyphens, quotation marks, currency signs and the pieces of
    // contractions ("sent his \"deepest condolences\"", "sending $10 million", "isn't"), not
    // commas or other stops.
    mt[i].is_word = t.kind != text::TokenKind::kPunct ||
                    text::one_of(mt[i].lower, {"-", "'s", "'", "'t", "\"", "$", "%", "€", "£"});
  }
  const auto& matcher = lexicon.matcher();
  std::vector<lexicon::MatchToken> sub;
  for (const auto& s : a.sentences) {
    a.first_match.push_back(static_cast<uint32_t>(a.matches.size()));
    sub.assign(mt.begin() + s.first, mt.begin() + s.last);
    auto ids = matcher.lookup(sub);
    size_t before = a.matches.size();
    matcher.match(sub, ids, a.matches);
    for (size_t k = before; k < a.matches.size(); ++k) {
      a.matches[k].begin += s.first;
      a.matches[k].end += s.first;
    }
    std::sort(a.matches.begin() + static_cast<long>(before), a.matches.end(),
              [](const lexicon::PhraseMatch& x, const lexicon::PhraseMatch& y) {
                if (x.begin != y.begin) return x.begin < y.begin;
                if (x.end != y.end) return x.end > y.end;
                return x.payload < y.payload;
              });
    a.matches.erase(std::unique(a.matches.begin() + static_cast<long>(before), a.matches.end(),
                                [](const auto& x, const auto& y) {
                                  return x.begin == y.begin && x.end == y.end &&
                                         x.payload == y.payload;
                                }),
                    a.matches.end());
  }
  a.first_match.push_back(static_cast<uint32_t>(a.matches.size()));
  return a;
}

}  // namespace parley::coder
