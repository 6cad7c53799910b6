// lexicon/tabari_agents.cc — the .agents reader: titles ("PRESIDENT [GOV]"), their plurals,
// "{...}" forms and "!PERSON!" substitution sets, as parley `title` entries.
#include "lexicon/tabari_internal.h"

#include <algorithm>
#include <optional>

namespace parley::lexicon {
namespace foreign {

void Translator::agents(std::string_view text, const std::string& name) {
  for (const Line& l : lines(text, name)) {
    std::string t = l.text;
    if (t.front() == '!' && t.find('=') != std::string::npos) {  // !PERSON! = MAN, MEN, ...
      size_t second = t.find('!', 1), eq = t.find('=');
      if (second == std::string::npos || second > eq) {
        warn(name, l.number, "a substitution set needs '!NAME! = A, B'; skipped");
        count("lines skipped");
        continue;
      }
      auto& list = s_->markers[t.substr(1, second - 1)];
      list.clear();
      for (auto item : split_any(std::string_view(t).substr(eq + 1), ","))
        if (!trim(item).empty()) list.emplace_back(trim(item));
      count("agent substitution sets");
      continue;
    }
    size_t open = t.find('[');
    if (open == std::string::npos) {
      warn(name, l.number, "an agent needs a [CODE]; skipped");
      count("lines skipped");
      continue;
    }
    size_t close = t.find_first_of("]}", open);
    if (close != std::string::npos && t[close] == '}')
      warn(name, l.number, "the code ends with '}' instead of ']'; read anyway");
    std::string role = std::string(
        trim(std::string_view(t).substr(open + 1, close == t.npos ? t.npos : close - open - 1)));
    std::string body(trim(std::string_view(t).substr(0, open)));
    bool before_actor = role.ends_with("~");
    role.erase(std::remove(role.begin(), role.end(), '~'), role.end());
    role = upper(trim(role));
    if (!is_code(role)) {
      warn(name, l.number, "'" + role + "' is not an agent code; skipped");
      count("lines skipped");
      continue;
    }
    std::optional<std::string> given;  // "{PLURAL}", or "{}" for none
    if (size_t brace = body.find('{'); brace != std::string::npos) {
      size_t end = body.find('}', brace);
      if (end == std::string::npos) {
        warn(name, l.number, "a '{' is not closed; skipped");
        count("lines skipped");
        continue;
      }
      given = std::string(trim(std::string_view(body).substr(brace + 1, end - brace - 1)));
      body = std::string(trim(std::string_view(body).substr(0, brace)));
    }
    std::vector<std::string> raws;
    if (size_t bang = body.find('!'); bang != std::string::npos) {
      size_t end = body.find('!', bang + 1);
      auto it = end == std::string::npos ? s_->markers.end()
                                         : s_->markers.find(body.substr(bang + 1, end - bang - 1));
      if (it == s_->markers.end()) {
        warn(name, l.number, "an undefined or unclosed !MARKER!; skipped");
        count("lines skipped");
        continue;
      }
      for (const auto& sub : it->second)
        raws.push_back(body.substr(0, bang) + sub + body.substr(end + 1));
    } else {
      raws.push_back(body);
      if (given) {
        if (!given->empty()) raws.push_back(*given);
      } else if (s_->dialect == Dialect::kPetrarch) {
        if (std::string p = plural(body); !p.empty()) raws.push_back(p);
      }
    }
    std::vector<std::string> phrases;
    for (const auto& raw : raws) {
      if (damaged(raw)) {
        warn(name, l.number, "a character of '" + raw + "' was lost; phrase skipped");
        continue;
      }
      if (std::string_view(raw).find_first_of(" \t") != std::string_view::npos)
        count("agent phrases with a gap (made consecutive)");
      for (auto& p : noun_phrases(raw))
        if (p.find('|') == std::string::npos) phrases.push_back(std::move(p));
    }
    if (phrases.empty()) {
      warn(name, l.number, "the agent has no usable phrase; skipped");
      count("lines skipped");
      continue;
    }
    size_t before = s_->out.entries.size();
    // A role written before the actor code ("[NGO~]") keeps its mark: the coder puts it first.
    if (!add({role + (before_actor ? "~" : ""), "title", "", phrases,
              name + ":" + std::to_string(l.number)})) {
      warn(name, l.number, "repeats an earlier agent; skipped");
      count("agents duplicate (skipped)");
      continue;
    }
    count("agents");
    count("agent phrases", static_cast<long>(s_->out.entries[before].values.size()));
    if (before_actor) count("agents written before the actor code (NGO~)");
  }
}

}  // namespace foreign
}  // namespace parley::lexicon
