// text/reader.cc — files, folders and JSON Lines in; Documents out. See parley/reader.h.
#include "parley/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace parley {
namespace fs = std::filesystem;
namespace {

size_t utf8_length(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return 0;
  uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0;
  return n;
}

Markup markup_of(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".md" || ext == ".markdown" ? Markup::kMarkdown : Markup::kPlain;
}

bool is_jsonl(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".jsonl" || ext == ".ndjson";
}

void deliver(Document&& doc, const std::string& where, ReadStats& stats, const DocumentSink& sink,
             const DiagnosticSink& diagnostics) {
  long bad = repair_utf8(doc.text);
  if (bad >= 0) {
    ++stats.repaired;
    diagnostics({where, "invalid UTF-8 at byte " + std::to_string(bad) +
                            " (and perhaps after); replaced by U+FFFD and coded anyway"});
  }
  ++stats.documents;
  sink(std::move(doc));
}

void read_file(const fs::path& path, ReadStats& stats, const DocumentSink& sink,
               const DiagnosticSink& diagnostics) {
  if (is_jsonl(path)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      ++stats.errors;
      diagnostics({path.string(), "cannot be opened; check the path and its permissions"});
      return;
    }
    ReadStats s = read_jsonl(in, path.string(), sink, diagnostics);
    stats.documents += s.documents;
    stats.errors += s.errors;
    stats.repaired += s.repaired;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ++stats.errors;
    diagnostics({path.string(), "cannot be opened; check the path and its permissions"});
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc;
  doc.id = path.filename().string();
  doc.text = ss.str();
  doc.markup = markup_of(path);
  deliver(std::move(doc), path.string(), stats, sink, diagnostics);
}

}  // namespace

long repair_utf8(std::string& text) {
  long first_bad = -1;
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_length(text, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (first_bad < 0) first_bad = static_cast<long>(i);
    text.replace(i, 1, "\xEF\xBF\xBD");
    i += 3;
  }
  return first_bad;
}

ReadStats read_jsonl(std::istream& in, const std::string& name, const DocumentSink& sink,
                     const DiagnosticSink& diagnostics) {
  ReadStats stats;
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string where = name + ":" + std::to_string(number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (long bad = repair_utf8(line); bad >= 0) {  // nlohmann::json rejects invalid UTF-8
      ++stats.repaired;
      diagnostics({where, "invalid UTF-8 at byte " + std::to_string(bad) +
                              " of the line; replaced by U+FFFD and coded anyway"});
    }
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      ++stats.errors;
      diagnostics(
          {where,
           "not a JSON object; expected {\"id\", \"text\", \"date\"?, \"title\"?}; line skipped"});
      continue;
    }
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      ++stats.errors;
      diagnostics({where, "has no string \"text\" field; line skipped"});
      continue;
    }
    Document doc;
    auto field = [&](const char* key) {
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) return std::string();
      return it->is_string() ? it->get<std::string>() : it->dump();
    };
    doc.id = field("id");
    if (doc.id.empty()) doc.id = name + ":" + std::to_string(number);
    doc.text = text->get<std::string>();
    doc.date = field("date");
    doc.title = field("title");
    doc.source = field("source");
    if (doc.source.empty()) doc.source = field("url");
    doc.dateline = field("dateline");
    deliver(std::move(doc), where, stats, sink, diagnostics);
  }
  return stats;
}

ReadStats read_inputs(const std::vector<std::string>& paths, const DocumentSink& sink,
                      const DiagnosticSink& diagnostics) {
  ReadStats stats;
  for (const auto& p : paths) {
    if (p == "-") {
      ReadStats s = read_jsonl(std::cin, "<stdin>", sink, diagnostics);
      stats.documents += s.documents;
      stats.errors += s.errors;
      stats.repaired += s.repaired;
      continue;
    }
    std::error_code ec;
    fs::path path(p);
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
           it.increment(ec))
        if (it->is_regular_file()) files.push_back(it->path());
      if (ec) {
        ++stats.errors;
        diagnostics({p, "cannot be listed (" + ec.message() + ")"});
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) read_file(f, stats, sink, diagnostics);
    } else if (fs::exists(path, ec)) {
      read_file(path, stats, sink, diagnostics);
    } else {
      ++stats.errors;
      diagnostics({p, "no such file or folder"});
    }
  }
  return stats;
}

}  // namespace parley
