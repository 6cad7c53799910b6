// coder/analysis.h — a document taken apart once: normalised text, tokens, sentences, and
// every dictionary phrase found in each sentence. Every later stage reads this; none changes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/matcher.h"
#include "parley/document.h"
#include "parley/lexicon.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace parley::coder {

struct Analysis {
  text::NormalizedText norm;
  std::vector<text::Token> tokens;
  std::vector<text::Sentence> sentences;
  std::vector<lexicon::PhraseMatch> matches;  // sorted by begin, then longest first
  std::vector<uint32_t> first_match;          // per sentence: index into matches
  bool month_first = false;                   // numeric dates are written month first

  std::string_view str(uint32_t i) const {
    return std::string_view(norm.text).substr(tokens[i].begin, tokens[i].size());
  }
  std::string_view low(uint32_t i) const {
    return std::string_view(norm.lower).substr(tokens[i].begin, tokens[i].size());
  }
  // The normalised text of tokens [a, b), as written.
  std::string span(uint32_t a, uint32_t b) const;
  // The sentence's text with whitespace collapsed.
  std::string sentence_text(size_t s) const;
};

Analysis analyze(const Document& doc, const Lexicon& lexicon);

}  // namespace parley::coder
