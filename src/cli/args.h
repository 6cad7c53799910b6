// cli/args.h — a small command-line flag reader shared by the subcommands.
#pragma once

#include <string>
#include <vector>

namespace parley::cli {

// Splits argv into flags ("--format json", "--format=json", "-j 4") and positional arguments.
class Args {
 public:
  Args(int argc, char** argv, int start, const std::vector<std::string>& flags_with_values);

  bool has(const std::string& flag) const;
  std::string get(const std::string& flag, const std::string& fallback = "") const;
  std::vector<std::string> all(const std::string& flag) const;
  const std::vector<std::string>& positional() const { return positional_; }
  const std::string& error() const { return error_; }  // empty when the flags were fine

 private:
  std::vector<std::pair<std::string, std::string>> flags_;
  std::vector<std::string> positional_;
  std::string error_;
};

}  // namespace parley::cli
