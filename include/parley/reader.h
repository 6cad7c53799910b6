// parley/reader.h — turning files, directories and JSON Lines into Documents.
//
// Accepted inputs:
//   *.txt and any file not named below  plain text
//   *.md, *.markdown                    Markdown (markup stripped by the coder, offsets kept)
//   *.jsonl, *.ndjson                   one {"id", "text", "date"?, "title"?} object a line
//   a directory                         every file under it, recursively, in name order
//   "-"                                 JSON Lines on standard input
//
// Reading never stops at a bad document: a file that cannot be opened, a JSONL line that is not
// an object with a string "text", or invalid UTF-8 becomes a Diagnostic naming the file (and
// line or byte) and the other documents are still delivered. Documents are delivered one at a
// time to `sink`, so a large JSONL file is never held in memory whole.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

using DocumentSink = std::function<void(Document&&)>;
using DiagnosticSink = std::function<void(const Diagnostic&)>;

struct ReadStats {
  int documents = 0;
  int errors = 0;    // inputs or lines that produced no document
  int repaired = 0;  // documents whose invalid UTF-8 was repaired
};

// Reads every path ("-" is standard input) and delivers the documents in order.
ReadStats read_inputs(const std::vector<std::string>& paths, const DocumentSink& sink,
                      const DiagnosticSink& diagnostics);

// Reads JSON Lines from a stream; `name` is used in diagnostics ("file:line").
ReadStats read_jsonl(std::istream& in, const std::string& name, const DocumentSink& sink,
                     const DiagnosticSink& diagnostics);

// Replaces every invalid UTF-8 byte with U+FFFD. Returns the byte offset of the first invalid
// byte in the input, or -1 when the text was valid (and is returned unchanged).
long repair_utf8(std::string& text);

}  // namespace parley
