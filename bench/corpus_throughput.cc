// bench/corpus_throughput.cc — whole-corpus throughput of the coder on one thread.
//
//   build/parley_bench_corpus ../shared/corpora/reuters21578.jsonl
//
// Reads every document first (reading is not timed), then codes them all on one core and
// prints MB/s, documents/s and the number of events. Figures go in docs/performance.md.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "parley/coder.h"
#include "parley/reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: parley_bench_corpus FILE.jsonl [REPEAT]\n";
    return 2;
  }
  int repeat = argc > 2 ? std::atoi(argv[2]) : 1;
  std::vector<parley::Diagnostic> warnings;
  auto t0 = std::chrono::steady_clock::now();
  auto lex = parley::Lexicon::load({}, warnings);
  if (!lex.ok()) {
    std::cerr << lex.message() << "\n";
    return 1;
  }
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::vector<parley::Document> docs;
  auto stats = parley::read_inputs(
      {argv[1]}, [&](parley::Document&& d) { docs.push_back(std::move(d)); },
      [](const parley::Diagnostic& d) { std::cerr << d.to_string() << "\n"; });
  parley::Coder coder(lex.value());
  size_t bytes = 0, events = 0, with_events = 0;
  for (const auto& d : docs) bytes += d.text.size();
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& d : docs) {
      auto c = coder.code(d);
      events += c.events.size();
      with_events += !c.events.empty();
    }
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb = static_cast<double>(bytes) * repeat / 1e6;
  std::printf("lexicon load: %.3f s\n", load_s);
  std::printf("documents: %d (read errors %d), %.2f MB, repeat %d\n", stats.documents, stats.errors,
              static_cast<double>(bytes) / 1e6, repeat);
  std::printf("coding: %.2f s on one thread = %.2f MB/s, %.0f documents/s\n", s, mb / s,
              static_cast<double>(docs.size()) * repeat / s);
  std::printf("events: %zu (documents with an event: %zu)\n", events / repeat,
              with_events / repeat);
  return 0;
}
