// parley/store.h — keeping coded documents in SQLite (the default store).
//
// One database file holds documents, events, meetings and participants. Storing a document
// replaces whatever was stored before under the same id, inside one transaction, so coding the
// same input twice never duplicates an event and an interrupted run loses nothing already
// committed. A Store is used from one thread; open one per thread if you need more.
#pragma once

#include <memory>
#include <string>

#include "parley/coded.h"
#include "parley/status.h"

struct sqlite3;

namespace parley {

class Store {
 public:
  // Opens (creating if needed) the SQLite database at `path` and its tables.
  static Result<std::unique_ptr<Store>> open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores `doc`, replacing any document with the same id.
  Status put(const CodedDocument& doc);

  // Groups many puts into one transaction (much faster); commit() ends it.
  Status begin();
  Status commit();

  long count(const std::string& table) const;

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Status exec(const char* sql);
  sqlite3* db_;
  bool in_batch_ = false;
};

}  // namespace parley
