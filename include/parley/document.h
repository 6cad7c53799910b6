// parley/document.h — a document as read, before any coding.
//
// A Document owns its text. `text` is valid UTF-8 (readers repair invalid bytes and say so in
// a Diagnostic); every span parley reports is a byte range into this text, so a document that
// was read from a file reports offsets into that file's bytes (after repair, which replaces
// each invalid byte by U+FFFD and shifts nothing before it).
#pragma once

#include <string>

namespace parley {

enum class Markup { kPlain, kMarkdown };

struct Document {
  std::string id;        // file name, or the JSONL "id"
  std::string text;      // UTF-8
  std::string date;      // ISO date given with the input (JSONL "date"), or empty
  std::string title;     // JSONL "title", or empty
  std::string source;    // JSONL "source" or "url": where the text was published, or empty
  std::string dateline;  // JSONL "dateline": a wire's place-and-date line kept apart from the
                         // text ("SALVADOR, Feb 26 -"), or empty
  Markup markup = Markup::kPlain;
};

}  // namespace parley
