// text/normalize.h — the normalised text the coder reads, with a way back to the original.
//
// Normalisation folds typographic variants so that dictionaries need to list one form:
// curly quotes and apostrophes become ASCII, dashes become '-', non-breaking and other Unicode
// spaces become ' ', CR and the BOM vanish, and emphasis markup (**bold**, __bold__) is removed
// in every input because press releases pasted from the web carry it. Markdown input also loses
// heading marks, link targets ([text](url) keeps "text") and code backticks.
//
// `to_original[i]` is the byte offset in the original text of normalised byte i, and
// `to_original[text.size()]` is the original length, so any normalised span maps back to a
// byte range of the input (the contract's `span`). `lower` is `text` with ASCII letters folded
// to lower case; it has the same length, so token offsets serve both.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace parley::text {

struct NormalizedText {
  std::string text;
  std::string lower;
  std::vector<uint32_t> to_original;  // size text.size() + 1

  // Maps a normalised byte range to the original one.
  std::pair<size_t, size_t> original_span(size_t begin, size_t end) const {
    return {to_original[begin], to_original[end]};
  }
};

NormalizedText normalize(std::string_view original, Markup markup);

}  // namespace parley::text
