// parley/status.h — the one error model of the library.
//
// Expected failures (a file that cannot be read, a malformed dictionary line, a JSONL line that
// is not JSON) are returned as values, never thrown and never printed. A `Status` is either OK
// or carries a message written for the person at the terminal: what went wrong, where (file and
// line when there is one), and what to do. `Result<T>` is a value or a failed Status.
//
// Programmer errors (a broken invariant inside the library) are assertions, not Statuses.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace parley {

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message), false); }

  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }

 private:
  Status(std::string message, bool ok) : ok_(ok), message_(std::move(message)) {}
  bool ok_ = true;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status error) : error_(std::move(error)) { assert(!error_.ok()); }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return error_; }
  const std::string& message() const { return error_.message(); }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::optional<T> value_;
  Status error_;
};

// A problem found in input that did not stop the work: a repaired byte, a skipped line.
// `where` is "file:line" or "file" or "file: byte N"; `message` says what and what to do.
struct Diagnostic {
  std::string where;
  std::string message;
  std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

}  // namespace parley
