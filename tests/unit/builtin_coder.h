// tests/unit/builtin_coder.h — parley's own dictionaries and a coder over them, loaded once
// for all the tests of a binary (loading takes a moment; both are immutable).
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "parley/coder.h"

namespace parley::testing {

inline std::shared_ptr<const Lexicon> builtin_lexicon() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    std::vector<Diagnostic> warnings;
    auto l = Lexicon::load({}, warnings);
    EXPECT_TRUE(l.ok()) << l.message();
    return l.ok() ? l.value() : nullptr;
  }();
  return lex;
}

inline const Coder& builtin_coder() {
  static const Coder coder(builtin_lexicon());
  return coder;
}

}  // namespace parley::testing
