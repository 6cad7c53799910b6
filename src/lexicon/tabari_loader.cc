// lexicon/tabari_loader.cc — the Translator itself: its state, counts and warnings, and how
// what it emits is kept free of duplicates across files.
//
// The readers of each file kind are Translator members written in their own files
// (tabari_internal.h lists them); tabari_loader.h says what is translated and what is not.
#include "lexicon/tabari_internal.h"

#include <functional>

namespace parley::lexicon {
namespace foreign {

Translator::Translator(Dialect dialect) : s_(std::make_unique<State>()) {
  s_->dialect = dialect;
  s_->emitted.reserve(1 << 18);
  s_->named.reserve(1 << 16);
}
Translator::~Translator() = default;

ForeignDictionary& Translator::out() {
  return s_->out;
}
void Translator::count(const std::string& what, long n) {
  s_->out.counts[what] += n;
}
void Translator::file_read(const std::string& path) {
  s_->out.files.push_back(path);
}
void Translator::warn(const std::string& name, size_t line, std::string message) {
  s_->out.warnings.push_back({name + ":" + std::to_string(line), std::move(message)});
}
void Translator::set_internal_codes(std::map<std::string, std::string> hex_to_cameo) {
  s_->internal_codes = std::move(hex_to_cameo);
}

ForeignDictionary Translator::finish() {
  ForeignDictionary done = std::move(s_->out);
  s_ = std::make_unique<State>();
  return done;
}

bool Translator::add(Entry e) {
  const bool phrases =
      e.field == "name" || e.field == "title" || e.field == "block" || e.field == "verb";
  // What has been emitted is remembered by a 64-bit hash of "key field arg value" (a collision
  // among a million values has odds of 1 in 10^7 and would drop one value).
  std::string& id = s_->scratch;
  id.assign(e.key).append(1, '\x1f').append(e.field).append(1, '\x1f').append(e.arg);
  id.append(1, '\x1f');
  const size_t prefix = id.size();
  auto hash = [](std::string_view s) { return std::hash<std::string_view>()(s); };
  std::vector<std::string> kept;
  if (phrases) {
    const size_t key_hash = hash(e.key);
    for (auto& v : e.values) {
      id.resize(prefix);
      id.append(e.field == "verb" ? v : lower(v));
      if (!s_->emitted.insert(hash(id)).second) {
        count(e.field + " values duplicate (dropped)");
        continue;
      }
      if (e.field == "name") {
        auto [it, fresh] = s_->named.emplace(hash(std::string_view(id).substr(prefix)), key_hash);
        if (!fresh && it->second != key_hash) count("actor names shared by several actors");
      }
      kept.push_back(std::move(v));
    }
  } else {
    for (const auto& v : e.values) id.append(v).append(1, '|');
    if (!s_->emitted.insert(hash(id)).second) return false;
    kept = std::move(e.values);
  }
  if (kept.empty()) return false;
  e.values = std::move(kept);
  s_->out.entries.push_back(std::move(e));
  return true;
}

}  // namespace foreign
}  // namespace parley::lexicon
