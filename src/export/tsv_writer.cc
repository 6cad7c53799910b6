// export/tsv_writer.cc — one event a row: TSV for R and pandas, a table for the terminal.
#include <cstdio>
#include <sstream>

#include "parley/output.h"

namespace parley {
namespace {

std::string clean(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += ';';
    out += clean(s);
  }
  return out;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string fit(const std::string& s, size_t width) {
  // Cut at a UTF-8 boundary and pad to `width` display columns (one per code point).
  std::string out;
  size_t cols = 0;
  for (size_t i = 0; i < s.size() && cols < width;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (cols + 1 == width && s.size() - i > n) {
      out += "~";
      ++cols;
      break;
    }
    out += s.substr(i, n);
    i += n;
    ++cols;
  }
  out.append(width - cols, ' ');
  return out;
}

}  // namespace

std::string tsv_header() {
  return "doc\tdate\tsource\tsource_code\tsource_name\ttarget\ttarget_code\ttarget_"
         "name\tcameo\troot\t"
         "quad\tgoldstein\tplover\ttopics\tplace\tcountry\tlat\tlon\tsentence\tspan_begin\tspan_"
         "end\ttext\n";
}

std::string to_tsv(const CodedDocument& doc) {
  std::ostringstream out;
  for (const auto& e : doc.events) {
    const Actor none;
    const Actor& t = e.target ? *e.target : none;
    const Location noplace;
    const Location& l = e.location ? *e.location : noplace;
    out << clean(doc.doc) << '\t' << e.date << '\t' << e.source.entity << '\t' << e.source.code
        << '\t' << clean(e.source.name) << '\t' << t.entity << '\t' << t.code << '\t'
        << clean(t.name) << '\t' << e.cameo << '\t' << e.root << '\t' << e.quad << '\t'
        << number(e.goldstein) << '\t' << e.plover << '\t' << join(e.topics) << '\t'
        << clean(l.place) << '\t' << l.country << '\t' << (l.lat ? number(*l.lat) : "") << '\t'
        << (l.lon ? number(*l.lon) : "") << '\t' << e.sentence << '\t' << e.span_begin << '\t'
        << e.span_end << '\t' << clean(e.text) << '\n';
  }
  return out.str();
}

std::string meetings_tsv_header() {
  return "doc\tmeeting\tname\tdate\tkind\tplace\tcountry\tparties\tparticipant\ttitle\t"
         "affiliation\n";
}

std::string meetings_to_tsv(const CodedDocument& doc) {
  std::ostringstream out;
  for (size_t i = 0; i < doc.meetings.size(); ++i) {
    const Meeting& m = doc.meetings[i];
    std::string parties;
    for (const auto& p : m.parties) parties += (parties.empty() ? "" : ";") + p;
    std::string head = clean(doc.doc) + '\t' + std::to_string(i) + '\t' + clean(m.name) + '\t' +
                       m.date + '\t' + m.kind + '\t' +
                       (m.location ? clean(m.location->place) : "") + '\t' +
                       (m.location ? m.location->country : "") + '\t' + parties + '\t';
    if (m.participants.empty()) out << head << "\t\t\n";
    for (const auto& p : m.participants)
      out << head << clean(p.name) << '\t' << clean(p.title) << '\t' << p.affiliation << '\n';
  }
  return out.str();
}

std::string table_header() {
  return fit("document", 22) + " " + fit("date", 10) + " " + fit("source", 8) + " " +
         fit("cameo", 5) + " " + fit("target", 8) + " " + "evidence\n";
}

std::string to_table(const CodedDocument& doc) {
  std::string out;
  for (const auto& e : doc.events) {
    out += fit(doc.doc, 22) + " " + fit(e.date, 10) + " " + fit(e.source.entity, 8) + " " +
           fit(e.cameo, 5) + " " + fit(e.target ? e.target->entity : "-", 8) + " " +
           fit(e.text, 70) + "\n";
  }
  return out;
}

}  // namespace parley
