// export/json_writer.cc — the output contract (DESIGN.md section 3) as one JSON line.
#include <nlohmann/json.hpp>

#include "parley/output.h"

namespace parley {
namespace {

using nlohmann::ordered_json;

ordered_json null_or(const std::string& s) {
  return s.empty() ? ordered_json() : ordered_json(s);
}

ordered_json actor(const Actor& a) {
  ordered_json j;
  j["entity"] = a.entity;
  j["code"] = null_or(a.code);
  j["name"] = null_or(a.name);
  if (!a.title.empty()) j["title"] = a.title;
  return j;
}

ordered_json location(const std::optional<Location>& l) {
  if (!l) return nullptr;
  ordered_json j;
  j["place"] = null_or(l->place);
  j["country"] = null_or(l->country);
  if (l->lat) j["lat"] = *l->lat;
  if (l->lon) j["lon"] = *l->lon;
  return j;
}

}  // namespace

std::string to_json(const CodedDocument& doc) {
  ordered_json j;
  j["doc"] = doc.doc;
  j["title"] = null_or(doc.title);
  j["dateline"] = {{"date", null_or(doc.dateline.date)}, {"place", null_or(doc.dateline.place)}};
  j["events"] = ordered_json::array();
  for (const auto& e : doc.events) {
    ordered_json x;
    x["date"] = null_or(e.date);
    x["source"] = actor(e.source);
    x["target"] = e.target ? actor(*e.target) : ordered_json();
    x["cameo"] = e.cameo;
    x["root"] = e.root;
    x["quad"] = e.quad;
    x["goldstein"] = e.goldstein;
    x["plover"] = null_or(e.plover);
    x["topics"] = e.topics;
    x["location"] = location(e.location);
    x["sentence"] = e.sentence;
    x["span"] = {e.span_begin, e.span_end};
    x["text"] = e.text;
    j["events"].push_back(std::move(x));
  }
  j["meetings"] = ordered_json::array();
  for (const auto& m : doc.meetings) {
    ordered_json x;
    x["name"] = null_or(m.name);
    x["date"] = null_or(m.date);
    x["kind"] = m.kind;
    x["location"] = location(m.location);
    x["parties"] = m.parties;
    x["participants"] = ordered_json::array();
    for (const auto& p : m.participants)
      x["participants"].push_back(
          {{"name", p.name}, {"title", null_or(p.title)}, {"affiliation", null_or(p.affiliation)}});
    j["meetings"].push_back(std::move(x));
  }
  j["topics"] = doc.topics;
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace parley
