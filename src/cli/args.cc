// cli/args.cc — flag parsing for the parley front-end.
#include "cli/args.h"

#include <algorithm>

namespace parley::cli {

Args::Args(int argc, char** argv, int start, const std::vector<std::string>& with_values) {
  for (int i = start; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-" || a.size() < 2 || a[0] != '-') {
      positional_.push_back(a);
      continue;
    }
    std::string value;
    bool has_value = false;
    if (size_t eq = a.find('='); eq != std::string::npos) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_value = true;
    }
    bool wants = std::find(with_values.begin(), with_values.end(), a) != with_values.end();
    if (wants && !has_value) {
      if (i + 1 >= argc) {
        error_ = a + " needs a value";
        return;
      }
      value = argv[++i];
    }
    flags_.emplace_back(a, value);
  }
}

bool Args::has(const std::string& flag) const {
  return std::any_of(flags_.begin(), flags_.end(), [&](const auto& f) { return f.first == flag; });
}

std::string Args::get(const std::string& flag, const std::string& fallback) const {
  for (auto it = flags_.rbegin(); it != flags_.rend(); ++it)
    if (it->first == flag) return it->second;
  return fallback;
}

std::vector<std::string> Args::all(const std::string& flag) const {
  std::vector<std::string> out;
  for (const auto& f : flags_)
    if (f.first == flag) out.push_back(f.second);
  return out;
}

}  // namespace parley::cli
