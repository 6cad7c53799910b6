// text/validation_reader.cc — PETRARCH XML and TABARI validation records; see validation.h.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parley/validation.h"

namespace parley {
namespace fs = std::filesystem;
namespace {

// The value of attribute `name` in a start tag: name="v", name = "v" or name='v'.
std::string attribute(const std::string& tag, const std::string& name) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (size_t at = tag.find(name); at != std::string::npos; at = tag.find(name, at + 1)) {
    if (at == 0 || !space(tag[at - 1])) continue;
    size_t k = at + name.size();
    while (k < tag.size() && space(tag[k])) ++k;
    if (k >= tag.size() || tag[k] != '=') continue;
    ++k;
    while (k < tag.size() && space(tag[k])) ++k;
    if (k >= tag.size() || (tag[k] != '"' && tag[k] != '\'')) continue;
    size_t end = tag.find(tag[k], k + 1);
    return end == std::string::npos ? "" : tag.substr(k + 1, end - k - 1);
  }
  return "";
}

std::string collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int line_at(const std::string& s, size_t pos) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(pos), '\n'));
}

// The folder holding a dictionary the suite names: beside it, or in ../dictionaries.
std::string find_folder(const fs::path& suite, const std::string& file) {
  for (fs::path dir : {suite.parent_path(), suite.parent_path().parent_path() / "dictionaries"})
    if (fs::exists(dir / file)) return dir.string();
  // Else anywhere in the tree four levels up (the anchors keep each coder's files apart).
  fs::path top = suite.parent_path();
  for (int i = 0; i < 4 && top.has_parent_path(); ++i) top = top.parent_path();
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(top, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it.depth() > 6) it.disable_recursion_pending();
    if (it->path().filename() == file) return it->path().parent_path().string();
  }
  return "";
}

ValidationSuite read_petrarch(const std::string& text, const fs::path& path) {
  ValidationSuite suite;
  size_t env = text.find("<Verbfile>");
  if (env != std::string::npos) {
    size_t end = text.find("</Verbfile>", env);
    std::string verbs = collapse(text.substr(env + 10, end - env - 10));
    std::string folder = find_folder(path, verbs);
    if (folder.empty())
      suite.warnings.push_back({path.string(), "the verb file '" + verbs +
                                                   "' it names was not found beside it or in "
                                                   "../dictionaries; give --dict yourself"});
    else if (verbs.starts_with("PETR.Validate"))
      suite.dictionaries.push_back("petrarch-validate:" + folder);
    else
      suite.dictionaries.push_back("petrarch:" + folder);
  }
  for (size_t pos = text.find("<Sentence "); pos != std::string::npos;
       pos = text.find("<Sentence ", pos + 1)) {
    size_t tag_end = text.find('>', pos);
    size_t close = text.find("</Sentence>", pos);
    if (tag_end == std::string::npos || close == std::string::npos) break;
    std::string tag = text.substr(pos, tag_end - pos);
    std::string body = text.substr(tag_end, close - tag_end);
    ValidationRecord r;
    r.id = attribute(tag, "id");
    r.date = attribute(tag, "date");
    r.line = line_at(text, pos);
    size_t t = body.find("<Text>"), te = body.find("</Text>");
    if (t == std::string::npos || te == std::string::npos) {
      suite.warnings.push_back({path.string() + ":" + std::to_string(r.line),
                                "record " + r.id + " has no <Text>; skipped"});
      continue;
    }
    r.text = collapse(body.substr(t + 6, te - t - 6));
    for (size_t e = body.find("<EventCoding"); e != std::string::npos;
         e = body.find("<EventCoding", e + 1)) {
      std::string ev = body.substr(e, body.find('>', e) - e);
      if (attribute(ev, "noevents") == "True") continue;
      // error="storydiscard", error="sentencediscard": a record the coder must not code.
      if (!attribute(ev, "error").empty()) continue;
      r.expected.push_back(
          {attribute(ev, "sourcecode"), attribute(ev, "targetcode"), attribute(ev, "eventcode")});
    }
    suite.records.push_back(std::move(r));
  }
  return suite;
}

ValidationSuite read_tabari(const std::string& text, const fs::path& path) {
  ValidationSuite suite;
  fs::path project = path.parent_path() / (path.stem().string() + ".project");
  if (fs::exists(project))
    suite.dictionaries.push_back("tabari:" + project.string());
  else
    suite.warnings.push_back({path.string(), project.filename().string() +
                                                 " was not found beside it; give --dict yourself"});
  std::istringstream in(text);
  std::string line;
  int number = 0;
  ValidationRecord cur;
  bool in_text = false, in_comment = false, have = false;
  auto flush = [&] {
    if (have && cur.id.find("START") == std::string::npos) suite.records.push_back(cur);
    cur = ValidationRecord();
    have = false;
  };
  bool blank_before = true;
  while (std::getline(in, line)) {
    ++number;
    const bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
    // A record header ends a comment whose "*/" was forgotten, when a blank line precedes it.
    if ((!in_comment || blank_before) && line.size() > 8 &&
        std::isdigit(static_cast<unsigned char>(line[0])) &&
        line.find_first_not_of("0123456789") == 6 && (line[6] == ' ' || line[6] == '\t')) {
      blank_before = false;
      in_comment = false;
      flush();
      cur.date = line.substr(0, 6);
      cur.id = collapse(line.substr(7));
      cur.line = number;
      in_text = have = true;
      continue;
    }
    blank_before = blank;
    if (!have) continue;
    if (in_text) {
      size_t c = line.find("/*");
      if (c == std::string::npos) {
        cur.text = collapse(cur.text + " " + line);
        continue;
      }
      cur.text = collapse(cur.text + " " + line.substr(0, c));
      in_text = false;
      in_comment = true;
      line = line.substr(c);
    }
    if (in_comment) {
      for (size_t b = line.find('{'); b != std::string::npos; b = line.find('{', b + 1)) {
        size_t e = line.find('}', b);
        std::string rest = line.substr(b + 1, e == std::string::npos ? e : e - b - 1);
        if (size_t o = rest.find("OPTION:"); o != std::string::npos) {
          // "{ OPTION: SET: CODE ALL }"; some lines lose their '}' before the "*/".
          rest = rest.substr(o + 7);
          if (size_t c = rest.find("*/"); c != std::string::npos) rest.resize(c);
          cur.options.push_back(collapse(rest));
          if (e == std::string::npos) break;
          continue;
        }
        if (e == std::string::npos) break;
        std::string inner = line.substr(b + 1, e - b - 1);
        size_t s1 = inner.find('/'), s2 = inner.rfind('/');
        if (s1 == std::string::npos || s1 == s2) continue;
        cur.expected.push_back({collapse(inner.substr(0, s1)),
                                collapse(inner.substr(s1 + 1, s2 - s1 - 1)),
                                collapse(inner.substr(s2 + 1))});
      }
      if (line.find("*/") != std::string::npos) in_comment = false;
    }
  }
  flush();
  return suite;
}

}  // namespace

Result<ValidationSuite> read_validation_suite(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot be opened; check the path");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.find("<Sentence ") != std::string::npos) return read_petrarch(text, path);
  return read_tabari(text, path);
}

}  // namespace parley
