// lexicon/lexicon.cc — loading dictionaries and compiling them into one phrase matcher.
#include "parley/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "lexicon/dictionary_file.h"
#include "lexicon/embedded_data.h"
#include "lexicon/inflect.h"
#include "lexicon/matcher.h"
#include "lexicon/petrarch_loader.h"
#include "lexicon/tabari_loader.h"
#include "parley/document.h"
#include "text/ascii.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace parley {

Lexicon::~Lexicon() = default;

const Entity* Lexicon::entity(std::string_view key) const {
  auto it = entity_index_.find(std::string(key));
  return it == entity_index_.end() ? nullptr : &entities_[static_cast<size_t>(it->second)];
}

const Entity* Lexicon::state_by_alpha2(std::string_view code) const {
  std::string upper(code);
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  auto it = alpha2_.find(upper);
  return it == alpha2_.end() ? nullptr : entity(it->second);
}

const OfficeHolder* Lexicon::holder(std::string_view name, const std::string& date) const {
  const std::string key = text::ascii_lower(name);
  auto [b, e] = holder_index_.equal_range(key);
  const OfficeHolder* found = nullptr;
  for (auto it = b; it != e; ++it) {
    const OfficeHolder& h = holders_[static_cast<size_t>(it->second)];
    // With no date, the latest term: Mogherini is the EU's High Representative, not the
    // Italian minister she was before.
    if (h.held_on(date) && (!found || h.from >= found->from)) found = &h;
  }
  return found;
}

const OfficeHolder* Lexicon::holder_by_surname(std::string_view surname,
                                               const std::string& date) const {
  auto [b, e] = surname_index_.equal_range(text::ascii_lower(surname));
  const OfficeHolder* found = nullptr;
  for (auto it = b; it != e; ++it) {
    const OfficeHolder& h = holders_[static_cast<size_t>(it->second)];
    if (!h.held_on(date)) continue;
    if (found && found->name != h.name) return nullptr;  // two people: ambiguous
    if (!found || h.from >= found->from) found = &h;
  }
  return found;
}

const Place* Lexicon::place(std::string_view name, const std::vector<std::string>& prefer) const {
  const std::string key = text::ascii_lower(name);
  auto it = place_index_.find(key);
  if (it == place_index_.end()) return nullptr;
  for (int32_t id : it->second) {  // most populous first
    const Place& p = places_[static_cast<size_t>(id)];
    if (std::find(prefer.begin(), prefer.end(), p.country) != prefer.end()) return &p;
  }
  return &places_[static_cast<size_t>(it->second.front())];
}

const CameoInfo* Lexicon::cameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

// Collects entries from every source, then builds the Lexicon in dependency order.
class LexiconBuilder {
 public:
  explicit LexiconBuilder(std::vector<Diagnostic>& warnings) : warnings_(warnings) {}

  void add_file(std::string_view text, const std::string& name) {
    bool countries = name.find("countr") != std::string::npos;
    for (auto& e : lexicon::parse_dictionary(text, name, warnings_)) {
      if (countries) state_keys_.insert(e.key);
      entries_.push_back(std::move(e));
    }
  }

  // Entries already parsed, from another coder's dictionaries.
  void add_entries(std::vector<lexicon::Entry>&& entries) {
    for (auto& e : entries) {
      foreign_.insert(e.where);
      entries_.push_back(std::move(e));
    }
  }

  // Debian iso-codes: iso_3166-1.json (current) or iso_3166-3.json (withdrawn).
  void add_iso_json(std::string_view text, const std::string& name) {
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
      warnings_.push_back({name, "not valid JSON; the ISO 3166 names were not loaded"});
      return;
    }
    bool withdrawn = json.contains("3166-3");
    const auto& list = withdrawn ? json["3166-3"] : json["3166-1"];
    if (!list.is_array()) return;
    for (const auto& c : list) {
      std::string key = c.value("alpha_3", "");
      if (key.size() != 3 || withdrawn) continue;  // withdrawn states come from countries.txt
      alpha2_[c.value("alpha_2", "")] = key;
      state_keys_.insert(key);
      for (const char* field : {"common_name", "name", "official_name"}) {
        std::string value = c.value(field, "");
        if (value.empty() || value.find(", ") != std::string::npos)
          continue;  // "Korea, Republic of"
        lexicon::Entry e{
            key, field == std::string("official_name") ? "official" : "name", "", {value}, name};
        entries_.push_back(std::move(e));
      }
    }
  }

  // The gazetteer: `name<TAB>ascii_name<TAB>alpha-2<TAB>lat<TAB>lon<TAB>population` a line.
  void add_gazetteer(std::string_view text, const std::string& name) {
    gazetteer_.emplace_back(text, name);
  }

  Result<std::shared_ptr<const Lexicon>> build() {
    auto lex = std::shared_ptr<Lexicon>(new Lexicon());
    lex_ = lex.get();
    collect_irregulars();
    collect_cameo();
    collect_entities();
    collect_titles_and_verbs();
    collect_places();
    for (const auto& [a2, a3] : alpha2_)
      if (!a2.empty()) lex->alpha2_[a2] = a3;
    if (lex->verbs_.empty())
      return Status::Error(
          "no verb patterns were loaded; check the dictionaries (`parley dict check DIR`)");
    lex->matcher_ = matcher_.build();
    return std::shared_ptr<const Lexicon>(lex);
  }

 private:
  void warn(const lexicon::Entry& e, std::string message) {
    warnings_.push_back({e.where, std::move(message)});
  }

  void collect_places() {
    if (state_keys_.count("XKX")) alpha2_.emplace("XK", "XKX");  // Kosovo: user-assigned code
    auto& places = lex_->places_;
    auto& index = lex_->place_index_;
    for (const auto& [text, name] : gazetteer_) {
      size_t line_no = 0, bad = 0;
      for (size_t pos = 0; pos < text.size();) {
        size_t nl = text.find('\n', pos);
        std::string_view line =
            text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        ++line_no;
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        for (size_t b = 0;;) {
          size_t t = line.find('\t', b);
          f.emplace_back(line.substr(b, t == std::string_view::npos ? line.npos : t - b));
          if (t == std::string_view::npos) break;
          b = t + 1;
        }
        auto country = f.size() == 6 ? alpha2_.find(f[2]) : alpha2_.end();
        if (country == alpha2_.end()) {
          if (++bad <= 3)
            warnings_.push_back(
                {name + ":" + std::to_string(line_no),
                 "expected 6 tab-separated fields with a known country code; skipped"});
          continue;
        }
        Place p{f[0], country->second, std::atof(f[3].c_str()), std::atof(f[4].c_str()),
                std::atol(f[5].c_str())};
        int32_t id = static_cast<int32_t>(places.size());
        places.push_back(std::move(p));
        index[text::ascii_lower(f[0])].push_back(id);
        if (f[1] != f[0]) index[text::ascii_lower(f[1])].push_back(id);
      }
    }
    for (auto& [key, ids] : index)
      std::stable_sort(ids.begin(), ids.end(), [&](int32_t x, int32_t y) {
        return places[static_cast<size_t>(x)].population >
               places[static_cast<size_t>(y)].population;
      });
    // Aliases: `US place: Washington, D.C. | Washington | ...` puts the named city first.
    for (const auto& e : entries_) {
      if (e.field != "place") continue;
      auto country = alpha2_.find(e.key);
      auto it = index.find(text::ascii_lower(e.values.front()));
      int32_t target = -1;
      if (country != alpha2_.end() && it != index.end())
        for (int32_t id : it->second)
          if (places[static_cast<size_t>(id)].country == country->second && target < 0) target = id;
      if (target < 0) {
        if (!places.empty())
          warn(e, "the gazetteer has no city '" + e.values.front() + "' in " + e.key +
                      "; line skipped");
        continue;
      }
      for (const auto& v : e.values) {
        auto& ids = index[text::ascii_lower(v)];
        std::erase(ids, target);
        ids.insert(ids.begin(), target);
      }
    }
  }

  void collect_irregulars() {
    for (const auto& e : entries_) {
      if (e.field != "forms") continue;
      lexicon::IrregularForms f;
      f.pasts = {e.values.begin(), e.values.end()};
      if (f.pasts.size() >= 3 && f.pasts.back().ends_with("ing")) {
        f.ing = f.pasts.back();
        f.pasts.pop_back();
      }
      irregular_[e.key] = std::move(f);
    }
  }

  void collect_cameo() {
    for (const auto& e : entries_) {
      if (e.field != "event") continue;
      if (e.values.size() != 3) {
        warn(e, "a CAMEO code line needs 'name | goldstein | plover'; line skipped");
        continue;
      }
      CameoInfo info;
      info.name = e.values[0];
      try {
        info.goldstein = std::stod(e.values[1]);
      } catch (...) {
        warn(e, "the Goldstein value '" + e.values[1] + "' is not a number; line skipped");
        continue;
      }
      info.plover = e.values[2] == "-" ? "" : e.values[2];
      int root = std::atoi(e.key.substr(0, 2).c_str());
      info.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      lex_->cameo_[e.key] = info;
    }
    // A sub-code PLOVER drops inherits its parent's type.
    for (auto& [code, info] : lex_->cameo_) {
      if (!info.plover.empty() || code.size() != 4) continue;
      auto parent = lex_->cameo_.find(code.substr(0, 3));
      if (parent != lex_->cameo_.end()) info.plover = parent->second.plover;
    }
  }

  int32_t entity_id(const std::string& key) {
    auto it = lex_->entity_index_.find(key);
    if (it != lex_->entity_index_.end()) return it->second;
    Entity ent;
    ent.key = key;
    ent.code = key;
    ent.kind = state_keys_.count(key) ? EntityKind::kState : EntityKind::kOrganization;
    int32_t id = static_cast<int32_t>(lex_->entities_.size());
    lex_->entities_.push_back(std::move(ent));
    lex_->entity_index_.emplace(key, id);
    return id;
  }

  void collect_entities() {
    for (const auto& e : entries_) {
      PhraseKind kind;
      if (e.field == "name" || e.field == "official" || e.field == "former")
        kind = PhraseKind::kName;
      else if (e.field == "adj")
        kind = PhraseKind::kAdjective;
      else if (e.field == "capital")
        kind = PhraseKind::kCapital;
      else if (e.field == "dated") {
        // `KEY dated CODE: FROM | TO`
        Entity& ent = lex_->entities_[static_cast<size_t>(entity_id(e.key))];
        ent.dated.push_back({e.arg, e.values.front() == "-" ? "" : e.values.front(),
                             e.values.size() > 1 && e.values[1] != "-" ? e.values[1] : ""});
        if (ent.code == ent.key) ent.code = e.arg;
        continue;
      } else if (e.field == "was") {
        // `KEY was OTHER: FROM | TO`: the text's KEY stood for the state OTHER then.
        Entity& ent = lex_->entities_[static_cast<size_t>(entity_id(e.key))];
        ent.was.push_back({e.arg, e.values.front() == "-" ? "" : e.values.front(),
                           e.values.size() > 1 && e.values[1] != "-" ? e.values[1] : ""});
        continue;
      } else if (e.field == "also") {
        Entity& ent = lex_->entities_[static_cast<size_t>(entity_id(e.key))];
        ent.also.insert(ent.also.end(), e.values.begin(), e.values.end());
        continue;
      } else if (e.field == "code" || e.field == "parent") {
        Entity& ent = lex_->entities_[static_cast<size_t>(entity_id(e.key))];
        (e.field == "code" ? ent.code : ent.parent) = e.values.front();
        continue;
      } else {
        continue;
      }
      int32_t id = entity_id(e.key);
      Entity& ent = lex_->entities_[static_cast<size_t>(id)];
      if (ent.name.empty() && kind == PhraseKind::kName) {
        ent.name = e.values.front();
        if (ent.name.size() > 1 && ent.name.back() == '+') ent.name.pop_back();  // a stem
      }
      for (const auto& v : e.values) add_phrase(v, {kind, id}, e);
    }
  }

  void collect_titles_and_verbs() {
    for (const auto& e : entries_) {
      if (e.field == "title") {
        for (const auto& v : e.values) {
          int32_t id = static_cast<int32_t>(lex_->titles_.size());
          lex_->titles_.push_back({v, e.key, e.arg});
          add_phrase(v, {PhraseKind::kTitle, id}, e);
        }
      } else if (e.field == "block") {
        const bool foreign = foreign_.count(e.where) > 0;
        const int32_t index = !foreign                   ? -1
                              : e.key == "DISCARD"       ? PhraseRef::kDiscardSentence
                              : e.key == "DISCARD_STORY" ? PhraseRef::kDiscardStory
                                                         : -1;
        for (const auto& v : e.values) add_phrase(v, {PhraseKind::kBlock, index}, e);
      } else if (e.field == "topic") {
        int32_t id = static_cast<int32_t>(lex_->topics_.size());
        lex_->topics_.push_back(e.values.front());
        // The first value is the topic's name as reported; the phrases that name it follow
        // (a bare "Myanmar" names an actor, so "Myanmar" as a name is no phrase of its own).
        for (size_t i = 1; i < e.values.size(); ++i)
          add_phrase(e.values[i], {PhraseKind::kTopic, id}, e);
      } else if (e.field == "holder") {
        add_holder(e);
      } else if (e.field == "verb") {
        // Another coder's dictionary may define codes of its own (TABARI's test suite codes
        // 901-905); they are kept as written.
        if (!lex_->cameo_.empty() && !lex_->cameo_.count(e.key) && !foreign_.count(e.where)) {
          warn(e, "'" + e.key + "' is not a CAMEO event code; line skipped");
          continue;
        }
        for (const auto& v : e.values) add_verb(v, e);
      } else if (e.field != "name" && e.field != "official" && e.field != "former" &&
                 e.field != "adj" && e.field != "capital" && e.field != "code" &&
                 e.field != "parent" && e.field != "forms" && e.field != "event" &&
                 e.field != "block" && e.field != "topic" && e.field != "holder" &&
                 e.field != "place" && e.field != "dated" && e.field != "also" &&
                 e.field != "was") {
        warn(e, "unknown field '" + e.field + "'; line skipped");
      }
    }
  }

  static std::vector<std::string> words_of(std::string_view phrase, bool* caps) {
    text::NormalizedText n = text::normalize(phrase, Markup::kPlain);
    std::vector<std::string> words;
    bool letters = false, lower = false;
    for (const auto& t : text::tokenize(n.text)) {
      words.emplace_back(n.lower.substr(t.begin, t.size()));
      for (uint32_t k = t.begin; k < t.end; ++k) {
        char c = n.text[k];
        letters |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        lower |= c >= 'a' && c <= 'z';
      }
    }
    if (caps) *caps = letters && !lower;
    return words;
  }

  void add_phrase(const std::string& value, PhraseRef ref, const lexicon::Entry& e) {
    bool caps = false;
    // "Kuwait+": the last word is a stem (another coder's dictionaries; data/README.md).
    const bool stem = value.size() > 1 && value.back() == '+';
    auto words =
        words_of(stem ? std::string_view(value).substr(0, value.size() - 1) : value, &caps);
    if (words.empty()) {
      warn(e, "the value '" + value + "' has no words; ignored");
      return;
    }
    std::vector<lexicon::PatternItem> items;
    for (auto& w : words) {
      if (w == "*" && !items.empty() && !items.back().is_gap())  // "Prince * Dol Amroth"
        items.push_back({{}, lexicon::PhraseMatcher::kShortGap});
      else if (w != "*")
        items.push_back({{std::move(w)}});
    }
    while (!items.empty() && items.back().is_gap()) items.pop_back();
    if (items.empty()) {
      warn(e, "the value '" + value + "' has no words; ignored");
      return;
    }
    if (stem) items.back().stems = items.back().words;
    add(items, caps, ref);
    // "the United States" and "United States" both: names may follow an article in text,
    // which the coder skips, so nothing else is needed here.
  }

  // `KEY holder: name | office | from | to [| other spellings]`
  void add_holder(const lexicon::Entry& e) {
    auto is_date = [](const std::string& d) {
      return d == "-" || (d.size() >= 4 && d.size() <= 10 && d[0] >= '0' && d[0] <= '9');
    };
    if (e.values.size() < 4 || !is_date(e.values[2]) || !is_date(e.values[3])) {
      warn(e,
           "an office holder line needs 'name | office | from | to' with dates as YYYY-MM-DD "
           "(to may be '-'); line skipped");
      return;
    }
    OfficeHolder h{e.values[0], e.values[1], e.key, e.values[2] == "-" ? "" : e.values[2],
                   e.values[3] == "-" ? "" : e.values[3]};
    int32_t id = static_cast<int32_t>(lex_->holders_.size());
    lex_->holders_.push_back(h);
    for (size_t i = 0; i < e.values.size(); ++i) {
      if (i == 1 || i == 2 || i == 3) continue;
      lex_->holder_index_.emplace(text::ascii_lower(e.values[i]), id);
      std::string name = text::ascii_lower(e.values[i]);
      size_t space = name.find_last_of(" -");
      if (space != std::string::npos && space + 1 < name.size())
        lex_->surname_index_.emplace(name.substr(space + 1), id);
    }
  }

  void add_verb(const std::string& pattern, const lexicon::Entry& e) {
    std::vector<lexicon::PatternItem> items;
    int literals = 0;
    std::vector<std::string> head;
    std::istringstream in(pattern);
    std::string piece;
    bool ok = true;
    // "$" and "+": the source's and target's places (another coder's patterns): before the
    // matched words, among them (a gap of up to six words), or after them.
    char source_slot = 0, target_slot = 0, skip_slot = 0;
    bool skip_before_target = false, after_skip = false;
    char* open_slot = nullptr;  // a slot among the words, until a word follows it
    while (in >> piece) {
      skip_before_target |= after_skip && piece == "+";
      after_skip = piece == "^";
      if (piece == "$" || piece == "+" || piece == "^") {  // "^": an actor passed over
        char& slot = piece == "$" ? source_slot : piece == "+" ? target_slot : skip_slot;
        slot = items.empty() ? 'L' : head.empty() ? 'B' : 'A';
        if (!items.empty()) {
          if (items.back().is_gap())
            items.back().max_gap = std::max(items.back().max_gap, 6);
          else
            items.push_back({{}, 6});
          open_slot = &slot;
        }
        continue;
      }
      if (piece != "*" && piece != "**") open_slot = nullptr;
      if (piece == "*" || piece == "**") {
        int gap =
            piece == "*" ? lexicon::PhraseMatcher::kShortGap : lexicon::PhraseMatcher::kLongGap;
        if (items.empty() || !items.back().is_gap())
          items.push_back({{}, gap});
        else
          items.back().max_gap = std::max(items.back().max_gap, gap);
        continue;
      }
      // "word+": a stem, any word that begins with it (TABARI's reading of its dictionaries).
      const bool stem = piece.size() > 1 && piece.back() == '+' && piece != "{+}";
      if (stem) piece.pop_back();
      if (piece.size() > 2 && piece.front() == '{' && piece.back() == '}') {
        std::string lemma = piece.substr(1, piece.size() - 2);
        // "{act_|acting|actuality+}": more forms of the verb, as another coder's dictionary
        // lists them ("GIVE {GAVE GIVEN}"), each whole or a stem; for this pattern only.
        std::vector<std::string> more;
        if (size_t bar = lemma.find('|'); bar != std::string::npos) {
          std::istringstream forms_in(lemma.substr(bar + 1));
          for (std::string f; std::getline(forms_in, f, '|');)
            if (!f.empty()) more.push_back(text::ascii_lower(f));
          lemma.resize(bar);
        }
        const bool stem_head = lemma.size() > 1 && lemma.back() == '+';  // "{restor+}"
        if (stem_head) lemma.pop_back();
        // "{depart_}": TABARI's regular endings, which include "-es" and "-en".
        const bool endings = lemma.size() > 1 && lemma.back() == '_';
        if (endings) lemma.pop_back();
        auto words = words_of(lemma, nullptr);
        if (words.empty()) {
          ok = false;
          break;
        }
        for (size_t i = 0; i + 1 < words.size(); ++i) items.push_back({{words[i]}});
        auto forms = lexicon::inflect(words.back(), irregular_);
        // TABARI's regular endings for a root written "DEPART_" include "-es" and "-en".
        if (endings)
          for (const char* ending : {"es", "en"})
            if (std::find(forms.begin(), forms.end(), words.back() + ending) == forms.end())
              forms.push_back(words.back() + ending);
        std::vector<std::string> stems;
        if (stem_head) stems.push_back(words.back());
        for (auto& f : more) {
          if (f.size() > 1 && f.back() == '+')
            stems.push_back(f.substr(0, f.size() - 1));
          else if (std::find(forms.begin(), forms.end(), f) == forms.end())
            forms.push_back(f);
        }
        if (head.empty()) head = forms;
        items.push_back({forms});
        items.back().stems = std::move(stems);
        continue;
      }
      if (stem) {
        auto words = words_of(piece, nullptr);
        for (size_t i = 0; i < words.size(); ++i) items.push_back({{words[i]}});
        if (!items.empty()) items.back().stems = {items.back().words.front()};
        continue;
      }
      if (piece.find('{') != std::string::npos || piece.find('}') != std::string::npos) {
        ok = false;
        break;
      }
      for (auto& w : words_of(piece, nullptr)) items.push_back({{std::move(w)}});
    }
    if (open_slot && !items.empty() && items.back().is_gap()) {  // "... +": after the words
      items.pop_back();
      *open_slot = 'T';
    }
    if (!ok || items.empty() || items.front().is_gap() || items.back().is_gap()) {
      warn(e, "the verb pattern '" + pattern +
                  "' is malformed (braces hold one verb, '*' may not start or end it); ignored");
      return;
    }
    int32_t id = static_cast<int32_t>(lex_->verbs_.size());
    for (const auto& item : items) literals += !item.is_gap();
    lex_->verbs_.push_back({e.key, pattern, std::move(head), e.where, literals,
                            foreign_.count(e.where) > 0, e.arg, source_slot, target_slot,
                            skip_before_target});
    add(items, false, {PhraseKind::kVerb, id});
  }

  void add(const std::vector<lexicon::PatternItem>& items, bool caps, PhraseRef ref) {
    int32_t payload = static_cast<int32_t>(lex_->phrases_.size());
    lex_->phrases_.push_back(ref);
    matcher_.add(items, caps, payload);
  }

  std::vector<Diagnostic>& warnings_;
  std::vector<lexicon::Entry> entries_;
  std::set<std::string> foreign_;  // `where` of the entries from another coder's dictionaries
  std::set<std::string> state_keys_;
  std::map<std::string, std::string> alpha2_;  // ISO alpha-2 -> alpha-3
  std::vector<std::pair<std::string_view, std::string>> gazetteer_;
  lexicon::IrregularVerbs irregular_;
  lexicon::PhraseMatcher::Builder matcher_;
  Lexicon* lex_ = nullptr;
};

Result<std::shared_ptr<const Lexicon>> Lexicon::load(const LexiconOptions& options,
                                                     std::vector<Diagnostic>& warnings) {
  LexiconBuilder builder(warnings);
  {
    for (const auto& f : embedded::files()) {
      // Without parley's own dictionaries, its language data stays: the English verb forms
      // and the CAMEO codebook's values.
      std::string_view p = f.path;
      if (!options.builtin && !p.starts_with("data/english/") && !p.starts_with("data/cameo/"))
        continue;
      std::string path = f.path;
      if (path.ends_with(".json"))
        builder.add_iso_json(f.text, path);
      else if (path.ends_with(".tsv"))
        builder.add_gazetteer(f.text, path);
      else
        builder.add_file(f.text, path);
    }
  }
  namespace fs = std::filesystem;
  for (const auto& spec : options.dictionary_dirs) {
    // Another coder's dictionaries, translated into parley's entries.
    auto foreign = [&](Result<lexicon::ForeignDictionary> loaded) -> Status {
      if (!loaded.ok()) return loaded.status();
      for (auto& w : loaded->warnings) warnings.push_back(std::move(w));
      builder.add_entries(std::move(loaded->entries));
      return Status::Ok();
    };
    if (spec.starts_with("petrarch:") || spec.starts_with("petrarch-validate:") ||
        spec.starts_with("tabari:")) {
      Status st;
      if (spec.starts_with("petrarch:"))
        st = foreign(lexicon::load_petrarch(spec.substr(9), lexicon::PetrarchFiles::kProduction));
      else if (spec.starts_with("petrarch-validate:"))
        st = foreign(lexicon::load_petrarch(spec.substr(18), lexicon::PetrarchFiles::kValidation));
      else
        st = foreign(lexicon::load_tabari(spec.substr(7)));
      if (!st.ok()) return st;
      continue;
    }
    const std::string& dir = spec;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      return Status::Error(dir +
                           ": not a folder of dictionaries; give a folder that holds *.txt files");
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
         it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path());
    if (ec) return Status::Error(dir + ": cannot be read (" + ec.message() + ")");
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
      std::ifstream in(p, std::ios::binary);
      if (!in) {
        warnings.push_back({p.string(), "cannot be opened; skipped"});
        continue;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      builder.add_file(ss.str(), p.string());
    }
  }
  return builder.build();
}

}  // namespace parley
