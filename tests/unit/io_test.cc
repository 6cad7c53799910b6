// Readers, writers and the SQLite store.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "parley/output.h"
#include "parley/reader.h"
#include "parley/store.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

struct Collected {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  DocumentSink sink() {
    return [this](Document&& d) { docs.push_back(std::move(d)); };
  }
  DiagnosticSink diag() {
    return [this](const Diagnostic& d) { diags.push_back(d); };
  }
};

TEST(Reader, JsonLinesReportsBadLinesAndGoesOn) {
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"Japan met China.\", \"date\": \"2020-01-02\", \"title\": "
      "\"T\", \"source\": \"https://mofa.gov.pk/1\"}\n"
      "not json\n"
      "\n"
      "{\"id\": \"c\"}\n"
      "[1, 2]\n"
      "{\"text\": \"no id here\", \"date\": null}\n");
  Collected c;
  ReadStats stats = read_jsonl(in, "in.jsonl", c.sink(), c.diag());
  EXPECT_EQ(stats.documents, 2);
  EXPECT_EQ(stats.errors, 3);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[0].date, "2020-01-02");
  EXPECT_EQ(c.docs[0].title, "T");
  EXPECT_EQ(c.docs[0].source, "https://mofa.gov.pk/1");
  EXPECT_EQ(c.docs[1].id, "in.jsonl:6");  // no id: named by file and line
  EXPECT_EQ(c.docs[1].date, "");
  ASSERT_EQ(c.diags.size(), 3u);
  EXPECT_EQ(c.diags[0].where, "in.jsonl:2");
  EXPECT_EQ(c.diags[1].where, "in.jsonl:4");
  EXPECT_EQ(c.diags[2].where, "in.jsonl:5");
}

TEST(Reader, RepairsInvalidUtf8AndSaysWhere) {
  std::string text = "ok \xC3\xA9 bad \xFF\xFE end \xE2\x82";
  long first = repair_utf8(text);
  EXPECT_EQ(first, 10);
  EXPECT_EQ(text, "ok \xC3\xA9 bad \xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD\xEF\xBF\xBD");
  std::string good = "Caf\xC3\xA9";
  EXPECT_EQ(repair_utf8(good), -1);
  std::string overlong = "\xC0\xAF";
  EXPECT_EQ(repair_utf8(overlong), 0);
}

TEST(Reader, FoldersRecursivelyInNameOrderAndMissingFiles) {
  fs::path dir = fs::path(::testing::TempDir()) / "parley_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "B";
  std::ofstream(dir / "a.md") << "# A";
  std::ofstream(dir / "sub" / "c.txt") << "C \xFF";
  Collected c;
  ReadStats stats = read_inputs({dir.string(), (dir / "missing.txt").string()}, c.sink(), c.diag());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].id, "a.md");
  EXPECT_EQ(c.docs[0].markup, Markup::kMarkdown);
  EXPECT_EQ(c.docs[1].id, "b.txt");
  EXPECT_EQ(c.docs[2].id, "c.txt");
  EXPECT_EQ(stats.errors, 1);
  EXPECT_EQ(stats.repaired, 1);
  ASSERT_EQ(c.diags.size(), 2u);
  EXPECT_NE(c.diags[0].to_string().find("c.txt: invalid UTF-8 at byte 2"), std::string::npos)
      << c.diags[0].to_string();
  EXPECT_NE(c.diags[1].to_string().find("no such file"), std::string::npos);
}

CodedDocument sample() {
  CodedDocument d;
  d.doc = "x.txt";
  d.title = "Title";
  d.dateline = {"2017-05-08", "Phnom Penh"};
  Event e;
  e.date = "2017-05-04";
  e.source = {"KHM", "KHMGOV", "Prak Sokhonn", "Senior Minister"};
  e.target = Actor{"USA", "USA", "John F. Kelly", ""};
  e.cameo = "040";
  e.root = "04";
  e.quad = 1;
  e.goldstein = 1;
  e.plover = "CONSULT";
  e.sentence = 3;
  e.span_begin = 10;
  e.span_end = 20;
  e.text = "He met\tthem.";
  d.events.push_back(e);
  e.target.reset();
  e.cameo = "110";
  e.root = "11";
  d.events.push_back(e);
  return d;
}

TEST(Output, JsonFollowsTheContract) {
  auto j = nlohmann::json::parse(to_json(sample()));
  EXPECT_EQ(j["doc"], "x.txt");
  EXPECT_EQ(j["dateline"]["date"], "2017-05-08");
  ASSERT_EQ(j["events"].size(), 2u);
  const auto& e = j["events"][0];
  for (const char* key : {"date", "source", "target", "cameo", "root", "quad", "goldstein",
                          "plover", "location", "sentence", "span", "text"})
    EXPECT_TRUE(e.contains(key)) << key;
  EXPECT_EQ(e["source"]["entity"], "KHM");
  EXPECT_EQ(e["source"]["code"], "KHMGOV");
  EXPECT_EQ(e["span"], nlohmann::json::array({10, 20}));
  EXPECT_TRUE(j["events"][1]["target"].is_null());
  EXPECT_TRUE(j["meetings"].is_array());
  EXPECT_TRUE(j["topics"].is_array());
}

TEST(Output, TsvHasOneRowPerEventAndNoStrayTabs) {
  std::string header = tsv_header(), rows = to_tsv(sample());
  auto count = [](const std::string& s, char c) { return std::count(s.begin(), s.end(), c); };
  EXPECT_EQ(count(rows, '\n'), 2);
  size_t columns = static_cast<size_t>(count(header, '\t'));
  std::istringstream in(rows);
  for (std::string line; std::getline(in, line);)
    EXPECT_EQ(static_cast<size_t>(count(line, '\t')), columns) << line;
}

TEST(Store, StoringADocumentAgainReplacesIt) {
  fs::path db = fs::path(::testing::TempDir()) / "parley_store_test.db";
  fs::remove(db);
  {
    auto store = Store::open(db.string());
    ASSERT_TRUE(store.ok()) << store.message();
    ASSERT_TRUE(store.value()->put(sample()).ok());
    ASSERT_TRUE(store.value()->put(sample()).ok());
    EXPECT_EQ(store.value()->count("documents"), 1);
    EXPECT_EQ(store.value()->count("events"), 2);
  }
  auto again = Store::open(db.string());  // what was stored survives
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value()->count("events"), 2);
  auto bad = Store::open("/nonexistent-folder/x.db");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("/nonexistent-folder/x.db"), std::string::npos);
}

}  // namespace
}  // namespace parley
