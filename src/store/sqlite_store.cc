// store/sqlite_store.cc — the SQLite store: schema, replace-by-document, batching.
#include <sqlite3.h>

#include "parley/store.h"

namespace parley {
namespace {

constexpr const char* kSchema = R"SQL(
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  doc TEXT PRIMARY KEY, title TEXT, dateline_date TEXT, dateline_place TEXT, topics TEXT);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  date TEXT, source TEXT, source_code TEXT, source_name TEXT, source_title TEXT,
  target TEXT, target_code TEXT, target_name TEXT, target_title TEXT,
  cameo TEXT, root TEXT, quad INTEGER, goldstein REAL, plover TEXT,
  place TEXT, country TEXT, lat REAL, lon REAL,
  sentence INTEGER, span_begin INTEGER, span_end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS meetings (
  id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  name TEXT, date TEXT, kind TEXT, place TEXT, country TEXT, parties TEXT);
CREATE TABLE IF NOT EXISTS participants (
  meeting INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  name TEXT, title TEXT, affiliation TEXT);
)SQL";

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Statement() { sqlite3_finalize(stmt_); }
  bool ok() const { return stmt_ != nullptr; }
  Statement& text(int i, const std::string& v) {
    if (v.empty())
      sqlite3_bind_null(stmt_, i);
    else
      sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& num(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& opt(int i, const std::optional<double>& v) {
    if (v)
      sqlite3_bind_double(stmt_, i, *v);
    else
      sqlite3_bind_null(stmt_, i);
    return *this;
  }
  Statement& integer(int i, long v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  bool run() {
    int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ";") + s;
  return out;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::Error(path + ": cannot open the SQLite database (" + msg +
                         "); check that the folder exists and is writable");
  }
  std::unique_ptr<Store> store(new Store(db));
  Status s = store->exec(kSchema);
  if (!s.ok()) return Status::Error(path + ": " + s.message() + " (is it a parley database?)");
  return store;
}

Store::~Store() {
  if (in_batch_) (void)exec("COMMIT");
  sqlite3_close(db_);
}

Status Store::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Error("SQLite: " + msg);
  }
  return Status::Ok();
}

Status Store::begin() {
  if (in_batch_) return Status::Ok();
  Status s = exec("BEGIN");
  in_batch_ = s.ok();
  return s;
}

Status Store::commit() {
  if (!in_batch_) return Status::Ok();
  in_batch_ = false;
  return exec("COMMIT");
}

Status Store::put(const CodedDocument& doc) {
  if (Status s = exec("SAVEPOINT put"); !s.ok()) return s;
  auto fail = [&](const char* what) {
    std::string msg = std::string("SQLite: cannot store ") + what + " of " + doc.doc + " (" +
                      sqlite3_errmsg(db_) + ")";
    (void)exec("ROLLBACK TO put");
    (void)exec("RELEASE put");
    return Status::Error(msg);
  };
  Statement del(db_, "DELETE FROM documents WHERE doc = ?");
  if (!del.ok() || !del.text(1, doc.doc).run()) return fail("the old copy");
  Statement d(db_, "INSERT INTO documents VALUES (?, ?, ?, ?, ?)");
  if (!d.ok() || !d.text(1, doc.doc)
                      .text(2, doc.title)
                      .text(3, doc.dateline.date)
                      .text(4, doc.dateline.place)
                      .text(5, join(doc.topics))
                      .run())
    return fail("the document");
  Statement e(db_,
              "INSERT INTO events (doc, date, source, source_code, source_name, source_title, "
              "target, target_code, target_name, target_title, cameo, root, quad, goldstein, "
              "plover, place, country, lat, lon, sentence, span_begin, span_end, text) VALUES "
              "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& ev : doc.events) {
    const Actor none;
    const Actor& t = ev.target ? *ev.target : none;
    const Location nowhere;
    const Location& l = ev.location ? *ev.location : nowhere;
    e.text(1, doc.doc)
        .text(2, ev.date)
        .text(3, ev.source.entity)
        .text(4, ev.source.code)
        .text(5, ev.source.name)
        .text(6, ev.source.title)
        .text(7, t.entity)
        .text(8, t.code)
        .text(9, t.name)
        .text(10, t.title)
        .text(11, ev.cameo)
        .text(12, ev.root)
        .integer(13, ev.quad)
        .num(14, ev.goldstein)
        .text(15, ev.plover)
        .text(16, l.place)
        .text(17, l.country)
        .opt(18, l.lat)
        .opt(19, l.lon)
        .integer(20, ev.sentence)
        .integer(21, static_cast<long>(ev.span_begin))
        .integer(22, static_cast<long>(ev.span_end))
        .text(23, ev.text);
    if (!e.run()) return fail("an event");
  }
  Statement m(db_,
              "INSERT INTO meetings (doc, name, date, kind, place, country, parties) "
              "VALUES (?,?,?,?,?,?,?)");
  Statement p(db_, "INSERT INTO participants VALUES (?,?,?,?)");
  for (const auto& mt : doc.meetings) {
    m.text(1, doc.doc)
        .text(2, mt.name)
        .text(3, mt.date)
        .text(4, mt.kind)
        .text(5, mt.location ? mt.location->place : "")
        .text(6, mt.location ? mt.location->country : "")
        .text(7, join(mt.parties));
    if (!m.run()) return fail("a meeting");
    long id = static_cast<long>(sqlite3_last_insert_rowid(db_));
    for (const auto& pa : mt.participants)
      if (!p.integer(1, id).text(2, pa.name).text(3, pa.title).text(4, pa.affiliation).run())
        return fail("a participant");
  }
  return exec("RELEASE put");
}

long Store::count(const std::string& table) const {
  if (table != "documents" && table != "events" && table != "meetings" && table != "participants")
    return -1;
  sqlite3_stmt* st = nullptr;
  std::string sql = "SELECT count(*) FROM " + table;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return -1;
  long n = sqlite3_step(st) == SQLITE_ROW ? static_cast<long>(sqlite3_column_int64(st, 0)) : -1;
  sqlite3_finalize(st);
  return n;
}

}  // namespace parley
