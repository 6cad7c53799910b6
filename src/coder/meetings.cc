// coder/meetings.cc — assembling meeting records; see meetings.h.
#include "coder/meetings.h"

#include <algorithm>
#include <set>

#include "coder/dates.h"
#include "text/ascii.h"

namespace parley::coder {
namespace {

using text::one_of;

bool is_meeting_noun(std::string_view w) {
  // Not "talks": headlines in title case ("Wang Yi Holds Telephone Talks") would make names.
  return one_of(w, {"meeting", "meetings", "summit", "retreat", "dialogue", "conference", "session",
                    "consultations", "consultation", "forum"});
}

// Words that may continue a meeting's name leftwards.
bool name_part(const Analysis& a, uint32_t k, uint32_t first) {
  const auto& t = a.tokens[k];
  std::string_view w = a.low(k);
  if (t.capitalized || t.all_caps) return !one_of(w, {"the", "a", "an", "on", "in", "at", "of"});
  if (t.kind == text::TokenKind::kNumber) return true;
  if (w == "-") {  // only a hyphen inside a word: "ASEAN-U.S.", not "Statement - ASEAN"
    return k > first && a.tokens[k - 1].end == t.begin && k + 1 < a.tokens.size() &&
           a.tokens[k + 1].begin == t.end;
  }
  if (w == "'" || w == "'s" || w == "&") return true;
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;  // "32nd"
  // "Secretariat-to-Secretariat": a small word between hyphens
  return k > first && one_of(w, {"to", "and", "on"}) && a.low(k - 1) == "-" &&
         k + 1 < a.tokens.size() && a.low(k + 1) == "-";
}

}  // namespace

uint32_t body_first(const Analysis& a, size_t s) {
  // "MOSCOW, April 13 - ...", "Phnom Penh (FN), May 19 - ...": the wire dateline before the
  // dash names no actor of the sentence.
  const auto& sent = a.sentences[s];
  for (uint32_t k = sent.first; k < sent.last && k < sent.first + 12; ++k) {
    if (a.low(k) != "-" || k == sent.first) continue;
    bool spaced = a.tokens[k - 1].end < a.tokens[k].begin;
    bool dated = false, agency = false;
    for (uint32_t j = k > sent.first + 4 ? k - 4 : sent.first; j < k; ++j) {
      dated |= a.tokens[j].kind == text::TokenKind::kNumber || month_number(a.low(j)) > 0;
      // "Tehran, IRNA - ...": a place and a news agency in capitals.
      agency |= j > sent.first && a.tokens[j].all_caps && a.low(j).size() >= 3 &&
                a.low(j).size() <= 6 && a.low(j - 1) == ",";
    }
    if (spaced && (dated || (agency && k <= sent.first + 4))) return k + 1;
  }
  return sent.first;
}

namespace {

bool is_press_event(const std::string& name) {
  std::string l = text::ascii_lower(name);
  return l.find("press") != std::string::npos || l.find("news conference") != std::string::npos ||
         l.find("briefing") != std::string::npos;
}

bool same_name(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::string x = text::ascii_lower(a), y = text::ascii_lower(b);
  if (x.size() < y.size()) std::swap(x, y);
  return x == y || (x.ends_with(" " + y) && y.find(' ') != std::string::npos);
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

void add_unique(std::vector<std::string>& v, const std::string& x) {
  if (!x.empty() && !contains(v, x)) v.push_back(x);
}

void add_person(std::vector<Participant>& v, const Participant& p) {
  // Someone whose side is unknown, or a name that is one hyphenated word ("Asia-Pacific"),
  // is no participant the record can stand by.
  if (p.name.empty() || p.affiliation.empty()) return;
  if (p.name.find(' ') == std::string::npos && p.name.find('-') != std::string::npos) return;
  for (auto& q : v) {
    if (q.name == p.name) {
      if (q.affiliation.empty()) q.affiliation = p.affiliation;
      if (q.title.size() < p.title.size()) q.title = p.title;
      return;
    }
  }
  v.push_back(p);
}

Participant participant_of(const Mention& m) {
  return {m.name, m.title, m.entity};
}

// Did the named meeting take place, as far as this sentence says?
// Where "was held" / "took place" follows a meeting's name, over the rest of its name ("The
// 27th Inter-Sessional Meeting of the Conference of Heads of Government of the Caribbean
// Community (CARICOM) was held at ..."): the token after the name's end, or 0.
uint32_t held_after(const Analysis& a, size_t s, const MeetingName& n) {
  const auto& sent = a.sentences[s];
  for (uint32_t k = n.last; k < sent.last && k < n.last + 24; ++k) {
    std::string_view w = a.low(k);
    if (one_of(w, {",", ";", ":", "that", "which"})) break;
    if (one_of(w, {"held", "place", "convened", "opened", "concluded"}) &&
        (k <= n.last + 1 || one_of(a.low(k - 1), {"was", "were", "took", "is", "has", "been"})))
      return k;
  }
  return 0;
}

bool took_place(const Analysis& a, size_t s, const MeetingName& n, bool is_title) {
  const auto& sent = a.sentences[s];
  // "following the 7th ASEAN-UN Summit", "the forthcoming Summit": another meeting's context.
  for (uint32_t k = n.first, steps = 0; k > sent.first && steps < 3; ++steps) {
    --k;
    if (one_of(a.low(k), {"following", "after", "before", "since", "forthcoming", "upcoming",
                          "next", "ahead", "preparations", "prepare", "towards", "toward"}))
      return false;
  }
  bool hedged = false;
  auto is_hedge = [&](std::string_view w) {
    return one_of(w, {"will", "would", "shall", "not", "may", "might", "plans", "plan", "expected",
                      "scheduled", "invited", "invitation", "upcoming"});
  };
  for (uint32_t k = sent.first; k < n.first; ++k) hedged |= is_hedge(a.low(k));
  if (is_title) return !hedged && !(n.first > sent.first && a.low(n.first - 1) == "to");
  // Object of a verb of taking part, before it in the sentence.
  for (uint32_t k = n.first, steps = 0; k > sent.first && steps < 16; ++steps) {
    --k;
    std::string_view w = a.low(k);
    if (one_of(w, {";", "that", "which"})) break;
    if (one_of(w, {"attend", "attended", "attending", "chaired", "chairing", "hosted", "hosting",
                   "held", "holding", "convened", "convening", "participated", "joined", "opened",
                   "addressed", "attends", "chairs", "holds", "co-chaired"})) {
      // Inside a relative clause ("who was visiting Myanmar to attend ..."): background.
      for (uint32_t r = k; r > sent.first;) {
        --r;
        if (a.low(r) == ",") break;
        if (one_of(a.low(r), {"who", "which"})) return false;
      }
      return !hedged;
    }
  }
  // Subject of "was held", "took place".
  return held_after(a, s, n) > 0 && !hedged;
}

}  // namespace

std::vector<MeetingName> find_meeting_names(const Analysis& a, size_t s) {
  std::vector<MeetingName> out;
  const auto& sent = a.sentences[s];
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    if (!is_meeting_noun(a.low(i)) || !(a.tokens[i].capitalized || a.tokens[i].all_caps)) continue;
    uint32_t b = i;
    while (b > sent.first && name_part(a, b - 1, sent.first)) --b;
    while (b < i && one_of(a.low(b), {"-", "'", "'s"})) ++b;
    if (b == i) continue;  // "the Meeting": a reference, not a name
    uint32_t e = i + 1;
    if (e + 1 < sent.last && a.low(e) == "(" && a.tokens[e + 1].all_caps) {
      uint32_t close = e + 1;
      while (close < sent.last && close < e + 6 && a.low(close) != ")") ++close;
      if (close < sent.last && a.low(close) == ")") e = close + 1;  // "(AMM Retreat)"
    }
    out.push_back({b, e, a.span(b, e)});
    i = e - 1;
  }
  return out;
}

std::vector<Meeting> assemble_meetings(const MeetingContext& ctx,
                                       const std::vector<MeetingMention>& verbs,
                                       std::vector<std::string>* trace) {
  const Analysis& a = ctx.analysis;
  struct Record {
    Meeting m;
    size_t sentence;
    std::vector<size_t> sentences;  // every sentence that reports it
    bool named = false;
    bool dated = false;  // the date was stated, not the news date
    std::set<std::string> cameos;
  };
  std::vector<Record> records;
  auto log = [&](const std::string& s) {
    if (trace) trace->push_back(s);
  };
  auto sentence_date = [&](size_t s) {
    const auto& sent = a.sentences[s];
    for (const auto& d : find_dates(a.norm.text, a.tokens, sent.first, sent.last, a.month_first)) {
      auto ref = Date::parse_iso(ctx.news_date);
      Date r = resolve(d, ref ? *ref : Date{});
      if (!r.iso().empty()) return r.iso();
    }
    return ctx.news_date;
  };

  // Named meetings that took place, in document order, interleaved with meeting verbs.
  size_t next_verb = 0;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    if (std::find(ctx.skip_units.begin(), ctx.skip_units.end(), static_cast<int>(s)) !=
        ctx.skip_units.end())
      continue;
    const auto& ms = ctx.mentions[s];
    bool is_title =
        s < 8 && a.sentences[s].line && records.empty() && a.sentence_text(s) == ctx.title;
    for (const auto& n : find_meeting_names(a, s)) {
      if (is_press_event(n.text)) continue;  // a press conference is no meeting of parties
      if (!took_place(a, s, n, is_title)) {
        log("meeting name '" + n.text + "' in sentence " + std::to_string(s) +
            ": not reported as held here");
        continue;
      }
      // Same name as a record already made (in any case, or the end of it: "the Binational
      // Meeting" after "the 9th Argentina-Chile Binational Meeting"): the same meeting again.
      Record* r = nullptr;
      for (auto& old : records)
        if (same_name(old.m.name, n.text)) r = &old;
      if (!r) {
        records.emplace_back();
        r = &records.back();
        r->sentence = s;
        r->named = true;
        r->m.name = n.text;
        r->m.date = sentence_date(s);
      }
      r->sentences.push_back(s);
      const uint32_t held = held_after(a, s, n);
      for (const auto& m : ms) {
        bool inside = (m.last > n.first && m.last <= n.last) ||
                      (held > 0 && m.first >= n.last && m.last <= held);
        bool subject =
            !m.in_prep && m.last <= n.first && !m.entity.empty() && m.first >= body_first(a, s);
        bool with = m.in_prep && one_of(m.prep, {"with", "by"});
        if (inside || subject || with) add_unique(r->m.parties, m.entity);
        if (m.kind == MentionKind::kPerson && (subject || with))
          add_person(r->m.participants, participant_of(m));
      }
      log("meeting '" + n.text + "' (sentence " + std::to_string(s) + ") took place");
    }
    // Meeting verbs of this sentence.
    for (; next_verb < verbs.size() && verbs[next_verb].sentence == s; ++next_verb) {
      const MeetingMention& v = verbs[next_verb];
      Record* into = nullptr;
      for (auto it = records.rbegin(); it != records.rend() && !into; ++it) {
        Record& r = *it;
        // Two stated dates that differ are two meetings; a headline's news date yields.
        bool other_day = !r.m.date.empty() && !v.date.empty() && r.m.date != v.date &&
                         (r.dated == v.dated || r.named);
        // A meeting on the sidelines of another, or one of several one-to-one meetings, is
        // not the named gathering itself; it may be the same bilateral told again.
        if (other_day ||
            ((v.sidelines || v.one_of_several) && (r.named || r.m.parties.size() >= 3)))
          continue;
        if (v.bilateral && r.m.parties.size() >= 3) continue;
        bool fits = true;
        for (const auto& side : v.sides)
          fits &= contains(r.m.parties, side) || r.m.parties.size() < 2;
        if (!fits) continue;
        // Two different people for one side: two meetings.
        bool clash = false;
        for (const auto& p : v.people)
          for (const auto& q : r.m.participants)
            clash |= p.affiliation == q.affiliation && !p.name.empty() && p.name != q.name &&
                     !p.affiliation.empty() && r.sentence != s;
        if (!clash) into = &r;
      }
      if (!into) {
        Record r;
        r.sentence = s;
        r.m.date = v.date;
        r.dated = v.dated;
        records.push_back(std::move(r));
        into = &records.back();
        log("meeting from the verb in sentence " + std::to_string(s) + " (" + v.cameo + ")" +
            (v.sidelines ? ": on the sidelines, a meeting of its own" : ""));
      } else {
        log("the meeting verb in sentence " + std::to_string(s) +
            " joins the meeting of sentence " + std::to_string(into->sentence));
      }
      into->sentences.push_back(s);
      for (const auto& side : v.sides) add_unique(into->m.parties, side);
      for (const auto& p : v.people) add_person(into->m.participants, p);
      into->cameos.insert(v.cameo);
      if (into->m.date.empty() || (v.dated && !into->dated)) {
        into->m.date = v.date;
        into->dated = v.dated;
      }
    }
    // "Other senior UN officials participating in the meeting included: ...", or a sentence
    // about "the Meeting": its people took part in the latest meeting.
    if (!records.empty() && s > records.back().sentence) {
      const auto& sent = a.sentences[s];
      bool about_meeting = false, taking_part = false;
      for (uint32_t k = sent.first; k < sent.last; ++k) {
        std::string_view w = a.low(k);
        about_meeting |= one_of(w, {"meeting", "talks", "dialogue", "retreat", "summit"});
        taking_part |= w.starts_with("participat") ||
                       one_of(w, {"included", "include", "includes", "accompanied", "joined",
                                  "attended", "gathering"});
      }
      if (about_meeting && taking_part) {
        for (const auto& m : ms) {
          if (m.kind != MentionKind::kPerson || m.entity.empty()) continue;
          if (m.in_prep && !one_of(m.prep, {"with", "by", "between", "including"})) continue;
          add_person(records.back().m.participants, participant_of(m));
          log("'" + m.name + "' (sentence " + std::to_string(s) +
              ") took part in the meeting of sentence " + std::to_string(records.back().sentence));
        }
      }
    }
  }

  std::vector<Meeting> out;
  for (auto& r : records) {
    if (r.m.parties.empty()) continue;
    Meeting& m = r.m;
    if (r.cameos.count("041"))
      m.kind = "call";
    else if (r.cameos.count("042") || r.cameos.count("043"))
      m.kind = "visit";
    else if (m.parties.size() >= 3 || (r.named && m.parties.size() == 1))
      m.kind = "multilateral";
    else
      m.kind = "bilateral";
    if (m.parties.size() < 2 && !r.named) continue;  // a meeting needs two sides
    for (size_t s : r.sentences) {
      if (m.location || !ctx.place_of) break;
      m.location = ctx.place_of(s);
    }
    if (!m.location && m.kind != "call") m.location = ctx.default_place;
    if (m.kind == "call") m.location.reset();  // a call happens in no one place
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace parley::coder
