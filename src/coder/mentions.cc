// coder/mentions.cc — reading actor phrases and people; see mentions.h for the shapes.
#include "coder/mentions.h"
#include "coder/word_classes.h"
#include "text/ascii.h"

#include <algorithm>
#include <array>
#include <set>

#include "coder/dates.h"

namespace parley::coder {
using text::ascii_lower;
using text::one_of;
namespace {

// Nouns of an act or a stance, after a name or adjective that says whose it is: "the US move",
// "West German opposition", "the Japanese plan".
bool act_noun(std::string_view w) {
  return one_of(
      w,
      {"move",          "moves",       "decision",   "decisions",   "announcement", "actions",
       "policy",        "policies",    "remarks",    "provocation", "provocations", "aggression",
       "measures",      "step",        "steps",      "opposition",  "plan",         "plans",
       "proposal",      "proposals",   "effort",     "efforts",     "threats",      "threat",
       "stance",        "position",    "tariffs",    "refusal",     "intrusion",    "incursion",
       "incursions",    "behaviour",   "behavior",   "conduct",     "demands",      "retaliation",
       "restrictions",  "crackdown",   "invasion",   "occupation",  "airstrike",    "airstrikes",
       "complaint",     "complaints",  "initiative", "initiatives", "offer",        "offers",
       "request",       "requests",    "mediation",  "membership",  "presence",     "involvement",
       "participation", "intervention"});
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : ascii_lower(s)) {
    if ((c >= 'a' && c <= 'z') || c < 0) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

const std::set<std::string, std::less<>>& function_words() {
  static const std::set<std::string, std::less<>> kWords = {
      "the",         "a",         "an",        "in",        "on",        "at",         "of",
      "for",         "to",        "with",      "by",        "from",      "and",        "or",
      "but",         "during",    "after",     "before",    "as",        "this",       "that",
      "these",       "those",     "his",       "her",       "their",     "its",        "our",
      "we",          "i",         "he",        "she",       "they",      "it",         "there",
      "both",        "all",       "other",     "following", "meanwhile", "however",    "also",
      "under",       "according", "while",     "when",      "since",     "until",      "further",
      "furthermore", "moreover",  "in",        "if",        "once",      "press",      "release",
      "statement",   "readout",   "note",      "media",     "source",    "office",     "minister",
      "ministers",   "secretary", "president", "today",     "yesterday", "tomorrow",   "monday",
      "tuesday",     "wednesday", "thursday",  "friday",    "saturday",  "sunday",     "said",
      "several",     "some",      "many",      "new",       "joint",     "photo",      "reuter",
      "reuters",     "regarding", "such",      "what",      "who",       "which",      "where",
      "why",         "how",       "no",        "not",       "please",    "read",       "summary",
      "initial",     "remarks",   "situation", "at",        "based",     "concerning", "given",
      "mr",          "ms",        "dr",        "his",       "her",       "excellency", "honorable",
      "honourable",  "upon",      "over"};
  return kWords;
}

const std::set<std::string, std::less<>>& prepositions() {
  static const std::set<std::string, std::less<>> kWords = {
      "of",      "for",       "in",      "at",         "on",      "with",      "to",
      "from",    "by",        "between", "among",      "against", "toward",    "towards",
      "over",    "about",     "into",    "under",      "after",   "before",    "during",
      "since",   "including", "like",    "near",       "via",     "within",    "without",
      "amid",    "across",    "through", "throughout", "upon",    "regarding", "concerning",
      "beside",  "besides",   "than",    "around",     "behind",  "beyond",    "inside",
      "outside", "along"};
  return kWords;
}

// Matches of one sentence, arranged by start token.
struct Slots {
  struct Best {
    int32_t entity = -1;  // index into lexicon entities
    PhraseKind entity_kind = PhraseKind::kName;
    uint32_t entity_end = 0;
    int32_t title = -1;
    uint32_t title_end = 0;
    bool verb = false;
  };
  std::vector<Best> at;  // by token - first
  uint32_t first = 0, last = 0;

  const Best* get(uint32_t i) const { return i >= first && i < last ? &at[i - first] : nullptr; }
};

Slots build_slots(const Analysis& a, size_t s, const Lexicon& lex) {
  Slots slots;
  slots.first = a.sentences[s].first;
  slots.last = a.sentences[s].last;
  slots.at.resize(slots.last - slots.first);
  std::vector<lexicon::PhraseMatch> blocks;
  for (uint32_t k = a.first_match[s]; k < a.first_match[s + 1]; ++k) {
    const auto& m = a.matches[k];
    PhraseRef ref = lex.phrase(m.payload);
    auto& b = slots.at[m.begin - slots.first];
    switch (ref.kind) {
      case PhraseKind::kName:
      case PhraseKind::kAdjective:
      case PhraseKind::kCapital:
        if (m.end > b.entity_end) {
          b.entity = ref.index;
          b.entity_kind = ref.kind;
          b.entity_end = m.end;
        }
        break;
      case PhraseKind::kTitle:
        if (m.end > b.title_end) {
          b.title = ref.index;
          b.title_end = m.end;
        }
        break;
      case PhraseKind::kVerb:
        b.verb = true;
        break;
      case PhraseKind::kBlock:
        blocks.push_back(m);
        break;
      case PhraseKind::kTopic:
      case PhraseKind::kHolder:
        break;
    }
  }
  // A block phrase hides the actor phrases that start inside it and end within it.
  for (const auto& m : blocks) {
    for (uint32_t i = m.begin; i < m.end; ++i) {
      auto& b = slots.at[i - slots.first];
      if (b.entity >= 0 && b.entity_end <= m.end) b.entity = -1, b.entity_end = 0;
      if (b.title >= 0 && b.title_end <= m.end) b.title = -1, b.title_end = 0;
    }
  }
  return slots;
}

class Reader {
 public:
  Reader(const Analysis& a, size_t s, const Lexicon& lex, Registry& reg)
      : a_(a),
        lex_(lex),
        reg_(reg),
        slots_(build_slots(a, s, lex)),
        first_(a.sentences[s].first),
        last_(a.sentences[s].last) {
    // A headline in capitals gives no clue to names: learn none from it.
    int words = 0, caps = 0;
    for (uint32_t i = first_; i < last_; ++i) {
      if (a.tokens[i].kind != text::TokenKind::kWord || a.tokens[i].size() < 2) continue;
      ++words;
      caps += a.tokens[i].all_caps;
    }
    shouting_ = words >= 3 && caps * 10 >= words * 7;
  }

  std::vector<Mention> read() {
    std::vector<Mention> out;
    read_so_far_ = &out;
    for (uint32_t i = first_; i < last_;) {
      Mention m;
      if (may_start(i) && parse(i, m)) {
        finish(m);
        out.push_back(std::move(m));
        i = out.back().last;
      } else {
        ++i;
      }
    }
    // "We, the Foreign Ministers of ASEAN, ...": the apposition says who "we" are.
    for (size_t i = 0; i + 1 < out.size(); ++i) {
      Mention& self = out[i];
      const Mention& who = out[i + 1];
      if (self.kind != MentionKind::kSelf || who.first != self.last + 1 || low(self.last) != "," ||
          who.entity.empty())
        continue;
      self.entity = who.entity;
      self.also = who.also;
      self.role = who.role;
      self.why = "the apposition after 'we'";
    }
    // "the President spoke with ... President Sarkozy": a bare title is not a person the same
    // sentence names beside it.
    for (auto& m : out) {
      if (!m.why.starts_with("the title of a person met earlier")) continue;
      bool beside = false;
      for (const auto& o : out)
        beside |= &o != &m && o.kind == MentionKind::kPerson && o.name == m.name &&
                  !o.why.starts_with("the title of a person met earlier");
      if (!beside) continue;
      m.kind = MentionKind::kOffice;
      m.name.clear();
      m.entity.clear();
      m.why = "a title, not the person named beside it";
    }
    return out;
  }

 private:
  std::string_view low(uint32_t i) const { return i < last_ ? a_.low(i) : std::string_view(); }
  std::string_view str(uint32_t i) const { return i < last_ ? a_.str(i) : std::string_view(); }
  const Slots::Best* slot(uint32_t i) const { return slots_.get(i); }
  bool has_title(uint32_t i) const { return slot(i) && slot(i)->title >= 0; }
  bool has_entity(uint32_t i) const { return slot(i) && slot(i)->entity >= 0; }

  // Most tokens cannot begin an actor phrase; ruling them out cheaply keeps reading fast.
  bool may_start(uint32_t i) const {
    const auto& t = a_.tokens[i];
    if (t.capitalized || has_entity(i) || has_title(i)) return true;
    std::string_view w = low(i);
    if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
    return one_of(w, {"the", "he", "she", "we", "they", "them", "both", "two", "participants",
                      "members", "member", "his", "her", "our"});
  }

  // Honorifics: "H.E.", "His Excellency", "Mr.", "Dato'", "the Honorable".
  uint32_t honorific(uint32_t i) const {
    std::string_view w = low(i);
    if (w.empty() || w.size() > 11 ||
        !one_of(w.substr(0, 1), {"h", "m", "d", "p", "t", "y", "s", "e"}))
      return 0;
    if (w.ends_with('.')) w.remove_suffix(1);
    if (one_of(w, {"his", "her"}) && low(i + 1) == "excellency") return 2;
    if (one_of(w, {"h.e", "mr", "ms", "mrs", "dr", "prof", "datuk", "datin", "tun", "yb", "sir",
                   "dame", "honorable", "honourable", "hon", "excellency", "sheikh", "madam"}))
      return 1;
    if (w == "dato") return low(i + 1) == "'" ? 2 : 1;
    if (w == "h" && low(i + 1) == "e.") return 2;  // "H. E." written with a space
    if (w == "tan" && low(i + 1) == "sri") return 2;
    return 0;
  }

  bool name_word(uint32_t i) const {
    if (i >= last_ || shouting_) return false;
    const auto& t = a_.tokens[i];
    if (t.kind != text::TokenKind::kWord || !t.capitalized) return false;
    if (has_entity(i) || has_title(i)) return false;
    if (slot(i)->verb && i > first_) return false;
    std::string_view w = low(i);
    if (function_words().count(w) || month_number(w) > 0 || honorific(i) > 0) return false;
    return true;
  }

  // A run of name words: "Prak Sokhonn", "John F. Kelly", "Thomas A. Shannon Jr.", "Ban Ki-Moon".
  uint32_t name_run(uint32_t i) const {
    uint32_t j = i;
    while (true) {
      if (name_word(j)) {
        ++j;
      } else if (j > i && low(j) == "-" && j + 1 < last_ &&
                 a_.tokens[j].begin == a_.tokens[j - 1].end &&
                 a_.tokens[j + 1].begin == a_.tokens[j].end &&
                 a_.tokens[j + 1].kind == text::TokenKind::kWord &&
                 (name_word(j + 1) || !has_entity(j + 1))) {
        j += 2;  // Ki-Moon, Kyung-Wha, and Ki-moon, Jong-un, Suk-yeol in lower case
      } else if (j > i &&
                 one_of(low(j), {"bin", "binti", "van", "von", "de", "da", "al", "el", "del", "di",
                                 "le", "la"}) &&
                 name_word(j + 1)) {
        j += 2;
      } else if (j > i && one_of(low(j), {"al", "el", "ad", "as", "an", "ash", "az"}) &&
                 low(j + 1) == "-" && name_word(j + 2)) {
        j += 3;  // "Haider al-Abadi", "Bashar al-Assad"
      } else {
        break;
      }
      if (j - i > 6) break;
    }
    return j - i;
  }

  // A capitalised word alone that is the surname of one office holder of the document's date
  // ("Putin thanked Erdogan"). Not a month or a word in capitals, not before another name.
  bool lone_surname(uint32_t p) const {
    const auto& t = a_.tokens[p];
    if (!t.capitalized || t.all_caps || str(p).size() < 5 || reg_.date().empty()) return false;
    if (p + 1 < last_ && a_.tokens[p + 1].capitalized) return false;
    if (reg_.unplaced(str(p))) return false;
    // At the head of a sentence a capital says nothing: "Major banks raised rates" is no
    // John Major. There the name must be followed by its verb or a comma.
    if (p == first_ || (p > first_ && low(p - 1) == "\"")) {
      if (p + 1 >= last_) return false;
      std::string_view next = low(p + 1);
      bool verb_next = looks_past_tense(next) || (slot(p + 1) && slot(p + 1)->verb) ||
                       one_of(next, {",", "'s", "said", "says", "told", "and"});
      if (!verb_next) return false;
    }
    return lex_.holder_by_surname(str(p), reg_.date()) != nullptr;
  }

  // "of [the] Entity" at i: returns the entity and moves i past it.
  int32_t of_entity(uint32_t& i) const {
    if (!one_of(low(i), {"of", "for"})) return -1;
    uint32_t q = i + 1;
    if (low(q) == "the") ++q;
    if (has_entity(q) && slot(q)->entity_kind != PhraseKind::kAdjective &&
        !member_states(slot(q)->entity_end) && !member_states(slot(q)->entity_end - 2)) {
      int32_t e = slot(q)->entity;
      i = slot(q)->entity_end;
      return e;
    }
    return -1;
  }

  // "his counterparts from the SCO member states": the members' officials, not the
  // organisation's ("ASEAN Member States agreed" alone still acts as ASEAN).
  bool member_states(uint32_t i) const {
    if (low(i) == "(" && low(i + 2) == ")") i += 3;  // "Organization (SCO) member states"
    if (low(i) == ")") ++i;                          // "(SCO) member states"
    if (one_of(low(i), {"countries", "nations", "members"})) return true;  // "G20 countries"
    return low(i) == "member" && one_of(low(i + 1), {"states", "countries", "nations"});
  }

  // True when the titles before `p` name people who serve where "in"/"from" says: a plural
  // ("lawmakers", "soldiers") or a body ("police", "army"), and no diplomat.
  bool serves_where(uint32_t p) const {
    // People of a role who act for the place they are in or come from. Not diplomats, who
    // serve abroad, nor people who only live or trade there ("foreign nationals and their
    // businesses in South Africa").
    return one_of(
        low(p - 1),
        {"officials",     "authorities", "lawmakers",    "legislators", "parliamentarians",
         "senators",      "soldiers",    "troops",       "forces",      "police",
         "policemen",     "army",        "military",     "militia",     "militias",
         "government",    "parliament",  "media",        "press",       "opposition",
         "rebels",        "insurgents",  "militants",    "guerrillas",  "fighters",
         "leaders",       "ministers",   "judges",       "activists",   "protesters",
         "demonstrators", "dissidents",  "counterparts", "politicians", "generals",
         "commanders",    "guards",      "agencies",     "ministries",  "officers"});
  }

  // Title [and Title]... with "for Portfolio" and "of Entity" extensions.
  bool titles(uint32_t& p, int32_t& title, int32_t& of_ent, uint32_t& title_first) {
    if (!has_title(p)) return false;
    title_first = p;
    while (has_title(p)) {
      if (title < 0 || !lex_.titles()[static_cast<size_t>(slot(p)->title)].entity.empty())
        title = slot(p)->title;
      p = slot(p)->title_end;
      const uint32_t title_end = p;
      while (true) {
        int32_t e = of_entity(p);
        // "soldiers from X", "lawmakers in X and Y", "police in X": people of a role where they
        // serve. Not diplomats, who serve abroad ("ambassadors in Beijing").
        if (e < 0 && of_ent < 0 && serves_ok_ && p == title_end && one_of(low(p), {"from", "in"}) &&
            serves_where(p)) {
          uint32_t q = p + 1;
          if (low(q) == "the") ++q;
          if (has_entity(q) && slot(q)->entity_kind != PhraseKind::kAdjective &&
              !member_states(slot(q)->entity_end) && !member_states(slot(q)->entity_end - 2)) {
            e = slot(q)->entity;
            p = slot(q)->entity_end;
          }
        }
        if (e >= 0) {
          of_ent = e;
          // "the Foreign Ministers of Austria, Kyrgyzstan and Turkey": one office, several states.
          while (one_of(low(p), {",", "and"})) {
            uint32_t q = p + 1;
            bool last_item = low(p) == "and";
            if (low(p) == "," && low(q) == "and") ++q, last_item = true;
            if (low(q) == "the") ++q;
            if (!has_entity(q) || slot(q)->entity_kind == PhraseKind::kAdjective) break;
            extra_.push_back(slot(q)->entity);
            p = slot(q)->entity_end;
            if (last_item) break;
          }
          continue;
        }
        // "Ambassador to Cambodia", "Special Envoy to Syria": where the holder is sent, not
        // whom they represent.
        if (low(p) == "to") {
          uint32_t q = p + 1;
          if (low(q) == "the") ++q;
          if (has_entity(q) && slot(q)->entity_kind != PhraseKind::kAdjective) {
            p = slot(q)->entity_end;
            continue;
          }
        }
        if (one_of(low(p), {"for", "of"}) && p + 1 < last_ && a_.tokens[p + 1].capitalized &&
            !has_title(p + 1)) {
          uint32_t q = p + 1;  // "for Political Affairs", "of the Homeland Security"
          while (q < last_ && ((a_.tokens[q].capitalized && !has_entity(q) && !has_title(q)) ||
                               low(q) == "and" || low(q) == "-" || low(q) == "the"))
            ++q;
          while (q > p + 1 && one_of(low(q - 1), {"and", "the", "-"})) --q;
          if (q > p + 1) {
            p = q;
            continue;
          }
        }
        break;
      }
      if ((low(p) == "and" || low(p) == "/") && has_title(p + 1)) {
        ++p;
        continue;
      }
      if (low(p) == "/" && low(p + 1) == "-") ++p;
      break;
    }
    return true;
  }

  bool parse(uint32_t i, Mention& m) {
    extra_.clear();
    uint32_t p = i;
    bool article = low(p) == "the";
    if (article) ++p;
    // Groups: "both sides", "the two countries", "Participants", "they".
    if (uint32_t g = group(p)) {
      m.kind = MentionKind::kGroup;
      m.first = i;
      m.last = p + g;
      return true;
    }
    // "urged the country to ...": the state last named (coder.cc resolves it).
    if (article && low(p) == "country") {
      m.kind = MentionKind::kGroup;
      m.first = i;
      m.last = p + 1;
      return true;
    }
    if (!article) {
      std::string_view w = low(p);
      if (one_of(w, {"he", "she"})) {
        m.kind = MentionKind::kGroup;
        m.singular_pronoun = true;
        m.first = i;
        m.last = p + 1;
        return true;
      }
      if (one_of(w, {"we"}) || str(p) == "I") {
        m.kind = MentionKind::kSelf;
        m.first = i;
        m.last = p + 1;
        return true;
      }
      // "Our governments stand in opposition ...": the authors speaking as states.
      if (w == "our" && one_of(low(p + 1), {"governments", "government", "countries", "country",
                                            "nations", "nation", "states"})) {
        m.kind = MentionKind::kSelf;
        m.first = i;
        m.last = p + 2;
        return true;
      }
    }
    // "[the] members of [the] X": X acting through its members.
    if (one_of(low(p), {"members", "member"}) && low(p + 1) == "of") {
      uint32_t q = p + 1;
      int32_t e = of_entity(q);
      if (e >= 0) {
        set_entity(m, e, "members of an organisation");
        m.kind = MentionKind::kEntity;
        m.first = i;
        m.last = q;
        return true;
      }
    }
    bool hon = false;
    while (uint32_t h = honorific(p)) {
      p += h;
      hon = true;
      if (low(p) == ",") ++p;
    }
    int32_t pre = -1;
    if (has_entity(p)) {
      uint32_t q = slot(p)->entity_end;
      if (low(q) == "'s") ++q;
      if (has_title(q) || (slot(p)->entity_kind == PhraseKind::kAdjective && low(q) == "side")) {
        pre = slot(p)->entity;
        if (!has_title(q)) {  // "the Chinese side"
          set_entity(m, pre, "the side of a state");
          m.kind = MentionKind::kEntity;
          m.first = i;
          m.last = q + 1;
          return true;
        }
        p = q;
      }
    }
    int32_t title = -1, of_ent = -1;
    uint32_t title_first = p, title_last = p;
    // "Russian citizens from the United States" stay Russian: an entity before the title wins.
    serves_ok_ = pre < 0;
    bool has_t = titles(p, title, of_ent, title_first);
    serves_ok_ = false;
    if (has_t) title_last = p;
    // "MSF Arnor", "human rights activists Gondor": an agent right before the state it serves.
    if (has_t && of_ent < 0 && pre < 0 && has_entity(p) &&
        slot(p)->entity_kind == PhraseKind::kName && low(p - 1) != ",") {
      of_ent = slot(p)->entity;
      p = slot(p)->entity_end;
    }
    // The person's name after the title, or instead of it.
    uint32_t name_first = p;
    if (has_t && low(p) == "," && (honorific(p + 1) || name_run(p + 1) >= 2)) name_first = p + 1;
    while (uint32_t h = honorific(name_first)) {
      name_first += h;
      hon = true;
      if (low(name_first) == ",") ++name_first;
    }
    uint32_t n = name_run(name_first);
    std::string name;
    if (n > 0) {
      std::string candidate = a_.span(name_first, name_first + n);
      bool known = reg_.by_name(candidate) != nullptr;
      if (has_t || hon || pre >= 0 || n >= 2 || known) {
        name = candidate;
        p = name_first + n;
      }
    }
    if (!has_t && name.empty()) {
      if (hon && !has_t) return false;
      return entity_only(i, m);
    }
    // After a name: ", Title [of X]," apposition, or "of X".
    if (!name.empty()) {
      if (int32_t e = of_entity(p); e >= 0) of_ent = e;
      if (!has_t && low(p) == ",") {
        uint32_t q = p + 1;
        if (one_of(low(q), {"the", "former"})) ++q;
        int32_t apre = -1;
        if (has_entity(q) && has_title(slot(q)->entity_end)) {
          apre = slot(q)->entity;
          q = slot(q)->entity_end;
        }
        uint32_t tf = q;
        if (titles(q, title, of_ent, tf)) {
          has_t = true;
          title_first = tf;
          title_last = q;
          if (apre >= 0) pre = apre;
          p = q;
        }
      }
    }
    if (name.empty() && of_ent < 0 && pre < 0 && !office_shape(i, p)) return false;
    m.first = i;
    m.last = p;
    m.kind = name.empty() ? MentionKind::kOffice : MentionKind::kPerson;
    m.name = name;
    if (has_t) {
      const Title& t = lex_.titles()[static_cast<size_t>(title)];
      m.role = t.role;
      m.title = a_.span(title_first, title_last);
      while (!m.title.empty() && (m.title.back() == ',' || m.title.back() == ' '))
        m.title.pop_back();
      if (of_ent >= 0) {
        set_entity(m, of_ent, "the entity after 'of', 'in' or 'from' in the title");
        for (int32_t e : extra_) m.also.push_back(lex_.entities()[static_cast<size_t>(e)].key);
      } else if (pre >= 0) {
        set_entity(m, pre, "the adjective or name before the title");
      } else if (!t.entity.empty() && lex_.entity(t.entity)) {
        m.entity = t.entity;
        m.why = "the default of the title '" + t.phrase + "'";
      }
      // Plural titles without an entity ("the Ministers") stand for the meeting's parties.
      if (m.entity.empty() && name.empty() && str(title_last - 1).ends_with("s") &&
          !str(title_last - 1).ends_with("ss") && !t.phrase.ends_with("s")) {
        m.kind = MentionKind::kGroup;
      }
    } else {
      if (of_ent >= 0)
        set_entity(m, of_ent, "the entity after the name");
      else if (pre >= 0)
        set_entity(m, pre, "the adjective before the name");
    }
    return true;
  }

  // A title without a name or an entity is an office ("the Ministry", "the Secretary-General")
  // only with an article or a capital, and only when no noun follows ("military cooperation").
  bool office_shape(uint32_t first, uint32_t end) const {
    bool article = low(first) == "the" || a_.tokens[first].capitalized;
    if (!article) return false;
    if (end >= last_) return true;
    std::string_view next = low(end);
    const auto& t = a_.tokens[end];
    if (t.kind == text::TokenKind::kPunct || slot(end)->verb || t.capitalized) return true;
    if (next.size() > 3 && next.ends_with("ly")) return true;  // "the Minister later said"
    return function_words().count(next) > 0 || prepositions().count(next) > 0 ||
           one_of(next, {"later", "also", "then", "further", "again", "today", "yesterday"}) ||
           one_of(next,
                  {"has",   "have",   "had",  "is",    "are",   "was",   "were", "will", "would",
                   "shall", "should", "can",  "could", "may",   "might", "must", "did",  "does",
                   "do",    "said",   "says", "who",   "which", "that",  "also", "then", "again"});
  }

  uint32_t group(uint32_t p) const {
    std::string_view w = low(p), x = low(p + 1), y = low(p + 2);
    auto side = [](std::string_view s) {
      return one_of(s, {"sides", "parties", "countries", "organisations", "organizations",
                        "leaders", "ministers", "governments", "nations", "states", "delegations"});
    };
    if (w == "both" && side(x)) return 2;
    if (w == "two" && side(x)) return 2;
    if (w == "the" && x == "two" && side(y)) return 3;
    if (one_of(w, {"participants", "they", "them"})) return 1;
    // "The two discussed ...", "the presidents", "the heads of state": the parties of the
    // meeting just reported. "The leaders of A and B" names its parties and is no group.
    if (p > first_ && low(p - 1) == "the") {
      if (w == "two" && (looks_past_tense(x) || one_of(x, {"also", "have", "will", "discussed"})))
        return 1;
      if (one_of(w, {"presidents", "leaders", "premiers", "counterparts", "chancellors", "pair"}) &&
          !one_of(x, {"of", "from", "in", "at"}))
        return 1;
      if (w == "heads" && x == "of" && one_of(y, {"state", "government"}) && low(p + 3) != "of")
        return 3;
      if (w == "ministers" && !one_of(x, {"of", "for", "from", "in", "at"})) return 1;
      if (one_of(w, {"prime", "foreign"}) && x == "ministers" &&
          !one_of(y, {"of", "for", "from", "in", "at"}))
        return 2;
    }
    if (str(p) == "Both" && !has_entity(p + 1)) return 1;
    if (str(p) == "Meeting" && p > first_ && low(p - 1) == "the") return 1;
    return 0;
  }

  bool entity_only(uint32_t i, Mention& m) {
    uint32_t p = i;
    if (low(p) == "the") ++p;
    if (!has_entity(p)) {
      // A single known surname: "Shultz", "Kishida".
      if (name_word(p) && (reg_.by_name(str(p)) || lone_surname(p))) {
        m.kind = MentionKind::kPerson;
        m.name = std::string(str(p));
        m.first = i;
        m.last = p + 1;
        return true;
      }
      return false;
    }
    const auto& b = *slot(p);
    m.first = i;
    m.last = b.entity_end;
    m.kind = MentionKind::kEntity;
    if (b.entity_kind == PhraseKind::kAdjective) {
      // An adjective names an actor only before an agent noun ("Japanese officials"), which
      // parse() has handled; "Malaysian airspace" is no actor. A plural demonym standing
      // alone is the people of its state: "urged Zimbabweans to ...".
      std::string_view last_word = low(b.entity_end - 1);
      bool people = last_word.size() > 4 && last_word.ends_with("s") &&
                    a_.tokens[b.entity_end - 1].capitalized &&
                    !(b.entity_end < last_ && a_.tokens[b.entity_end].capitalized);
      // "regretted West German opposition", "criticised the Japanese plan": whose act it is.
      const bool air_strike = b.entity_end + 1 < last_ && low(b.entity_end) == "air" &&
                              one_of(low(b.entity_end + 1), {"strike", "strikes", "raid", "raids"});
      // ... over a modifier or two: "West German monetary policy", "the Japanese trade plan".
      bool act = false;
      for (uint32_t q = b.entity_end; q < last_ && q < b.entity_end + 3 && !act; ++q) {
        act = act_noun(low(q));
        const auto& t = a_.tokens[q];
        if (t.kind != text::TokenKind::kWord || t.capitalized || function_words().count(low(q)) ||
            prepositions().count(low(q)) || (slot(q) && slot(q)->verb))
          break;
      }
      if (!people && b.entity_end < last_ && (act || air_strike)) {
        set_entity(m, b.entity, "the adjective of whose act it is");
        m.act_owner = true;
        return true;
      }
      if (!people) return false;
      set_entity(m, b.entity, "a people named by its demonym");
      return true;
    }
    // A company named after a state: "China Everbright Holdings Co Ltd", "Rank Xerox South
    // Africa Pty Ltd".
    for (uint32_t q = b.entity_end; q < last_ && q < b.entity_end + 5; ++q) {
      if (!a_.tokens[q].capitalized) break;
      bool joined = q + 1 < last_ && a_.tokens[q + 1].begin == a_.tokens[q].end;  // "Co-Chairs"
      if (!joined && company_word(str(q))) return false;
    }
    // A name used as a modifier names no actor: "Baghdad violence", "Iran nuclear deal".
    // After a determiner ("the Baghdad violence") or inside a hyphenated compound ("the
    // U.S.-DPRK summit").
    bool after_determiner =
        p > first_ &&
        (one_of(low(p - 1), {"the", "a", "an", "this", "its", "their", "his", "her"}) ||
         (low(p - 1) == "-" && a_.tokens[p - 1].end == a_.tokens[p].begin));
    // "demanded that the US cancel plans": after "that", the name is the clause's subject.
    if (after_determiner && p >= first_ + 2 && low(p - 2) == "that") after_determiner = false;
    if (after_determiner && !has_title(b.entity_end) && b.entity_end < last_) {
      std::string_view next = low(b.entity_end);
      const auto& t = a_.tokens[b.entity_end];
      // "the victims of the Nepal earthquake": a disaster names where it struck.
      bool disaster = one_of(next, {"earthquake", "earthquakes", "floods", "flood", "tsunami",
                                    "cyclone", "typhoon", "hurricane", "famine", "drought"});
      // "condemned the US move", "rejected the Israeli decision": the name is whose act it is.
      disaster |= act_noun(next);
      bool modifier =
          !disaster && t.kind == text::TokenKind::kWord && !t.capitalized &&
          !slot(b.entity_end)->verb && next != "'s" && !function_words().count(next) &&
          !prepositions().count(next) && !next.ends_with("ly") &&
          !one_of(next, {"has",      "have",   "had",   "is",     "are",       "was",   "were",
                         "will",     "would",  "shall", "should", "can",       "could", "may",
                         "might",    "must",   "did",   "does",   "do",        "said",  "says",
                         "and",      "or",     "nor",   "who",    "which",     "that",  "also",
                         "then",     "again",  "later", "today",  "yesterday", "alone", "itself",
                         "too",      "next",   "last",  "this",   "early",     "late",  "earlier",
                         "together", "almost", "now",   "still",  "already",   "once"}) &&
          !looks_past_tense(next);
      if (modifier) return false;
    }
    // "the Shanghai Cooperation Organization (SCO)": the acronym repeats the name before it.
    if (p > first_ && low(p - 1) == "(" && read_so_far_ && !read_so_far_->empty() &&
        read_so_far_->back().last == p - 1 &&
        read_so_far_->back().entity == lex_.entities()[static_cast<size_t>(b.entity)].key)
      return false;
    // "his counterparts from the SCO member states": officials of the members, not of the
    // organisation ("ASEAN Member States agreed" alone still acts as ASEAN).
    if (member_states(b.entity_end) && p > first_ + 1 &&
        (one_of(low(p - 1), {"from", "of", "("}) ||
         (low(p - 1) == "the" && one_of(low(p - 2), {"from", "of"}))))
      return false;
    m.capital = b.entity_kind == PhraseKind::kCapital;
    set_entity(m, b.entity,
               b.entity_kind == PhraseKind::kCapital ? "a capital standing for its government"
                                                     : "a state or organisation by name");
    // "[Entity] Title" ("United Nations Delegation", "ASEAN Secretariat") keeps the title.
    if (has_title(m.last)) {
      m.role = lex_.titles()[static_cast<size_t>(slot(m.last)->title)].role;
      m.last = slot(m.last)->title_end;
    }
    return true;
  }

  void set_entity(Mention& m, int32_t e, std::string why) const {
    m.entity = lex_.entities()[static_cast<size_t>(e)].key;
    m.why = std::move(why);
  }

  void finish(Mention& m) {
    m.text = a_.span(m.first, m.last);
    if (low(m.last) == "'s") {
      m.possessive = true;
      ++m.last;
    }
    // Inside a prepositional phrase? Look back over determiners and capitalised modifiers.
    for (uint32_t k = m.first; k > first_;) {
      --k;
      std::string_view w = low(k);
      const auto& t = a_.tokens[k];
      if (one_of(w, {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "-",
                     "'s", "special", "senior-level"}) ||
          (t.capitalized && k != first_) || t.kind == text::TokenKind::kNumber)
        continue;
      m.in_prep = prepositions().count(w) > 0;
      // "a day after the United Nations appealed": a conjunction opening a clause, whose
      // subject the name is.
      if (m.in_prep && one_of(w, {"after", "before", "since", "until", "as", "once"}) &&
          m.last < last_ && (looks_past_tense(low(m.last)) || (slot(m.last) && slot(m.last)->verb)))
        m.in_prep = false;
      if (m.in_prep) m.prep = std::string(w);
      break;
    }
    if (m.kind == MentionKind::kPerson || (m.kind == MentionKind::kOffice && !m.name.empty())) {
      if (m.entity.empty() || m.title.empty()) {
        if (const Person* p = reg_.by_name(m.name)) {
          if (m.entity.empty()) m.entity = p->entity, m.why = "the person met earlier: " + p->name;
          if (m.title.empty()) m.title = p->title;
          if (m.role.empty()) m.role = p->role;
          m.name = p->name;
        }
      }
      if (m.entity.empty()) {
        // A known office holder, in office on the document's date: "President Joko Widodo".
        const OfficeHolder* h = lex_.holder(m.name, reg_.date());
        // "President Obama", "Mr Kenyatta": a title or honorific with a surname.
        if (!h && m.name.find(' ') == std::string::npos && m.name.size() >= 4 &&
            !reg_.unplaced(m.name))
          h = lex_.holder_by_surname(m.name, reg_.date());
        if (h) {
          m.entity = h->entity;
          m.why = "office holder: " + h->office + " " + h->from + " to " +
                  (h->to.empty() ? std::string("now") : h->to);
          if (m.title.empty()) m.title = h->office;
          const Entity* e = lex_.entity(h->entity);
          if (m.role.empty()) m.role = e && e->kind == EntityKind::kState ? "GOV" : "IGO";
        }
      }
      if (!m.entity.empty() || !m.title.empty())
        reg_.add({m.name, m.title, m.entity, m.role});
      else if (m.kind == MentionKind::kPerson && m.name.find(' ') != std::string::npos)
        reg_.add_unplaced(m.name);
    } else if (m.kind == MentionKind::kOffice) {
      if (const Person* p = reg_.by_title(m.title)) {
        if (m.entity.empty() || m.entity == p->entity) {
          m.kind = MentionKind::kPerson;
          m.name = p->name;
          m.entity = p->entity;
          m.why = "the title of a person met earlier: " + p->name;
        }
      }
    }
  }

  const Analysis& a_;
  const Lexicon& lex_;
  Registry& reg_;
  Slots slots_;
  uint32_t first_, last_;
  bool shouting_ = false;
  std::vector<int32_t> extra_;                         // further entities after "of X, Y and Z"
  const std::vector<Mention>* read_so_far_ = nullptr;  // this sentence's mentions so far
  bool serves_ok_ = false;  // titles() may read "in X" / "from X" (no entity before it)
};

}  // namespace

void Registry::add_unplaced(std::string_view full_name) {
  size_t space = full_name.rfind(' ');
  std::string surname = ascii_lower(full_name.substr(space + 1));
  if (std::find(unplaced_.begin(), unplaced_.end(), surname) == unplaced_.end())
    unplaced_.push_back(std::move(surname));
}

bool Registry::unplaced(std::string_view surname) const {
  std::string low = ascii_lower(surname);
  return std::find(unplaced_.begin(), unplaced_.end(), low) != unplaced_.end();
}

void Registry::add(const Person& p) {
  if (p.name.empty()) return;
  std::string full = ascii_lower(p.name);
  auto it = names_.find(full);
  if (it != names_.end()) {
    Person& old = people_[it->second];
    if (old.entity.empty() && !p.entity.empty()) old.entity = p.entity, ++version_;
    if (old.title.size() < p.title.size()) old.title = p.title, ++version_;
    if (old.role.empty() && !p.role.empty()) old.role = p.role, ++version_;
    return;
  }
  ++version_;
  people_.push_back(p);
  size_t id = people_.size() - 1;
  names_[full] = id;
  auto w = words(p.name);
  while (!w.empty() && one_of(w.back(), {"jr", "sr", "ii", "iii"})) w.pop_back();
  if (w.size() >= 2) names_.emplace(w.back(), id);  // the surname, unless taken
}

const Person* Registry::by_name(std::string_view name) const {
  if (names_.empty()) return nullptr;  // most stories name nobody: skip the string work
  auto it = names_.find(ascii_lower(name));
  if (it != names_.end()) return &people_[it->second];
  if (name.find_first_of(" -.'") == std::string_view::npos) return nullptr;  // one word
  auto w = words(name);
  if (w.size() >= 2) {  // "Mr. Kelly", "Secretary Kerry": try the surname
    it = names_.find(w.back());
    if (it != names_.end()) return &people_[it->second];
  }
  return nullptr;
}

const Person* Registry::by_title(std::string_view title, std::string_view entity) const {
  auto want = words(title);
  std::erase_if(want, [](const std::string& w) { return one_of(w, {"the", "h", "e", "of"}); });
  if (want.empty()) return nullptr;
  for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
    if (!entity.empty() && it->entity != entity) continue;
    auto have = words(it->title);
    bool all = true;
    for (const auto& w : want) all &= std::find(have.begin(), have.end(), w) != have.end();
    if (all) return &*it;
  }
  return nullptr;
}

std::vector<Mention> find_mentions(const Analysis& a, size_t s, const Lexicon& lex,
                                   Registry& registry) {
  return Reader(a, s, lex, registry).read();
}

}  // namespace parley::coder
