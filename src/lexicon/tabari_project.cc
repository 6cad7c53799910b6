// lexicon/tabari_project.cc — a TABARI .project file: the <actorsfile>, <agentsfile>,
// <verbsfile> and <optionsfile> it names, read in that order by one Translator (load_tabari).
// Option files are only counted.
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace parley::lexicon {
namespace foreign {

Status read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot be opened; check the path");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": cannot be read");
  text = std::move(ss).str();
  return Status::Ok();
}

}  // namespace foreign

Result<ForeignDictionary> load_tabari(const std::string& project_file) {
  namespace fs = std::filesystem;
  std::string project;
  if (Status st = foreign::read_file(project_file, project); !st.ok()) return st;
  foreign::Translator t(foreign::Dialect::kTabari);
  t.file_read(project_file);
  const fs::path base = fs::path(project_file).parent_path();
  // <actorsfile> Name, <verbsfile> Name, ...: read actors first, then agents, verbs, options.
  const std::vector<std::string> kinds = {"actorsfile", "agentsfile", "verbsfile", "optionsfile"};
  std::vector<std::vector<std::pair<std::string, size_t>>> named(kinds.size());
  size_t number = 0;
  for (std::string_view rest = project; !rest.empty();) {
    size_t nl = rest.find('\n');
    std::string_view line = foreign::trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++number;
    if (!line.starts_with("<")) continue;
    size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag(line.substr(1, close - 1));
    auto kind = std::find(kinds.begin(), kinds.end(), tag);
    if (kind == kinds.end()) continue;
    std::string_view file = foreign::trim(line.substr(close + 1));
    file = file.substr(0, file.find_first_of(" \t"));
    if (file.empty()) {
      t.warn(project_file, number, "<" + tag + "> names no file; skipped");
      continue;
    }
    named[static_cast<size_t>(kind - kinds.begin())].emplace_back(std::string(file), number);
  }
  int read = 0;
  for (size_t k = 0; k < kinds.size(); ++k) {
    for (const auto& [file, line] : named[k]) {
      fs::path p(file);
      std::string path = (p.is_absolute() ? p : base / p).string();
      std::string text;
      if (Status st = foreign::read_file(path, text); !st.ok()) {
        t.warn(project_file, line, "<" + kinds[k] + "> " + st.message() + "; skipped");
        continue;
      }
      t.file_read(path);
      ++read;
      if (kinds[k] == "actorsfile") t.actors(text, path);
      if (kinds[k] == "agentsfile") t.agents(text, path);
      if (kinds[k] == "verbsfile") t.verbs(text, path);
      if (kinds[k] == "optionsfile") {
        long options = 0;
        for (const auto& l : t.lines(text, path)) options += !l.text.starts_with("//");
        t.count("option lines (not translated)", options);
      }
    }
  }
  if (read == 0)
    return Status::Error(project_file +
                         ": names no dictionary that can be read (<actorsfile>, <verbsfile>, "
                         "<agentsfile>, <optionsfile>)");
  return t.finish();
}

}  // namespace parley::lexicon
