// lexicon/tabari_actors.cc — the .actors reader: an actor is a name, its synonyms ("+" lines)
// and its codes, maybe dated; it becomes code, name, also and dated entries, or a block phrase
// for actors coded [---] and [###].
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <optional>

namespace parley::lexicon {
namespace foreign {
namespace {

// A key from an actor's name for actors whose code changes with the date (the code cannot be
// their key: many people share USAGOV over the years).
std::string person_key(std::string_view phrase) {
  std::string key;
  for (char c : upper(phrase)) {
    if (is_upper(c) || is_digit(c) || c == '-' || c == '.')
      key += c;
    else if ((c == ' ' || c == '_') && !key.empty() && key.back() != '_')
      key += '_';
  }
  while (!key.empty() && (key.back() == '_' || key.back() == '.')) key.pop_back();
  return key.empty() ? "ACTOR" : key;
}

}  // namespace

void Translator::actors(std::string_view text, const std::string& name) {
  struct Record {
    size_t line = 0, last = 0;
    std::vector<std::pair<std::string, size_t>> phrases;  // raw phrase, line
    std::vector<std::pair<CodeSpec, size_t>> codes;
  };
  std::optional<Record> rec;
  std::string skip_section;

  auto brackets = [&](std::string_view s, size_t line) {
    std::vector<std::pair<CodeSpec, size_t>> specs;
    for (size_t open = s.find('['); open != std::string_view::npos; open = s.find('[', open + 1)) {
      size_t close = s.find(']', open);
      if (close == std::string_view::npos) warn(name, line, "a '[' is not closed; read to the end");
      std::string_view inside = s.substr(open + 1, close == s.npos ? s.npos : close - open - 1);
      CodeSpec spec;
      std::string note, problem = parse_code_spec(inside, spec, note);
      if (!problem.empty()) {
        warn(name, line, "code [" + std::string(inside) + "]: " + problem + "; code skipped");
        count("actor codes skipped");
        continue;
      }
      if (!note.empty()) warn(name, line, note);
      specs.emplace_back(spec, line);
      if (close == s.npos) break;
    }
    return specs;
  };

  auto emit = [&](Record& r) {
    std::vector<std::string> names;
    for (auto& [raw, line] : r.phrases) {
      if (damaged(raw)) {
        warn(name, line,
             "a character of '" + raw +
                 "' was lost before the file reached us (U+FFFD or a control byte); name skipped");
        count("actor names skipped (damaged)");
        continue;
      }
      std::vector<std::string> ps = noun_phrases(raw);
      if (ps.empty() || ps.front().find('|') != std::string::npos) {
        warn(name, line, "'" + raw + "' is no usable name; skipped");
        continue;
      }
      for (auto& p : ps) names.push_back(std::move(p));
    }
    if (names.empty()) {
      warn(name, r.line, "the actor has no usable name; skipped");
      count("actors skipped");
      return;
    }
    std::string fallback;           // the code when no date applies
    std::vector<std::string> also;  // more codes the actor stands for ([FRO/BIL/SAM])
    bool null_code = false, discard = false;
    std::vector<std::pair<CodeSpec, size_t>> dated;
    for (auto& [spec, line] : r.codes) {
      std::string code = spec.code;
      if (code.find('/') != std::string::npos) {
        // [FRO/BIL/SAM]: the actor stands for each; the first is its code, the rest `also`.
        for (std::string_view more :
             split_any(std::string_view(code).substr(code.find('/') + 1), "/"))
          if (is_code(more) && !spec.dated) also.emplace_back(more);
        if (spec.dated)
          warn(name, line, "[" + code + "] gives several dated codes; parley keeps the first");
        count("actors with several codes");
        code = code.substr(0, code.find('/'));
        spec.code = code;
      }
      const bool special = code == "---" || code == "###";
      if (!special && !is_code(code)) {
        warn(name, line,
             code == "+++" ? "[+++] marks a sentence as too complex to code (TABARI); skipped"
                           : "'" + code + "' is not an actor code; skipped");
        count("actor codes skipped");
        continue;
      }
      if (spec.dated) {
        if (special) {
          warn(name, line, "a dated " + code + " code has no parley equivalent; skipped");
          count("actor codes skipped");
        } else {
          dated.emplace_back(spec, line);
        }
      } else if (code == "---") {
        null_code = fallback.empty() && !discard;
      } else if (code == "###") {
        discard = fallback.empty() && !null_code;
      } else if (fallback.empty()) {
        fallback = code;
      } else if (code != fallback) {
        warn(name, line,
             "a second undated code [" + code + "]; the first, " + fallback + ", is kept");
      }
    }
    if (dated.empty() && fallback.empty() && (null_code || discard)) {
      std::string key = null_code ? "NOACTOR" : "DISCARD";
      if (add({key, "block", "", names, name + ":" + std::to_string(r.line)}))
        count(null_code ? "actors coded --- (block phrases)" : "actors coded ### (discards)");
      return;
    }
    if (dated.empty() && fallback.empty()) {
      warn(name, r.line, "the actor '" + names.front() + "' has no code; skipped");
      count("actors skipped");
      return;
    }
    std::string key = fallback, code = fallback;
    for (const auto& more : also) key += "_" + more;  // its own entity: "FRO" alone is another
    if (!dated.empty()) {
      // The code of the latest period stands in when no date is known.
      if (code.empty()) {
        auto latest = std::max_element(dated.begin(), dated.end(), [](auto& a, auto& b) {
          auto end = [](const CodeSpec& s) { return s.to == "-" ? std::string("9") : s.to; };
          return end(a.first) < end(b.first);
        });
        code = latest->first.code;
      }
      std::string signature = code;
      for (auto& n : names) signature += "|" + n;
      for (auto& [spec, line] : dated) signature += "|" + spec.code + spec.from + spec.to;
      std::string base = person_key(names.front());
      key = base;
      for (int n = 2;; ++n) {
        auto [it, fresh] = s_->person_keys.emplace(key, signature);
        if (fresh || it->second == signature) break;
        key = base + "_" + std::to_string(n);
      }
    }
    const std::string where = name + ":" + std::to_string(r.line);
    bool any = add({key, "code", "", {code}, where});
    if (!also.empty() && dated.empty()) add({key, "also", "", also, where});
    size_t before = s_->out.entries.size();
    bool named = add({key, "name", "", names, where});
    long kept = named ? static_cast<long>(s_->out.entries[before].values.size()) : 0;
    for (auto& [spec, line] : dated)
      if (add({key, "dated", spec.code, {spec.from, spec.to}, name + ":" + std::to_string(line)})) {
        count("actor dated codes");
        any = true;
      }
    if (!named && !any) {
      warn(name, r.line, "'" + names.front() + "' repeats an earlier actor; skipped");
      count("actors duplicate (skipped)");
      return;
    }
    count("actors");
    count("actor names", kept);
  };

  for (const Line& l : lines(text, name)) {
    std::string_view t = l.text;
    if (!skip_section.empty()) {
      if (t == "</" + skip_section + ">") skip_section.clear();
      count("actor file lines in grammar sections (not actors)");
      continue;
    }
    if (t.front() == '<') {
      size_t close = t.find('>');
      std::string tag(t.substr(1, close == t.npos ? t.npos : close - 1));
      if (close != t.npos && !tag.empty() && tag.front() != '/' &&
          std::all_of(tag.begin(), tag.end(), is_upper)) {
        skip_section = tag;  // TABARI's <NOUN>, <ADJECTIVE> word lists
      } else {
        warn(name, l.number, "an unknown tag; line skipped");
        count("lines skipped");
      }
      continue;
    }
    if (t.front() == '[') {
      if (!rec) {
        warn(name, l.number, "a code with no actor before it; skipped");
        count("lines skipped");
        continue;
      }
      for (auto& s : brackets(t, l.number)) rec->codes.push_back(std::move(s));
      rec->last = l.number;
      continue;
    }
    const bool synonym = t.front() == '+';
    if (synonym && !rec) {
      warn(name, l.number, "a synonym ('+') with no actor before it; skipped");
      count("lines skipped");
      continue;
    }
    if (!synonym) {
      // A name with no code on the line right above another name is a synonym whose '+' was
      // forgotten (BORIS_N._YELTSIN / YELTSIN / ... / [RUSELI ...]); PETRARCH would leave it
      // without a code.
      if (rec && rec->codes.empty() && l.number == rec->last + 1) {
        warn(name, rec->last,
             "a name with no code right above another name: read as its synonym (a missing '+')");
        count("actor names read as synonyms (missing '+')");
      } else {
        if (rec) emit(*rec);
        rec = Record{l.number, l.number, {}, {}};
      }
    }
    rec->last = l.number;
    std::string_view body = synonym ? t.substr(1) : t;
    size_t open = body.find('[');
    std::string_view raw = trim(body.substr(0, open));
    if (!raw.empty()) rec->phrases.emplace_back(std::string(raw), l.number);
    if (open != std::string_view::npos)
      for (auto& s : brackets(body.substr(open), l.number)) rec->codes.push_back(std::move(s));
  }
  if (rec) emit(*rec);
}

}  // namespace foreign
}  // namespace parley::lexicon
